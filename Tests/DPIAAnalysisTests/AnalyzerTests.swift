import DPIAAnalysis
import DPIAModel
import DPIASpec
import Testing

/// Risk levels, measures, declared risks and finding ids.
@Suite struct AnalyzerTests {
    /// An activity with one retention rule whose deletion is manual, and the given plan.
    func activity(measures: [Measure]? = nil, risks: [DeclaredRisk]? = nil) -> ProcessingActivity {
        var activity = Fixture.activity(measures: measures, risks: risks)
        activity.retention = [
            RetentionRule(
                id: "dossier", data: ["naam", "werk"], period: .duration(ISODuration(years: 10)),
                source: "Selectielijst", deletion: .manual)
        ]
        return activity
    }

    let findingID = "retention_deletion_not_automated@retention/dossier/deletion"

    func finding(_ assessment: Assessment, _ id: String) -> Finding? { assessment.findings.first { $0.id == id } }

    @Test func findingHasLevelFromTheMatrix() throws {
        let found = try #require(finding(Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity()), findingID))
        #expect(found.origin == .rule("retention_deletion_not_automated"))
        #expect(found.level == Level.risk(likelihood: found.likelihood, impact: found.impact))
        #expect(found.treatment == nil && found.residualLevel == found.level)
    }

    @Test(arguments: ["retention_deletion_not_automated", "retention_deletion_not_automated@retention/dossier/deletion"])
    func measureAddressesByRuleOrFindingID(_ address: String) throws {
        let measure = Measure(id: "m-auto", addresses: [address], decision: .mitigate, residual: .low)
        let found = try #require(
            finding(Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(measures: [measure])), findingID))
        #expect(found.treatment == Treatment(measures: ["m-auto"], decision: .mitigate, residual: .low))
        #expect(found.residualLevel == .low)
    }

    @Test func strongestDecisionAndLowestResidualWin() throws {
        let measures = [
            Measure(id: "m-accept", addresses: ["retention_deletion_not_automated"], decision: .accept, residual: .medium),
            Measure(id: "m-mitigate", addresses: [findingID], decision: .mitigate, residual: .low),
            Measure(id: "m-dropped", addresses: [findingID], decision: .avoid, status: .dropped),
        ]
        let found = try #require(
            finding(Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(measures: measures)), findingID))
        #expect(found.treatment == Treatment(measures: ["m-accept", "m-mitigate"], decision: .mitigate, residual: .low))
    }

    @Test func declaredRisksJoinTheListAndCanBeAddressed() throws {
        let risk = DeclaredRisk(
            id: "heridentificatie", description: "Profielen zijn herleidbaar.\nDoor context.", likelihood: .medium, impact: .high)
        let measure = Measure(id: "m-generaliseren", addresses: ["heridentificatie"], decision: .mitigate, residual: .low)
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(measures: [measure], risks: [risk]))
        let found = try #require(finding(assessment, "heridentificatie@risks/heridentificatie"))
        #expect(found.origin == .declaredRisk("heridentificatie"))
        #expect(found.level == .high && found.residualLevel == .low)
        #expect(found.title.nl == "Profielen zijn herleidbaar")
    }

    @Test func declaredRiskTitlesAreTheFirstClauseOnOneLine() throws {
        func title(_ description: String) throws -> String {
            let risk = DeclaredRisk(id: "r", description: description, likelihood: .low, impact: .low)
            return try #require(finding(Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(risks: [risk])), "r@risks/r"))
                .title.nl
        }
        #expect(
            try title(
                "Onjuiste profielgegevens worden aan werkgevers getoond: de medewerker kan door\nde kandidaat ingevulde data niet aanpassen."
            )
                == "Onjuiste profielgegevens worden aan werkgevers getoond")
        #expect(try title("Kort: een zin die daarna doorloopt.") == "Kort: een zin die daarna doorloopt")
        let long = try title(String(repeating: "woord ", count: 40))
        #expect(long.count <= 101 && long.hasSuffix("woord…"))
    }

    @Test func acceptedHighResidualNeedsPriorConsultation() throws {
        let risk = DeclaredRisk(id: "lek", description: "Datalek.", likelihood: .high, impact: .high)
        let accept = Measure(id: "m-accepteren", addresses: ["lek"], decision: .accept)
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(measures: [accept], risks: [risk]))
        #expect(assessment.needsPriorConsultation)
        let consultation = try #require(finding(assessment, "prior_consultation_required@measures/m-accepteren"))
        #expect(consultation.level == .high && !consultation.isAddressed)
        // The accepted risk by its title, as the report names it, not by its id.
        #expect(consultation.message.nl.contains("(„Datalek”)"))
        #expect(consultation.message.en.contains("(“Datalek”)"))
        #expect(!consultation.message.nl.contains("lek@") && !consultation.message.nl.contains("(lek"))

        // Accepting never lowers a level: a residual stated on an accepting measure does not count.
        let lowered = Measure(id: "m-accepteren", addresses: ["lek"], decision: .accept, residual: .medium)
        let still = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(measures: [lowered], risks: [risk]))
        #expect(still.needsPriorConsultation)
        #expect(still.findings.contains { $0.id == "prior_consultation_required@measures/m-accepteren" })

        let mitigated = Measure(id: "m-beperken", addresses: ["lek"], decision: .mitigate, residual: .medium)
        let calm = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(measures: [mitigated], risks: [risk]))
        #expect(!calm.needsPriorConsultation)
        #expect(!calm.findings.contains { $0.ruleID == "prior_consultation_required" })
    }

    @Test func priorConsultationNamesEachAcceptedTitleOnce() throws {
        // Two health items: two findings of one rule, sharing its title; the measure addresses the rule.
        let health = ["belastbaarheid", "medicatie"].map {
            DataItem(id: $0, name: $0, kind: .health, subjects: ["klanten-a"])
        }
        let data = [Fixture.name, Fixture.work] + health
        let rule = "special_category_without_exception"
        let accept = Measure(id: "m-accepteren", addresses: [rule], decision: .accept)
        let one = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(
            Fixture.activity(data: data, measures: [accept]))
        #expect(one.findings.filter { $0.ruleID == rule }.count == 2)
        let single = try #require(finding(one, "prior_consultation_required@measures/m-accepteren")).message
        #expect(single.nl.contains("een hoog restrisico („Bijzondere persoonsgegevens zonder uitzondering”)"))
        #expect(single.en.contains("a high residual risk (“"))
        #expect(single.nl.ranges(of: "Bijzondere persoonsgegevens").count == 1)

        // Two different titles: the sentence speaks of several risks.
        let risk = DeclaredRisk(id: "lek", description: "Datalek.", likelihood: .high, impact: .high)
        let both = Measure(id: "m-accepteren", addresses: [rule, "lek"], decision: .accept)
        let two = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(
            Fixture.activity(data: data, measures: [both], risks: [risk]))
        let plural = try #require(finding(two, "prior_consultation_required@measures/m-accepteren")).message
        #expect(plural.nl.contains("accepteert hoge restrisico's („Bijzondere persoonsgegevens zonder uitzondering” en „Datalek”)"))
        #expect(plural.en.contains("accepts high residual risks (“"))
        #expect(plural.en.contains("” and “Datalek”)"))
    }

    @Test func unknownAddressesGetADidYouMean() throws {
        let measure = Measure(id: "m-typo", addresses: ["retention_deletion_not_automatd"], decision: .mitigate)
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity(measures: [measure]))
        let warning = try #require(
            finding(assessment, "measure_addresses_unknown@measures/m-typo/addresses/retention_deletion_not_automatd"))
        #expect(warning.message.en.contains("did you mean 'retention_deletion_not_automated'?"))
        #expect(warning.level.severity == .warning)
        #expect(finding(assessment, findingID)?.isAddressed == false)
    }

    @Test func findingIDsSurviveReorderingAndUnrelatedEdits() {
        var first = Fixture.activity(roles: [
            Fixture.role("coach", party: "gemeente-a", scope: .all),
            Fixture.role("werkgever", party: "werkgevers-a", scope: .all),
        ])
        var second = first
        second.roles?.reverse()
        second.parties.reverse()
        second.data.reverse()
        second.summary = "Een nieuwe samenvatting."
        first.title = "Titel"
        let ids = { (activity: ProcessingActivity) in
            Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity).findings.map(\.id).sorted()
        }
        #expect(ids(first) == ids(second))
        #expect(!ids(first).isEmpty)
    }

    @Test func findingsPointAtTheSourceMapAndAreOrderedByLocation() {
        let map = SourceMap(
            file: "spec.yaml",
            locations: [
                "": SourceLocation(file: "spec.yaml", line: 1, column: 1),
                "retention/dossier": SourceLocation(file: "spec.yaml", line: 40, column: 5),
                "retention/dossier/deletion": SourceLocation(file: "spec.yaml", line: 44, column: 15),
                "rights": SourceLocation(file: "spec.yaml", line: 50, column: 1),
            ])
        let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(LoadedActivity(activity: activity(), sourceMap: map))
        #expect(assessment.findings.first { $0.id == findingID }?.location.description == "spec.yaml:44:15")
        let locations = assessment.findings.map(\.location)
        #expect(locations == locations.sorted())
    }

    @Test func batchAssessmentKeepsTheOrder() {
        let activities = (0..<20).map { index -> LoadedActivity in
            var activity = Fixture.activity()
            activity.id = "activity-\(index)"
            return LoadedActivity(activity: activity, sourceMap: SourceMap(file: "\(index).yaml"))
        }
        #expect(
            Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(all: activities).map(\.activity.id)
                == activities.map(\.activity.id))
    }
}
