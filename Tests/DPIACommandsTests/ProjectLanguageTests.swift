import DPIATestSupport
import Foundation
import Testing

@testable import DPIACommands

/// One language per run: on a Dutch project every command answers in Dutch, on an English one in
/// English, and --lang wins over the project.
@Suite struct ProjectLanguageTests {
    /// A project of `language` with one spec (the skeleton of `dpia new`, with a measure to follow).
    func project(_ language: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let made = try BuiltProgram.dpia.run(["init", "--lang", language, "--id", "intake"], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        return folder
    }

    @Test func aDutchProjectAnswersInDutch() throws {
        let folder = try project("nl")
        #expect(try BuiltProgram.dpia.run(["validate"], in: folder).output == "1 spec geldig\n")
        let checked = try BuiltProgram.dpia.run(["check"], in: folder).output
        #expect(checked.contains("secties die nog ontbreken (de spec legt uit wat er komt): contacts, techniques, roles"))
        let reported = try BuiltProgram.dpia.run(["report"], in: folder)
        #expect(reported.output.hasSuffix("1 rapport geschreven\n"), "\(reported.errors)")
        let recorded = try BuiltProgram.dpia.run(["record"], in: folder)
        #expect(recorded.output.contains("vastgelegd "), "\(recorded.errors)")
        #expect(recorded.output.contains("1 nieuwe versie, 0 ongewijzigd"))
        #expect(recorded.output.contains("(concept)"), "\(recorded.output)")
        #expect(try BuiltProgram.dpia.run(["actions", "list"], in: folder).output == "Geen maatregelen gevonden.\n")
        let history = try BuiltProgram.dpia.run(["history", "intake"], in: folder).output
        #expect(history.contains("VASTGELEGD") && history.contains(" concept "), "\(history)")
        let typo = try BuiltProgram.dpia.run(["valdate"], in: folder)
        #expect(typo.errors.contains("bedoelt u 'validate'?"))
        let rules = try BuiltProgram.dpia.run(["rules"], in: folder)
        #expect(rules.status == 0)
    }

    @Test func anEnglishProjectAnswersInEnglishAndLangWins() throws {
        let folder = try project("en")
        #expect(try BuiltProgram.dpia.run(["validate"], in: folder).output == "1 spec valid\n")
        #expect(try BuiltProgram.dpia.run(["validate", "--lang", "nl"], in: folder).output == "1 spec geldig\n")
        let checked = try BuiltProgram.dpia.run(["check"], in: folder).output
        #expect(checked.contains("sections still missing (the spec explains what goes there): contacts"))
        #expect(try BuiltProgram.dpia.run(["report"], in: folder).output.hasSuffix("1 report written\n"))
        let recorded = try BuiltProgram.dpia.run(["record"], in: folder)
        #expect(recorded.output.contains("1 new version, 0 unchanged"), "\(recorded.errors)")
        #expect(try BuiltProgram.dpia.run(["actions", "list"], in: folder).output == "No measures match.\n")
        #expect(try BuiltProgram.dpia.run(["history", "intake"], in: folder).output.contains("RECORDED"))
        let export = folder.appendingPathComponent("register.json").path
        #expect(try BuiltProgram.dpia.run(["export", "-o", export], in: folder).status == 0)
        let restored = try BuiltProgram.dpia.run(["restore", export, "--db", "copy.sqlite"], in: folder)
        #expect(restored.output.hasPrefix("Restored copy.sqlite"), "\(restored.errors)")
    }

    /// The messages of every command, in each language: loader diagnostics, register errors, users,
    /// restore, actions, diff and new.
    @Test(arguments: [
        (
            "nl",
            [
                "onbekende sleutel 'tittle' op het hoogste niveau; bedoelt u 'title'?",
                "Nog geen gebruikers.", "dit bestand bestaat niet", "is geen status",
                "besluit:", "is geen id", "1 van 1 spec ongeldig", "hier wordt met een tab ingesprongen",
                "Geen enkele vastgelegde verwerking heeft maatregel 'nope'", "Geen gebruiker 'ghost'",
                "mag alleen kleine letters, cijfers en '-' bevatten",
                "2 van 2 specs zijn niet geldig; er is niets geschreven", "de YAML is hier niet te lezen",
                "(.html, .csv, .json) geschreven: 1 verwerking", "m-1        gepland",
            ]
        ),
        (
            "en",
            [
                "unknown key 'tittle' at the top level; did you mean 'title'?",
                "No users yet.", "no such file", "is not a status",
                "decision:", "is not an id", "1 of 1 spec invalid", "a tab is used for indentation",
                "No measure 'nope'", "No user 'ghost'", "may only contain lowercase letters, digits and '-'",
                "2 specs of 2 did not validate; nothing was written", "YAML syntax error: ",
                "(.html, .csv, .json): 1 activity", "m-1      planned",
            ]
        ),
    ])
    func everyCommandSpeaksTheProjectsLanguage(_ language: String, _ expected: [String]) throws {
        let folder = try project(language)
        let spec = try String(contentsOf: folder.appendingPathComponent("specs/intake.yaml"), encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.yaml")
        try Data(
            spec.replacingOccurrences(of: "\ntitle:", with: "\ntittle:")
                .replacingOccurrences(of: "- id: subjects", with: "- id: Subjects").utf8
        ).write(to: broken)
        let measure =
            "measures:\n  - { id: m-1, addresses: [purpose_without_legal_basis], decision: mitigate, description: Grondslag bepalen. }\n"
        try Data((spec + measure).utf8).write(to: folder.appendingPathComponent("specs/intake.yaml"))
        var outputs: [String] = []
        func run(_ arguments: [String]) throws {
            let result = try BuiltProgram.dpia.run(arguments, in: folder)
            outputs.append(result.output + result.errors)
        }
        try run(["validate", "broken.yaml"])
        try Data("spec: dpia/v1\nparties:\n\t- id: a\n".utf8).write(to: folder.appendingPathComponent("tabbed.yaml"))
        try run(["validate", "tabbed.yaml"])
        try Data("spec: dpia/v1\nid: x\nparties: [\n".utf8).write(to: folder.appendingPathComponent("unclosed.yaml"))
        try run(["report", "broken.yaml", "unclosed.yaml"])
        try run(["record"])
        try run(["users", "list"])
        try run(["restore", "nothere.json", "--db", "copy.sqlite"])
        try run(["actions", "list", "--status", "half"])
        try run(["actions", "list"])
        try run(["actions", "show", "m-1"])
        try run(["actions", "show", "nope"])
        try run(["users", "password", "ghost"])
        try run(["new", "Not_An_ID"])
        try run(["diff", "specs/intake.yaml", "nothere.yaml"])
        try Data(spec.utf8).write(to: folder.appendingPathComponent("specs/intake.yaml"))
        try run(["register"])
        let all = outputs.joined(separator: "\n")
        for text in expected { #expect(all.contains(text), "\(language): '\(text)' missing in\n\(all)") }
        // Nothing of the other language's words for the same messages.
        let other =
            language == "nl"
            ? ["unknown key", "No users", "no such file", "not a status", "decision:", "wrote "]
            : ["onbekende sleutel", "Nog geen", "bestaat niet", "geen status", "besluit:", "geschreven"]
        for text in other { #expect(!all.contains(text), "\(language): '\(text)' in\n\(all)") }
    }

    /// The rarer errors too: a link in the output folder, a file that is no register, a version the register
    /// does not have (found in the project's register without --db), a spec in UTF-16, a link to a spec
    /// outside its folder, a mistake in the project file itself.
    @Test(arguments: [
        (
            "nl",
            [
                "is een symbolische koppeling", "dit is geen DPIA-registerdatabase", "Geen vastgelegde versie 'intake@0000'",
                "het bestand is UTF-16-tekst; sla het op als UTF-8", "symbolische koppeling naar een plek buiten haar map",
                "onbekende sleutel 'foo' in het projectbestand",
            ]
        ),
        (
            "en",
            [
                "is a symbolic link", "not a DPIA register database", "No recorded version 'intake@0000'",
                "the file is UTF-16 text; save it as UTF-8", "symbolic link to a place outside its folder",
                "unknown key 'foo' in the project file",
            ]
        ),
    ])
    func rarerErrorsSpeakTheProjectsLanguage(_ language: String, _ expected: [String]) throws {
        let folder = try project(language)
        let recorded = try BuiltProgram.dpia.run(["record"], in: folder)
        #expect(recorded.status == 0, "\(recorded.errors)")
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Output"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("Output/intake"), withDestinationURL: elsewhere)
        try Data("no database".utf8).write(to: folder.appendingPathComponent("other.sqlite"))
        try Data([0xFF, 0xFE] + Array("spec: dpia/v1\n".utf8).flatMap { [$0, 0] }).write(to: folder.appendingPathComponent("utf16.yaml"))
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-outside-\(UUID().uuidString).yaml")
        try Data("spec: dpia/v1\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.yaml"), withDestinationURL: outside)
        var outputs: [String] = []
        for arguments in [
            ["report"], ["actions", "list", "--db", "other.sqlite"], ["diff", "intake@0000", "specs/intake.yaml"],
            ["validate", "utf16.yaml"], ["validate", "link.yaml"],
        ] {
            let result = try BuiltProgram.dpia.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments): \(result.output)\(result.errors)")
            outputs.append(result.output + result.errors)
        }
        for (text, output) in zip(expected, outputs) { #expect(output.contains(text), "\(language): '\(text)' missing in \(output)") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "nothing is written through the link")
        // The recorded version itself is found in the project's register, without --db.
        let version = try #require(recorded.output.split(separator: " ").first { $0.hasPrefix("intake@") })
        let compared = try BuiltProgram.dpia.run(["diff", String(version), "specs/intake.yaml"], in: folder)
        #expect(compared.status == 0, "\(compared.errors)")
        // A mistake in the project file is said in the language the file names.
        let projectFile = folder.appendingPathComponent("dpia.yaml")
        try Data((try String(contentsOf: projectFile, encoding: .utf8) + "foo: 1\n").utf8).write(to: projectFile)
        let refused = try BuiltProgram.dpia.run(["validate"], in: folder)
        #expect(refused.status == 2 && refused.errors.contains(expected[5]), "\(refused.errors)")
    }

    /// A wrong command line (argument-parser's messages) in a Dutch project: the message in Dutch, the
    /// option names and the usage line as typed; --lang en wins.
    @Test func aWrongCommandLineIsExplainedInTheProjectsLanguage() throws {
        let folder = try project("nl")
        let unknown = try BuiltProgram.dpia.run(["report", "--formatt", "docx"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.errors.hasPrefix("error: onbekende optie '--formatt'; bedoelt u '--format'?\nGebruik: dpia report "))
        #expect(unknown.errors.contains("  Zie 'dpia report --help' voor meer uitleg."))
        let level = try BuiltProgram.dpia.run(["check", "--fail-on", "extreme"], in: folder)
        #expect(
            level.errors.hasPrefix(
                "error: de waarde 'extreme' is ongeldig voor '--fail-on <fail-on>'; kies uit 'low', 'medium' of 'high'\n"))
        let format = try BuiltProgram.dpia.run(["diff", "a.yaml", "b.yaml", "--format", "xml"], in: folder)
        #expect(
            format.errors.hasPrefix(
                "error: de waarde 'xml' is ongeldig voor '--format <format>'; kies uit 'text', 'markdown', 'html' of 'json'\n"),
            "\(format.errors)")
        let upper = try BuiltProgram.dpia.run(["diff", "a.yaml", "b.yaml", "--format", "JSON", "--lang", "NL"], in: folder)
        #expect(!upper.errors.contains("--format") && !upper.errors.contains("--lang"), "upper case is understood: \(upper.errors)")
        let port = try BuiltProgram.dpia.run(["serve", "--port", "0"], in: folder)
        #expect(port.status == 2 && port.errors == "error: --port: 0 is geen poort; gebruik 1 tot en met 65535, bijvoorbeeld 8080\n")
        let sample = try BuiltProgram.dpia.run(["sample", "--activities", "0", "--out", "voorbeeld"], in: folder)
        #expect(sample.status == 2 && sample.errors.contains("--activities moet tussen 1 en 1000000 liggen"), "\(sample.errors)")
        let missing = try BuiltProgram.dpia.run(["actions", "update"], in: folder)
        // The help text of the argument is English, so its line stays English as a whole.
        #expect(missing.errors.hasPrefix("error: het argument '<measure>' ontbreekt\nHelp:  <measure>"), "\(missing.errors)")
        let nothingClose = try BuiltProgram.dpia.run(["report", "--qqqqqqqq"], in: folder)
        #expect(nothingClose.errors.hasPrefix("error: onbekende optie '--qqqqqqqq'\nGebruik: dpia report "), "\(nothingClose.errors)")
        let unexpected = try BuiltProgram.dpia.run(["rules", "a", "extra"], in: folder)
        #expect(unexpected.errors.hasPrefix("error: onverwacht argument 'extra'\nGebruik: dpia rules "), "\(unexpected.errors)")
        let noValue = try BuiltProgram.dpia.run(["check", "--fail-on"], in: folder)
        #expect(noValue.errors.hasPrefix("error: '--fail-on <fail-on>' heeft een waarde nodig\n"), "\(noValue.errors)")
        for dutch in [unknown, level, format, nothingClose, unexpected, noValue] {
            #expect(dutch.status == 2)
            for english in ["Error:", "Unknown", "Unexpected", "Missing", "invalid", "Please", "Usage:", "See '", "Did you mean"] {
                #expect(!dutch.errors.contains(english), "'\(english)' in \(dutch.errors)")
            }
        }
        let english = try BuiltProgram.dpia.run(["report", "--lang", "en", "--formatt", "docx"], in: folder)
        #expect(english.errors.hasPrefix("Error: Unknown option '--formatt'. Did you mean '--format'?\nUsage: dpia report "))
        // An unknown command too, and a project file with a mistake still names its language.
        let command = try BuiltProgram.dpia.run(["valdate", "--lang", "en"], in: folder)
        #expect(command.errors == "error: 'valdate' is not a dpia command; did you mean 'validate'? (`dpia --help` lists the commands)\n")
        let projectFile = folder.appendingPathComponent("dpia.yaml")
        try Data((try String(contentsOf: projectFile, encoding: .utf8) + "foo: 1\n").utf8).write(to: projectFile)
        let mistaken = try BuiltProgram.dpia.run(["valdate"], in: folder)
        #expect(mistaken.errors.hasPrefix("error: 'valdate' is geen dpia-commando; bedoelt u 'validate'?"), "\(mistaken.errors)")
        let option = try BuiltProgram.dpia.run(["report", "--formatt", "docx"], in: folder)
        #expect(option.errors.hasPrefix("error: onbekende optie '--formatt'"), "\(option.errors)")
    }
}
