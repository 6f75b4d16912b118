import DPIAAnalysis
import DPIAModel
import Foundation
import SnapshotTesting
import Testing

@testable import DPIARender

/// The repository's Templates/ folder.
let templatesRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Templates").path
}()

let templates: TemplateSet = {
    // The repository's templates must parse; a crash here names the template error.
    do { return try TemplateSet(root: templatesRoot) } catch { fatalError("\(error)") }
}()

let renderer = ReportRenderer(templates: templates)
let reportDate = CalendarDate(year: 2025, month: 5, day: 1)

@Suite struct ReportRenderTests {
    @Test(arguments: [ReportLanguage.nl, .en])
    func everySlotOfEveryDPIATemplateIsFilled(language: ReportLanguage) throws {
        let model = ReportViewModel(assessment: Fixtures.maximal, options: ReportOptions(language: language, date: reportDate))
        let tree = try JSONValue(encoding: model)
        let xed = tree.replacingStrings(with: "X").mustacheValue
        for format in ["md", "html"] {
            let name = "\(language.rawValue) dpia.\(format)"
            let text = try templates.render(document: "dpia.\(format)", language: language.rawValue, xed)
            let problems = format == "md" ? TemplateChecks.markdownProblems(text) : TemplateChecks.htmlProblems(text)
            #expect(problems.isEmpty, "\(name) with every string X: \(problems)")
        }
    }

    /// One template per format, the words in one catalogue per language: every key exists in every
    /// language, every word a template uses is in the catalogues, and no catalogue has unused words.
    @Test func everyWordIsInEveryLanguage() throws {
        let languages = templates.words.keys.sorted()
        #expect(languages == ["en", "nl"])
        let keys = Set(templates.words["nl"]?.keys.map { $0 } ?? [])
        for language in languages {
            let own = Set(templates.words[language]?.keys.map { $0 } ?? [])
            #expect(
                own == keys,
                "\(language)/words.json differs: missing \(keys.subtracting(own).sorted()), extra \(own.subtracting(keys).sorted())")
        }
        var used = Set<String>()
        // The web pages of `dpia serve` (serve/*.html) take their words from the same catalogues.
        let serve = try FileManager.default.contentsOfDirectory(atPath: "\(templatesRoot)/serve")
            .filter { $0.hasSuffix(".html.mustache") }.map { "serve/" + $0.dropLast(".mustache".count) }
        for name in ["dpia.md", "dpia.html", "register.md", "register.html"] + serve.sorted() {
            let text = try String(contentsOfFile: "\(templatesRoot)/\(name).mustache", encoding: .utf8)
            let words = TemplateChecks.wordKeys(in: text)
            #expect(words.subtracting(keys).isEmpty, "\(name) uses words no catalogue has: \(words.subtracting(keys).sorted())")
            used.formUnion(words)
        }
        // The words of values (Labels) are in the same catalogues; techniques fall back to their spec key.
        let labelKeys = Set(Labels.catalogueKeys)
        #expect(labelKeys.subtracting(keys).isEmpty, "words of values no catalogue has: \(labelKeys.subtracting(keys).sorted())")
        used.formUnion(labelKeys)
        used.formUnion(keys.filter { $0.hasPrefix("technique.") })
        // The server's own words (titles, choices, messages) are named in its sources as "serve_…".
        let server = URL(fileURLWithPath: templatesRoot).deletingLastPathComponent().appendingPathComponent("Sources/DPIAServer").path
        let sources = try FileManager.default.contentsOfDirectory(atPath: server).filter { $0.hasSuffix(".swift") }
            .map { try String(contentsOfFile: server + "/" + $0, encoding: .utf8) }.joined()
        used.formUnion(keys.filter { $0.hasPrefix("serve_") && sources.contains("\"\($0)\"") })
        #expect(keys.subtracting(used).isEmpty, "words no template uses: \(keys.subtracting(used).sorted())")
    }

    @Test(arguments: ["dpia.md", "dpia.html"])
    func everyTagNamesAKeyOfTheViewModel(name: String) throws {
        let keys = try JSONValue(encoding: ReportViewModel(assessment: Fixtures.maximal, options: ReportOptions(date: reportDate))).allKeys
        let text = try String(contentsOfFile: "\(templatesRoot)/\(name).mustache", encoding: .utf8)
        let unknown = TemplateChecks.tagNames(in: text).subtracting(keys)
        #expect(unknown.isEmpty, "\(name) uses names the view model does not have: \(unknown.sorted())")
    }

    @Test(arguments: [ReportLanguage.nl, .en])
    func maximalAndMinimalReportsHaveNoEmptySlots(language: ReportLanguage) throws {
        for assessment in [Fixtures.maximal, Fixtures.minimal] {
            let report = try renderer.render(assessment, options: ReportOptions(language: language, date: reportDate))
            #expect(TemplateChecks.markdownProblems(report.markdown).isEmpty, "\(TemplateChecks.markdownProblems(report.markdown))")
            #expect(TemplateChecks.htmlProblems(report.html).isEmpty, "\(TemplateChecks.htmlProblems(report.html))")
        }
    }

    @Test func sameInputGivesIdenticalOutput() throws {
        let first = try renderer.render(Fixtures.maximal, options: ReportOptions(date: reportDate))
        let second = try renderer.render(Fixtures.maximal, options: ReportOptions(date: reportDate))
        #expect(first == second)
        #expect(!(try renderer.render(Fixtures.maximal)).markdown.contains("**Datum:**"), "no date unless one is given")
    }

    @Test func dutchHeadingsFollowTheRijksmodel() throws {
        let markdown = try renderer.render(Fixtures.minimal).markdown
        let headings = [
            "## Managementsamenvatting", "## A. Beschrijving kenmerken gegevensverwerkingen", "### 1. Voorstel",
            "### 2. Persoonsgegevens", "### 3. Gegevensverwerkingen", "### 4. Technieken en methoden",
            "### 5. Verwerkingsdoeleinden", "### 6. Betrokken partijen", "### 7. Belangen bij de gegevensverwerkingen",
            "### 8. Verwerkingslocaties", "### 9. Juridisch en beleidsmatig kader", "### 10. Bewaartermijnen",
            "## B. Beoordeling rechtmatigheid", "### 11. Rechtsgrond",
            "### 12. Bijzondere persoonsgegevens, strafrechtelijke gegevens en nationale identificatienummers",
            "### 13. Doelbinding", "### 14. Noodzaak en evenredigheid", "### 15. Rechten van de betrokkenen",
            "## C. Risico's", "### 16. Risico's voor betrokkenen", "## D. Maatregelen", "### 17. Maatregelen",
            "## Advies functionaris gegevensbescherming", "## Vaststelling",
        ]
        var position = markdown.startIndex
        for heading in headings {
            let found = markdown.range(of: "\n" + heading + "\n", range: position..<markdown.endIndex)
            #expect(found != nil, "missing or out of order: \(heading)")
            if let found { position = found.upperBound }
        }
    }

    /// What the spec leaves out is one "Nog aan te vullen" list (what, which section, which key),
    /// not "Niet opgegeven" all through the text.
    @Test func missingSectionsSayWhatIsMissing() throws {
        let markdown = try renderer.render(Fixtures.minimal).markdown
        let keys = Set(ReportViewModel(assessment: Fixtures.minimal).toDo.items.map(\.key))
        for key in [
            "summary", "flows", "techniques", "roles", "interests", "subject_views", "locations",
            "transfers", "retention", "rights", "transparency", "measures", "security",
            "governance.dpo_advice", "governance.adopted_by", "purposes[].necessity",
        ] {
            #expect(keys.contains(key), "the minimal report does not name the missing \(key)")
        }
        #expect(markdown.contains("## Bijlage: nog aan te vullen"))
        #expect(markdown.contains("| Zienswijzen van betrokkenen | §7 | subject\\_views |"))
        #expect(!markdown.contains("Niet opgegeven"))
        let complete = ReportViewModel(assessment: Fixtures.maximal).toDo
        #expect(complete.items.count < keys.count)
    }

    @Test func measureProgressFromTheRegisterIsShown() throws {
        let progress = [
            "m-toegang": MeasureProgress(
                measureID: "m-toegang", status: .done, updatedOn: CalendarDate(year: 2025, month: 4, day: 2),
                evidence: "https://intranet.example/wijziging-42")
        ]
        let report = try renderer.render(Fixtures.maximal, options: ReportOptions(date: reportDate, progress: progress))
        #expect(
            report.markdown.contains(
                "| M1 | Toegang per gemeente beperken. | Technisch | R1 | Mitigeren | Projectleider | 30 juni 2025 | Gereed (bijgewerkt 2 april 2025); bewijs: https://intranet.example/wijziging-42 | Laag |"
            ))
        #expect(report.html.contains("bijgewerkt 2 april 2025"))
        #expect(!report.markdown.contains("| M1 | Toegang per gemeente beperken. | Projectleider"), "a done measure is no longer open")
    }

    @Test func markdownSnapshots() throws {
        assertSnapshot(
            of: try renderer.render(Fixtures.maximal, options: ReportOptions(date: reportDate)).markdown,
            as: .lines, named: "maximal-nl")
        assertSnapshot(
            of: try renderer.render(Fixtures.maximal, options: ReportOptions(language: .en, date: reportDate)).markdown,
            as: .lines, named: "maximal-en")
        assertSnapshot(of: try renderer.render(Fixtures.minimal).markdown, as: .lines, named: "minimal-nl")
    }
}
