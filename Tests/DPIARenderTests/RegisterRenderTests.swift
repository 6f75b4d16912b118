import DPIAAnalysis
import DPIAModel
import Foundation
import SnapshotTesting
import Testing

@testable import DPIARender

@Suite struct RegisterRenderTests {
    let assessments = [Fixtures.maximal, Fixtures.minimal]

    @Test(arguments: [ReportLanguage.nl, .en], [false, true])
    func everySlotOfEveryRegisterTemplateIsFilled(language: ReportLanguage, isPublic: Bool) throws {
        let model = RegisterViewModel(
            assessments: assessments, options: ProcessingRegisterOptions(language: language, date: reportDate, isPublic: isPublic))
        let xed = try JSONValue(encoding: model).replacingStrings(with: "X").mustacheValue
        for format in ["md", "html"] {
            let name = "\(language.rawValue) register.\(format)"
            let text = try templates.render(document: "register.\(format)", language: language.rawValue, xed)
            let problems = format == "md" ? TemplateChecks.markdownProblems(text) : TemplateChecks.htmlProblems(text)
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
        let real = try renderer.renderRegister(assessments, options: ProcessingRegisterOptions(language: language, isPublic: isPublic))
        #expect(TemplateChecks.markdownProblems(real.markdown).isEmpty, "\(TemplateChecks.markdownProblems(real.markdown))")
        #expect(TemplateChecks.htmlProblems(real.html).isEmpty, "\(TemplateChecks.htmlProblems(real.html))")
    }

    @Test(arguments: ["register.md", "register.html"])
    func everyTagNamesAKeyOfTheViewModel(name: String) throws {
        let model = RegisterViewModel(assessments: assessments, options: ProcessingRegisterOptions(date: reportDate))
        let keys = try JSONValue(encoding: model).allKeys
        let text = try String(contentsOfFile: "\(templatesRoot)/\(name).mustache", encoding: .utf8)
        let unknown = TemplateChecks.tagNames(in: text).subtracting(keys)
        #expect(unknown.isEmpty, "\(name) uses names the view model does not have: \(unknown.sorted())")
    }

    @Test func publicEditionLeavesOutContactsRisksAndMeasures() throws {
        let internalEdition = try renderer.renderRegister(assessments, options: ProcessingRegisterOptions())
        let published = try renderer.renderRegister(assessments, options: ProcessingRegisterOptions(isPublic: true))
        for secret in ["fg@gemeente.example", "Afdelingshoofd Werk", "Wethouder Werk"] {
            #expect(internalEdition.markdown.contains(secret))
            for text in [published.markdown, published.html, published.csv, published.json] {
                #expect(!text.contains(secret), "the public register shows \(secret)")
            }
        }
        #expect(internalEdition.json.contains("\"dpia\""))
        #expect(!published.json.contains("\"dpia\""))
        #expect(!published.json.contains("contactgegevens"))
        #expect(!published.csv.contains("Proceseigenaar"))
    }

    @Test func csvIsQuotedAndGuardsAgainstFormulas() throws {
        #expect(RegisterCSV.writer.cell("a;b") == "\"a;b\"")
        #expect(RegisterCSV.writer.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(RegisterCSV.writer.cell("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        let csv = try renderer.renderRegister(assessments, options: ProcessingRegisterOptions()).csv
        #expect(csv.hasPrefix("\u{FEFF}Nr.;Identificatie;"))
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 3)
    }

    @Test func jsonUsesVNGFieldNames() throws {
        let json = try renderer.renderRegister(assessments, options: ProcessingRegisterOptions(date: reportDate)).json
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let activities = object?["verwerkingsactiviteiten"] as? [[String: Any]]
        #expect(activities?.count == 2)
        let first = try #require(activities?.first)
        for key in [
            "naam", "verantwoordelijkeOrganisatie", "doel", "grondslag", "toelichtingGrondslag", "bewaartermijn",
            "herkomst", "afnemendeCategorieOntvangers", "afnemendeInternationaleDerden", "verwerktePersoonsgegevens",
        ] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect((first["grondslag"] as? [String]) == ["Publieke taak"])
        let personal = first["verwerktePersoonsgegevens"] as? [[String: Any]]
        #expect(personal?.first?["rolBetrokkene"] as? String == "Kandidaten")
    }

    @Test func registerSnapshots() throws {
        let register = try renderer.renderRegister(assessments, options: ProcessingRegisterOptions(date: reportDate))
        assertSnapshot(of: register.markdown, as: .lines, named: "register-nl")
        assertSnapshot(of: register.json, as: .lines, named: "register-json")
    }
}
