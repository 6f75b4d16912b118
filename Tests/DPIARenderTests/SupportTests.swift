import DPIAModel
import Foundation
import Testing

@testable import DPIARender

@Suite struct TemplateLocatorTests {
    /// A file system with only these files; dpia was built in /src/dpiakit.
    private func locator(_ files: Set<String>) -> TemplateLocator {
        TemplateLocator(fileExists: { files.contains($0) }, buildRepository: "/src/dpiakit")
    }

    /// The words of a catalogue are written into a shared template; a key the catalogue lacks is
    /// an error that names the template, the line and the catalogue.
    @Test func wordsAreWrittenIntoTheTemplate() throws {
        let text = "# {{{w.title}}} {{name}}\n{{{w.note}}}\n"
        #expect(
            try TemplateSet.writingIn(["title": "Titel", "note": "Let op"], text, file: "t.md.mustache", language: "nl")
                == "# Titel {{name}}\nLet op\n")
        #expect(throws: TemplateError.syntax(file: "t.md.mustache", line: 2, column: 1, message: "'note' is not in nl/words.json")) {
            try TemplateSet.writingIn(["title": "Titel"], text, file: "t.md.mustache", language: "nl")
        }
    }

    @Test func explicitFolderIsUsedOrRefused() throws {
        let found = try locator(["/home/po/mijn/dpia.md.mustache"])
            .locate(explicit: "mijn", currentDirectory: "/home/po", executablePath: nil)
        #expect(found == "/home/po/mijn")
        // A folder of before the word catalogues (one template per language) still counts.
        let older = try locator(["/home/po/oud/nl/dpia.md.mustache"])
            .locate(explicit: "oud", currentDirectory: "/home/po", executablePath: nil)
        #expect(older == "/home/po/oud")
        #expect(throws: TemplateError.missingTemplate(name: "dpia.md", root: "/home/po/leeg")) {
            try locator([]).locate(explicit: "leeg", currentDirectory: "/home/po", executablePath: nil)
        }
    }

    /// A `Templates/` in the current folder or a parent (even /tmp/Templates) is never used unless named:
    /// next to the executable, installed beside it, then the repository dpia was built from.
    @Test func onlyDpiasOwnTemplatesAreUsedUnlessNamed() throws {
        let marker = "/nl/dpia.md.mustache"
        let everywhere: Set<String> = [
            "/repo/Templates", "/tmp/Templates", "/Templates", "/opt/dpia/bin/Templates",
            "/opt/dpia/share/dpia/Templates", "/src/dpiakit/Templates",
        ].reduce(into: []) { $0.insert($1 + marker) }
        func found(_ files: Set<String>, in folder: String) throws -> String {
            try locator(files).locate(explicit: nil, currentDirectory: folder, executablePath: "/opt/dpia/bin/dpia")
        }
        #expect(try found(everywhere, in: "/repo/Registers/utrecht") == "/opt/dpia/bin/Templates")
        #expect(
            try found(everywhere.subtracting(["/opt/dpia/bin/Templates" + marker]), in: "/tmp/werk")
                == "/opt/dpia/share/dpia/Templates")
        #expect(
            try found(["/tmp/Templates" + marker, "/src/dpiakit/Templates" + marker], in: "/tmp/werk")
                == "/src/dpiakit/Templates")
        #expect(throws: TemplateError.self) { try found(["/tmp/Templates" + marker, "/Templates" + marker], in: "/tmp/werk") }
    }

    @Test func notFoundListsEveryPlaceItLooked() {
        do {
            _ = try locator([]).locate(explicit: nil, currentDirectory: "/a/b", executablePath: "/x/dpia")
            Issue.record("expected an error")
        } catch let error as TemplateError {
            #expect(error == .notFound(searched: ["/x/Templates", "/share/dpia/Templates", "/src/dpiakit/Templates"]))
            #expect(error.description.contains("--templates DIR"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct OutputFolderTests {
    @Test func onlySafeNamesBecomeFolders() {
        for good in ["hallowerk-utrecht", "a", "vum-2025"] { #expect((try? OutputFolder.safeComponent(good)) == good) }
        for bad in ["", "..", "../x", "a/b", "-x", "Hoofdletter", "a b", ".verborgen", String(repeating: "a", count: 101)] {
            #expect(throws: OutputError.unsafeName(bad)) { try OutputFolder.safeComponent(bad) }
        }
    }

    @Test func writesAtomicallyWithoutLeftovers() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = OutputFolder(root: root)
        try folder.write("een", folders: ["act"], fileName: "dpia.md")
        try folder.write("twee", folders: ["act"], fileName: "dpia.md")
        #expect(try String(contentsOf: root.appendingPathComponent("act/dpia.md"), encoding: .utf8) == "twee")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("act").path) == ["dpia.md"])
        #expect(throws: OutputError.unsafeName("..")) { try folder.write("x", folders: [".."], fileName: "dpia.md") }
    }

    /// Every output error has Dutch words of its own; a file system's reason is said in Dutch too.
    @Test(arguments: [
        OutputError.unsafeName(".."), .linkedFolder(path: "Output/x"), .notAFolder(path: "Output/x"),
        .writeFailed(path: "Output/x/dpia.md", reason: FileFailure.reason(errno: ENOSPC)),
    ])
    func everyErrorSpeaksDutch(error: OutputError) {
        #expect(error.message.en == error.description)
        #expect(error.message.nl != error.message.en)
        if case .writeFailed = error {
            #expect(error.message.nl.hasSuffix("de schijf is vol; maak ruimte vrij en voer de opdracht opnieuw uit"))
        }
    }
}

@Suite struct LabelsTests {
    @Test func durationsAndDatesReadNaturally() {
        let nl = Labels(language: .nl), en = Labels(language: .en)
        #expect(nl.duration(ISODuration(years: 10)) == "10 jaar")
        #expect(nl.duration(ISODuration(years: 1, months: 6)) == "1 jaar en 6 maanden")
        #expect(en.duration(ISODuration(months: 1, weeks: 2)) == "1 month and 2 weeks")
        #expect(nl.date(CalendarDate(year: 2025, month: 6, day: 30)) == "30 juni 2025")
        #expect(en.date(CalendarDate(year: 2025, month: 6, day: 30)) == "30 June 2025")
        #expect(nl.list(["a", "b", "c"]) == "a, b en c")
        #expect(nl.basisArticle(.publicTask) == "art. 6 lid 1 onder e AVG")
        #expect(en.basisArticle(.consent) == "Art. 6(1)(a) GDPR")
    }

    /// Sentences with numbers and names fill `{name}` placeholders in one pass; a catalogue rewords values.
    @Test func placeholdersAreFilledAndCataloguesReword() {
        #expect(Labels.fill("{count} van {sources}", ["count": "3", "sources": "{count}"]) == "3 van {count}")
        #expect(Labels.fill("{onbekend} blijft", [:]) == "{onbekend} blijft")
        let nl = Labels(language: .nl)
        #expect(
            nl.otherCriteria(count: 2, frameworks: [.apList])
                == "De overige 2 criteria, van de AP-lijst, zijn getoetst en niet van toepassing.")
        #expect(nl.openMeasuresNote(open: 3, withDue: 1, overdue: 0) == "geen over de deadline, 2 zonder deadline")
        var words = nl.words
        words["basis.public-task"] = "Taak van algemeen belang"
        #expect(Labels(language: .nl, words: words).basis(.publicTask) == "Taak van algemeen belang")
    }

    /// A catalogue in a templates folder that lacks a word of a value is refused, naming the file and key.
    @Test func catalogueWithoutAValueWordIsRefused() throws {
        var words = Labels(language: .nl).words
        words["status.adopted"] = nil
        let data = try JSONEncoder().encode(words)
        #expect(
            throws: TemplateError.syntax(
                file: "mijn/nl/words.json", line: 1, column: 1, message: "'status.adopted' is not in nl/words.json")
        ) {
            try TemplateSet(root: "mijn", sources: [("nl/words.json", data)])
        }
    }
}
