import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation
import SnapshotTesting
import Testing

@testable import DPIARender

/// The reports of the example registers in `Registers/`.
///
/// The Markdown snapshots change when the examples, the rules or the templates change. Read the
/// diff; when it is what you meant, record again with
/// `SNAPSHOT_TESTING_RECORD=failed swift test --filter ExampleReportTests` and commit the files
/// under `__Snapshots__/ExampleReportTests/`.
@Suite struct ExampleReportTests {
    static let registers: URL = URL(fileURLWithPath: templatesRoot).deletingLastPathComponent().appendingPathComponent("Registers")

    /// Every example spec, loaded and analysed, in path order.
    static let examples: [Assessment] = {
        let files = (FileManager.default.enumerator(atPath: registers.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        let loaded = files.compactMap { file -> LoadedActivity? in
            SpecLoader().load(file: registers.appendingPathComponent(file).path).activity
        }
        return Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(all: loaded)
    }()

    @Test func theExampleRegistersAreThere() {
        #expect(Self.examples.count >= 5)
    }

    @Test func markdownOfEveryExample() throws {
        for assessment in Self.examples {
            let markdown = try renderer.render(assessment, options: ReportOptions(date: reportDate)).markdown
            assertSnapshot(of: markdown, as: .lines, named: assessment.activity.id)
        }
    }

    @Test(arguments: [ReportLanguage.nl, .en])
    func everyExampleRendersCleanly(language: ReportLanguage) throws {
        for assessment in Self.examples {
            let report = try renderer.render(assessment, options: ReportOptions(language: language, date: reportDate))
            let id = assessment.activity.id
            #expect(TemplateChecks.markdownProblems(report.markdown).isEmpty, "\(id): \(TemplateChecks.markdownProblems(report.markdown))")
            #expect(TemplateChecks.htmlProblems(report.html).isEmpty, "\(id): \(TemplateChecks.htmlProblems(report.html))")
            // No half of a Mustache tag left in the words of a catalogue.
            #expect(!report.markdown.contains("}}") && !report.html.contains("}}"), "\(id): a stray '}}'")
        }
    }

    @Test func hallowerkShowsTheDecisionsOfTheRealDPIA() throws {
        let hallowerk = try #require(Self.examples.first { $0.activity.id == "hallowerk-utrecht" })
        let markdown = try renderer.render(hallowerk).markdown
        #expect(markdown.contains("Proceseigenaar/projectleider HW"))
        #expect(markdown.contains("| Mitigeren |"))
        #expect(markdown.contains("| Accepteren |"))
        #expect(markdown.contains("Andere verantwoordelijke"), "the who-sees-whom matrix shows cross-municipality access")
    }

    /// The art. 36 verdict is computed once and reads the same in the card, the summary and §17.
    @Test func theVerdictReadsTheSameEverywhere() throws {
        for assessment in Self.examples {
            let verdict = assessment.priorConsultation
            let model = ReportViewModel(assessment: assessment, options: ReportOptions(language: .nl, date: reportDate))
            #expect(model.management.consultation.key == verdict.rawValue)
            let html = try renderer.render(assessment, options: ReportOptions(language: .nl, date: reportDate)).html
            let value = model.management.consultation.value
            #expect(html.contains("<span class=\"value\">\(value)</span>"), "\(assessment.activity.id): card")
            let sentence = model.management.consultation.sentence.replacingOccurrences(of: "'", with: "&#39;")
            let notices = html.components(separatedBy: "<strong>\(value).</strong> \(sentence)").count - 1
            #expect(notices == 2, "\(assessment.activity.id): the summary and §17 show the same verdict")
        }
        let uitzendbureau = try #require(Self.examples.first { $0.activity.id == "vum-pilot-uitzendbureau" })
        #expect(uitzendbureau.priorConsultation == .toBeDecided)
        let english = try renderer.render(uitzendbureau, options: ReportOptions(language: .en, date: reportDate)).markdown
        #expect(english.contains("To be decided."))
    }

    /// The rules (and the declared risk) that find the rows of the real HalloWerk DPIA's risk table
    /// (part C&D, see ExampleRegisterTests.hallowerkRiskTable), with the measure the spec takes for each.
    static let hallowerkRealRisks: [(finding: String, measure: String)] = [
        ("free_text_special_categories@", "m-vrije-tekst"),
        ("staff_role_sees_other_municipalities_subjects@", "m-toegang-accountmanagers"),
        ("external_role_sees_other_controllers_subjects@", "m-toegang-werkgevers"),
        ("terms_and_privacy_statement_mixed@", "m-voorwaarden-en-privacyverklaring-scheiden"),
        ("consent_conditions_missing@", "m-nazorg-toestemming"),
        ("data_not_visible_to_subject@", "m-bbl-doelgroep-zichtbaar"),
        ("usage_logging_not_disclosed@", "m-gebruikslogging-melden"),
        ("right_without_procedure@", "m-recht-op-vergeten"),
        ("retention_deletion_not_automated@", "m-bewaartermijnen-automatiseren"),
        ("manual_entry_without_source_link@", "m-koppeling-basissysteem"),
        ("change_process_without_privacy_review@", "m-wijzigingsproces-privacy"),
        ("visibility_not_in_privacy_statement@", "m-privacyverklaring-partijen"),
        ("onjuist-profiel-zichtbaar", "m-profiel-controle"),
    ]

    /// One risk per problem: the findings of one rule with the same treatment are one row, and so are
    /// kindred rules on one element and two risks that one measure addresses together; every finding
    /// id is still listed, and every risk of the real DPIA is still in §16 with its measure in §17.
    @Test func hallowerkHasOneRiskPerProblem() throws {
        let hallowerk = try #require(Self.examples.first { $0.activity.id == "hallowerk-utrecht" })
        let model = ReportViewModel(assessment: hallowerk)
        #expect(model.risks.rows.count < hallowerk.findings.count)
        #expect(model.risks.rows.count <= 16, "HalloWerk §16 has \(model.risks.rows.count) rows; about 15 expected")
        for (finding, measureID) in Self.hallowerkRealRisks {
            let row = model.risks.rows.first { $0.findingIDs.contains { $0.hasPrefix(finding) } }
            let measure = model.measures.rows.first { $0.id == measureID }
            #expect(row != nil, "HalloWerk §16: no risk for \(finding) of the real DPIA")
            #expect(measure != nil, "HalloWerk §17: no measure \(measureID)")
            if let row, let measure {
                #expect(
                    measure.risks.contains { $0.number == row.number },
                    "HalloWerk: \(measure.number) (\(measureID)) is not linked to \(row.number) \(row.title)")
            }
        }
        // Kindred rules on one element are one risk: the consent for after-care, one retention period.
        let consent = model.risks.rows.filter { $0.findingIDs.contains { $0.contains("@purposes/nazorg/") } }
        #expect(consent.count == 1)
        #expect(Set(model.risks.rows.flatMap(\.findingIDs)) == Set(hallowerk.findings.map(\.id)))
        let staff = model.risks.rows.filter { $0.findingIDs.contains { $0.hasPrefix("staff_role_sees_other_municipalities_subjects@") } }
        #expect(staff.count == 1 && staff[0].findingIDs.count == 4)
        #expect(staff.first?.message.contains("Hetzelfde geldt voor") == true)
    }

    /// The body of a report speaks the Rijksmodel's language: no rule id, spec key, YAML position,
    /// "Niet opgegeven" or element id in quotes before the annexes (the annexes hold them).
    @Test(arguments: [ReportLanguage.nl, .en])
    func theBodyShowsNoToolInternals(language: ReportLanguage) throws {
        let internals = try Regex(#"[a-z0-9]+(_[a-z0-9]+)+|\.ya?ml:\d|`|Niet opgegeven|Not stated|<code>"#)
        // An id between quotes of any kind, also as HTML entities: 'x', „x”, “x”, &#39;x&#39;.
        let quote = #"(?:'|"|„|“|”|‘|’|&#39;|&#x27;|&apos;|&quot;)"#
        let quoted = try Regex(quote + #"([A-Za-z0-9][A-Za-z0-9_.+-]*)"# + quote, as: (Substring, Substring).self)
        for assessment in Self.examples {
            let report = try renderer.render(assessment, options: ReportOptions(language: language, date: reportDate))
            let id = assessment.activity.id
            let elements = Self.elementIDs(assessment.activity)
            let markdown = report.markdown.replacingOccurrences(of: "\\", with: "")
            let mdBody = String(markdown[..<(markdown.range(of: "\n## Bijlage") ?? markdown.range(of: "\n## Annex"))!.lowerBound])
            let htmlBody =
                try #require(report.html.components(separatedBy: "class=\"part annex\"").first)
                .components(separatedBy: "</style>").last ?? ""
            for (format, body) in [("md", mdBody), ("html", htmlBody)] {
                let found = body.matches(of: internals).map { String(body[$0.range]) }
                #expect(found.isEmpty, "\(id) (\(format), \(language)): \(Set(found).sorted())")
                for rule in RuleRegistry.ids { #expect(!body.contains(rule), "\(id): rule id \(rule) in the body") }
                let ids = body.matches(of: quoted).map { String($0.1) }.filter(elements.contains)
                #expect(ids.isEmpty, "\(id) (\(format), \(language)): element ids in quotes \(Set(ids).sorted())")
            }
        }
    }

    /// "Hetzelfde geldt voor A; B en C" never names one element twice: two flows between the same parties
    /// are told apart by their data (Zoetermeer has two from Team Wmo to Werk & Inkomen).
    @Test func theSameAppliesListNamesEachElementOnce() throws {
        var lists = 0   // of more than one name
        for assessment in Self.examples where assessment.activity.language == .nl {
            let model = ReportViewModel(assessment: assessment)
            for row in model.risks.rows {
                for part in row.message.components(separatedBy: "Hetzelfde geldt voor ").dropFirst() {
                    let end = try #require(part.range(of: ". ") ?? part.range(of: ".", options: .backwards))
                    let items = Self.listItems(String(part[..<end.lowerBound]), labels: Labels(language: .nl))
                    #expect(Set(items).count == items.count, "\(assessment.activity.id) \(row.number): \(items)")
                    if items.count > 1 { lists += 1 }
                }
            }
        }
        #expect(lists > 0, "no risk of the examples says \"Hetzelfde geldt voor\" with several names: the test would check nothing")
    }

    /// The items of a list as ``Labels/list(_:)`` joins them: "A, B en C", or "A; B; en C" when an item
    /// holds ", " or " en " itself.
    static func listItems(_ text: String, labels: Labels) -> [String] {
        let conjunction = labels.text("list.and")
        if text.contains("; ") {
            let items = text.components(separatedBy: "; ")
            return items.dropLast() + [String(items[items.count - 1].dropFirst(conjunction.count - 1))]
        }
        guard let last = text.range(of: conjunction, options: .backwards) else { return [text] }
        return text[..<last.lowerBound].components(separatedBy: ", ") + [String(text[last.upperBound...])]
    }

    /// The ids of the elements of a spec, which the body names by their names (`ElementName`).
    static func elementIDs(_ activity: ProcessingActivity) -> Set<String> {
        var ids = activity.parties.map(\.id) + activity.subjects.map(\.id) + activity.data.map(\.id)
        ids += activity.purposes.map(\.id) + (activity.roles ?? []).map(\.id) + (activity.flows ?? []).map(\.id)
        ids += (activity.retention ?? []).map(\.key) + (activity.measures ?? []).map(\.id) + (activity.risks ?? []).map(\.id)
        return Set(ids)
    }

    /// The risk map places every risk once, in the cell of its likelihood and impact.
    @Test func theRiskMapPlacesEveryRiskOnce() throws {
        for assessment in Self.examples {
            let model = ReportViewModel(assessment: assessment)
            let placed = model.riskMap.rows.flatMap(\.cells).filter(\.hasRisks)
                .flatMap { $0.risks.components(separatedBy: ", ") }.map { $0.components(separatedBy: " ")[0] }
            #expect(placed.sorted() == model.risks.rows.map(\.number).sorted(), "\(assessment.activity.id)")
        }
    }

    /// A spec declares its sources (`references:`); every abbreviation cited as "(HW §13)" in a
    /// report is one of them. Without --date the report carries the spec's date of last change.
    @Test func citationsAreDefinedAndTheReportIsDated() throws {
        let citation = try Regex(#"\(([A-Z][A-Za-z]*) (§|C&D)"#)
        for assessment in Self.examples {
            let markdown = try renderer.render(assessment).markdown
            let cited = Set(
                markdown.matches(of: citation).map { String(markdown[$0.range]).dropFirst().split(separator: " ")[0] }.map(String.init))
            let defined = Set((assessment.activity.references ?? []).map(\.id))
            #expect(
                cited.subtracting(defined).isEmpty,
                "\(assessment.activity.id) cites \(cited.subtracting(defined).sorted()) without references:")
        }
        let hallowerk = try #require(Self.examples.first { $0.activity.id == "hallowerk-utrecht" })
        #expect(hallowerk.activity.references?.first?.id == "HW")
        let undated = try renderer.render(hallowerk).markdown
        #expect(undated.contains("- **Datum:** 6 december 2026"))
        let dated = try renderer.render(hallowerk, options: ReportOptions(date: CalendarDate(iso: "2027-01-15"))).markdown
        #expect(dated.contains("- **Datum:** 15 januari 2027"))
        #expect(dated.contains("- **HW**: DPIA HalloWerk, gemeente Utrecht (2021)"))
    }
}
