import DPIAAnalysis
import DPIAModel
import DPIASpec
import Testing

/// The pre-scan on cases for each criterion.
@Suite struct PreScannerTests {
    func scan(_ activity: ProcessingActivity) -> PreScan {
        PreScanner().scan(AnalysisContext(activity, catalogue: ProvisionCatalogueLoader.builtin))
    }

    func applying(_ activity: ProcessingActivity) -> Set<String> {
        Set(scan(activity).criteria.filter(\.applies).map(\.id))
    }

    func techniques(_ set: (inout Techniques) -> Void) -> Techniques {
        var techniques = Techniques()
        set(&techniques)
        return techniques
    }

    func data(_ kind: DataKind) -> [DataItem] { [Fixture.name, DataItem(id: "x", name: "X", kind: kind, subjects: ["klanten-a"])] }

    @Test func plainActivityNeedsNoDPIA() {
        let result = scan(Fixture.activity())
        #expect(result.verdict == .notRequired)
        #expect(result.criteria.count == 3 + 17 + 9 + 1)
        #expect(result.criteria.allSatisfy { !$0.reason.nl.isEmpty && !$0.reason.en.isEmpty })
    }

    @Test func oneEDPBCriterionRecommends() {
        let result = scan(Fixture.activity(techniques: techniques { $0.matchingDatasets = true }))
        #expect(result.verdict == .recommended)
        #expect(result.reasons.en.contains("edpb-6"))
    }

    @Test func twoEDPBCriteriaMakeItMandatory() {
        let subjects = [SubjectCategory(id: "klanten-a", name: "Klanten", of: ["gemeente-a"], vulnerable: true), Fixture.clientsB]
        let result = scan(Fixture.activity(subjects: subjects, techniques: techniques { $0.matchingDatasets = true }))
        #expect(result.verdict == .mandatory)
        #expect(Set(result.criteria.filter(\.applies).map(\.id)) == ["edpb-6", "edpb-7"])
    }

    @Test(
        arguments: [
            (\Techniques.covertInvestigation, "ap-1"), (\Techniques.blacklists, "ap-2"), (\Techniques.fraudDetection, "ap-3"),
            (\Techniques.creditScoring, "ap-4"), (\Techniques.cameraSurveillance, "ap-9"),
            (\Techniques.flexibleCameraSurveillance, "ap-10"), (\Techniques.employeeMonitoring, "ap-11"),
            (\Techniques.locationTracking, "ap-12"), (\Techniques.iot, "ap-14"), (\Techniques.profiling, "ap-15"),
            (\Techniques.behaviourInfluencing, "ap-16"), (\Techniques.newLegislation, "legislation"),
        ] as [(WritableKeyPath<Techniques, Bool> & Sendable, String)])
    func flagCriteriaAreMandatory(_ flag: WritableKeyPath<Techniques, Bool> & Sendable, _ id: String) {
        let activity = Fixture.activity(techniques: techniques { $0[keyPath: flag] = true })
        #expect(applying(activity).contains(id))
        #expect(scan(activity).verdict == .mandatory)
    }

    @Test(
        arguments: [
            (\Techniques.evaluationScoring, "edpb-1"), (\Techniques.automatedDecisions, "edpb-2"),
            (\Techniques.systematicMonitoring, "edpb-3"), (\Techniques.matchingDatasets, "edpb-6"),
            (\Techniques.newTechnology, "edpb-8"), (\Techniques.blocksService, "edpb-9"),
        ] as [(WritableKeyPath<Techniques, Bool> & Sendable, String)])
    func edpbFlagCriteria(_ flag: WritableKeyPath<Techniques, Bool> & Sendable, _ id: String) {
        #expect(applying(Fixture.activity(techniques: techniques { $0[keyPath: flag] = true })).contains(id))
    }

    @Test func dataKindsDecideTheirCriteria() {
        #expect(applying(Fixture.activity(data: data(.genetic))).isSuperset(of: ["ap-6", "edpb-4"]))
        #expect(applying(Fixture.activity(data: data(.biometric))).isSuperset(of: ["ap-17", "edpb-4"]))
        #expect(applying(Fixture.activity(data: data(.assessment))) == ["edpb-1"])
        #expect(applying(Fixture.activity(data: data(.financial))) == ["edpb-4"])
        #expect(applying(Fixture.activity(data: data(.nationalID))) == ["edpb-4"])
    }

    @Test func healthDataForReintegrationIsOnTheAPList() {
        // Fixture purpose names the Participatiewet: re-integration.
        #expect(applying(Fixture.activity(data: data(.health))).contains("ap-7"))
    }

    @Test func largeScaleFromCountsOrTheFlag() {
        let many = [
            SubjectCategory(id: "klanten-a", name: "Klanten", of: ["gemeente-a"], count: 9_000),
            SubjectCategory(id: "klanten-b", name: "Klanten B", of: ["gemeente-b"], count: 1_000),
        ]
        #expect(applying(Fixture.activity(subjects: many)).contains("edpb-5"))
        let few = [SubjectCategory(id: "klanten-a", name: "Klanten", of: ["gemeente-a"], count: 9_999)]
        #expect(!applying(Fixture.activity(subjects: few)).contains("edpb-5"))
        #expect(applying(Fixture.activity(subjects: few, techniques: techniques { $0.largeScale = true })).contains("edpb-5"))
        let unknown = scan(Fixture.activity()).criteria.first { $0.id == "edpb-5" }
        #expect(unknown?.reason.en.contains("unknown") == true)
    }

    @Test func article35Cases() {
        #expect(
            applying(
                Fixture.activity(
                    techniques: techniques {
                        $0.profiling = true; $0.automatedDecisions = true
                    })
            ).contains("art35-a"))
        #expect(applying(Fixture.activity(data: data(.criminal), techniques: techniques { $0.largeScale = true })).contains("art35-b"))
        #expect(
            applying(
                Fixture.activity(
                    techniques: techniques {
                        $0.cameraSurveillance = true; $0.largeScale = true
                    })
            ).contains("art35-c"))
    }

    @Test func publicBodySharingSensitiveDataIsAPartnership() {
        let role = Fixture.role("werkgever", party: "werkgevers-a")
        #expect(applying(Fixture.activity(roles: [role], data: data(.financial))).contains("ap-8"))
        #expect(!applying(Fixture.activity(roles: [role])).contains("ap-8"))
        let vulnerable = [SubjectCategory(id: "klanten-a", name: "Klanten", of: ["gemeente-a"], vulnerable: true), Fixture.clientsB]
        #expect(applying(Fixture.activity(roles: [role], subjects: vulnerable)).contains("ap-8"))
    }
}
