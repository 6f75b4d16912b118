import DPIAAnalysis
import DPIAModel
import DPIASpec
import Testing

/// The art. 36 verdict and the residual levels (expected and achieved) that the reports show.
@Suite struct ConclusionsTests {
    let risk = DeclaredRisk(id: "lek", description: "Datalek.", likelihood: .high, impact: .high)

    func assess(_ measures: [Measure]?) -> Assessment {
        Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(Fixture.activity(measures: measures, risks: [risk]))
    }

    func levels(_ assessment: Assessment, progress: [String: MeasureProgress] = [:]) throws -> ResidualLevels {
        let conclusions = assessment.conclusions(progress: progress)
        let index = try #require(assessment.findings.firstIndex { $0.id == "lek@risks/lek" })
        return conclusions.residuals[index]
    }

    @Test func anAcceptedHighRiskRequiresPriorConsultation() throws {
        let assessment = assess([Measure(id: "m-accepteren", addresses: ["lek"], decision: .accept)])
        #expect(assessment.priorConsultation == .required)
        #expect(try levels(assessment).expected == .high)
    }

    @Test func acceptingNeverLowersALevel() throws {
        let assessment = assess([Measure(id: "m-accepteren", addresses: ["lek"], decision: .accept, residual: .low)])
        #expect(try levels(assessment) == ResidualLevels(before: .high, expected: .high, achieved: .high))
        #expect(assessment.priorConsultation == .required)
    }

    @Test(arguments: [
        nil,
        [Measure(id: "m-beperken", addresses: ["lek"], decision: .mitigate)],   // no residual stated
        [Measure(id: "m-beperken", addresses: ["lek"], decision: .mitigate, residual: .high)],
    ])
    func aHighRiskWithoutDecisionIsToBeDecided(_ measures: [Measure]?) throws {
        let assessment = assess(measures)
        #expect(assessment.priorConsultation == .toBeDecided)
        #expect(!assessment.needsPriorConsultation)
        let conclusions = assessment.conclusions()
        #expect(conclusions.undecidedHigh.contains { assessment.findings[$0].id == "lek@risks/lek" })
    }

    @Test func noHighResidualRiskIsNotRequired() throws {
        let assessment = assess([Measure(id: "m-beperken", addresses: ["lek"], decision: .mitigate, residual: .medium)])
        #expect(assessment.priorConsultation == .notRequired)
        #expect(try levels(assessment).expected == .medium)
    }

    @Test func aMeasureLowersTheAchievedLevelOnlyOnceItIsDone() throws {
        let plan = [Measure(id: "m-beperken", addresses: ["lek"], decision: .mitigate, status: .planned, residual: .low)]
        let assessment = assess(plan)
        #expect(try levels(assessment) == ResidualLevels(before: .high, expected: .low, achieved: .high))
        #expect(try levels(assessment).isPending)
        let done = ["m-beperken": MeasureProgress(measureID: "m-beperken", status: .done)]
        #expect(try levels(assessment, progress: done) == ResidualLevels(before: .high, expected: .low, achieved: .low))
        // The spec's own status counts when the register has no progress recorded.
        var finished = plan
        finished[0].status = .done
        #expect(try levels(assess(finished)).achieved == .low)
    }

    @Test func theUitzendbureauPilotIsToBeDecided() throws {
        let assessment = try #require(Support.assess(register: "Registers/vum/pilot-uitzendbureau.yaml"))
        #expect(assessment.findings.contains { $0.level == .high })
        #expect(assessment.priorConsultation == .toBeDecided)
    }
}
