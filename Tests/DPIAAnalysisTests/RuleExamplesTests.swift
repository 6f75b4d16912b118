import DPIAAnalysis
import DPIAModel
import DPIASpec
import Testing

/// Runs every rule's examples through the loader and the full analyser.
@Suite struct RuleExamplesTests {
    static let rules = RuleRegistry.rules.map { RuleCase(rule: $0) }

    struct RuleCase: CustomTestStringConvertible, Sendable {
        let rule: any Rule.Type
        var testDescription: String { rule.description.id }
    }

    @Test func baseSpecTriggersNoRule() throws {
        let loaded = try #require(Support.load(ExampleSpec.base))
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)
        #expect(assessment.findings.map(\.id) == [])
        #expect(assessment.preScan.verdict == .notRequired)
    }

    @Test(arguments: rules) func triggeringExamplesTrigger(_ ruleCase: RuleCase) throws {
        let description = ruleCase.rule.description
        #expect(!description.triggeringExamples.isEmpty)
        for example in description.triggeringExamples {
            guard let loaded = Self.load(example, of: description.id) else { continue }
            let findings = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded).findings
            let ids = findings.map(\.ruleID)
            #expect(ids.contains(description.id), "example does not trigger \(description.id):\n\(example.fragment)\nfound: \(ids)")
            // An example that says where: the rule's findings stand exactly at those element paths.
            if !example.at.isEmpty {
                let paths = findings.filter { $0.ruleID == description.id }.map(\.elementPath)
                #expect(
                    paths.sorted() == example.at.sorted(),
                    "\(description.id): the example says at: \(example.at), the findings stand at \(paths)")
            }
        }
    }

    @Test(arguments: rules) func nonTriggeringExamplesDoNotTrigger(_ ruleCase: RuleCase) throws {
        let description = ruleCase.rule.description
        #expect(!description.nonTriggeringExamples.isEmpty)
        for example in description.nonTriggeringExamples {
            guard let loaded = Self.load(example, of: description.id) else { continue }
            let findings = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded).findings.filter {
                $0.ruleID == description.id
            }
            #expect(findings.isEmpty, "example triggers \(description.id):\n\(example.fragment)\n\(findings.map(\.message.en))")
        }
    }

    @Test func malformedExampleFailsWithItsReason() {
        let malformed = RuleExample("transparency+:\n  - id: privacyverklaring\n")
        withKnownIssue {
            #expect(Self.load(malformed, of: "some_rule") == nil)
        } matching: { issue in
            issue.comments.contains {
                $0.rawValue.contains("some_rule: the example cannot be laid over the base spec")
                    && $0.rawValue.contains("`transparency` in the base spec is no list of entries with ids")
            }
        }
    }

    /// The example laid over the base spec and loaded; nil, with an issue that says why, when it cannot be.
    static func load(_ example: RuleExample, of rule: String) -> LoadedActivity? {
        do {
            return Support.load(try Support.spec(of: example))
        } catch {
            Issue.record("\(rule): the example cannot be laid over the base spec: \(error)\n\(example.fragment)")
            return nil
        }
    }
}
