import DPIAAnalysis
import Foundation
import Testing

@Suite struct RuleRegistryTests {
    let descriptions = RuleRegistry.rules.map { $0.description }

    @Test func idsAreUniqueAndSnakeCase() {
        let ids = descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "_" }, "\(id) is not snake_case")
            #expect(!id.hasPrefix("_") && !id.hasSuffix("_"))
        }
    }

    @Test func everyRuleFileIsRegistered() throws {
        let folder = Support.repositoryRoot.appendingPathComponent("Sources/DPIAAnalysis/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) }
        let registered = RuleRegistry.rules.map { String(describing: $0) }
        #expect(Set(files) == Set(registered))
        #expect(files.count == registered.count)
    }

    @Test func idsAgreedWithTheExampleRegistersExist() {
        let agreed = [
            "external_role_sees_other_controllers_subjects", "staff_role_sees_other_municipalities_subjects",
            "role_sees_more_than_needed", "free_text_special_categories", "terms_and_privacy_statement_mixed",
            "consent_conditions_missing", "data_not_visible_to_subject", "usage_logging_not_disclosed",
            "right_without_procedure", "retention_deletion_not_automated", "manual_entry_without_source_link",
            "change_process_without_privacy_review", "special_category_without_exception",
            "further_processing_without_compatibility", "processor_without_agreement",
            "visibility_not_in_privacy_statement",
        ]
        for id in agreed { #expect(RuleRegistry.ids.contains(id), "missing rule \(id)") }
    }

    @Test func everyRuleIsDescribedInBothLanguages() {
        for description in descriptions {
            for text in [description.title, description.explanation, description.suggestedMeasure] {
                #expect(!text.nl.isEmpty && !text.en.isEmpty, "\(description.id) lacks a text")
                #expect(text.nl != text.en, "\(description.id): Dutch and English are the same")
            }
            #expect(!description.legalReference.isEmpty, "\(description.id) lacks a legal reference")
            #expect(!description.triggeringExamples.isEmpty && !description.nonTriggeringExamples.isEmpty)
        }
    }

    @Test func ruleLookupAndSuggestion() {
        #expect(RuleRegistry.rule(id: "retention_without_source") != nil)
        #expect(RuleRegistry.rule(id: "retention_without_sourse") == nil)
        #expect(Suggestion.closest(to: "retention_without_sourse", in: RuleRegistry.ids.sorted()) == "retention_without_source")
        #expect(Suggestion.closest(to: "completely-different", in: RuleRegistry.ids.sorted()) == nil)
    }
}
