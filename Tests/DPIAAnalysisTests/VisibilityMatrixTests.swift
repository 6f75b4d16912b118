import DPIAAnalysis
import DPIAModel
import DPIASpec
import Testing

/// Who sees whom, on small hand-made activities.
@Suite struct VisibilityMatrixTests {
    func matrix(_ activity: ProcessingActivity) -> VisibilityMatrix { AnalysisContext(activity).visibility }

    @Test func scopeOwnKeepsOnlyTheOwnPopulation() throws {
        let row = try #require(matrix(Fixture.activity(roles: [Fixture.role("coach", party: "gemeente-a")])).rows.first)
        #expect(row.access.map(\.subject) == ["klanten-a"])
        #expect(row.access.first?.relation == .own)
        #expect(row.access.first?.data == ["naam", "werk"])
        #expect(!row.external)
    }

    @Test func scopeAllShowsOtherMunicipalitiesAsOther() throws {
        let row = try #require(matrix(Fixture.activity(roles: [Fixture.role("coach", party: "gemeente-a", scope: .all)])).rows.first)
        #expect(row.access.map(\.subject) == ["klanten-a", "klanten-b"])
        #expect(row.access.map(\.relation) == [.own, .other])
        #expect(row.access[1].owners == ["gemeente-b"])
    }

    @Test func affiliatedPartiesSeeTheirControllersSubjectsAsOwn() throws {
        let role = Fixture.role("werkgever", party: "werkgevers-a", scope: .all, pseudonymised: true)
        let row = try #require(matrix(Fixture.activity(roles: [role])).rows.first)
        #expect(row.external)
        #expect(row.access.map(\.relation) == [.own, .other])
        #expect(row.access.allSatisfy { $0.pseudonymised })
    }

    @Test func onlyDataAboutThePopulationIsShown() throws {
        let data = [Fixture.name, DataItem(id: "werk", name: "Werk", kind: .work, subjects: ["klanten-b"])]
        let row = try #require(
            matrix(Fixture.activity(roles: [Fixture.role("coach", party: "gemeente-a", scope: .all)], data: data)).rows.first)
        #expect(row.access.map(\.data) == [["naam"], ["naam", "werk"]])
    }

    @Test func partOfMakesADepartmentSeeItsMunicipalitysSubjectsAsOwn() throws {
        var activity = Fixture.activity(roles: [Fixture.role("wmo", party: "team-wmo")])
        activity.parties.append(Party(id: "team-wmo", name: "Team Wmo", type: .municipality, role: .recipient, partOf: "gemeente-a"))
        let row = try #require(matrix(activity).rows.first)
        #expect(row.access.map(\.subject) == ["klanten-a"])
    }

    @Test func flowRecipientsWithoutARoleGetARow() throws {
        let flows = [
            Flow(id: "zoeken", from: "gemeente-a", to: "bureau", data: ["werk"], pseudonymised: true),
            Flow(id: "contact", from: "gemeente-a", to: "bureau", data: ["naam"], pseudonymised: false),
        ]
        let row = try #require(matrix(Fixture.activity(flows: flows)).rows.first)
        #expect(row.kind == .flowRecipient)
        #expect(row.role == "bureau" && row.flows == ["zoeken", "contact"])
        #expect(row.access.map(\.subject) == ["klanten-a", "klanten-b"])
        #expect(row.access.allSatisfy { !$0.pseudonymised })   // one identifiable flow is enough
        #expect(row.access.allSatisfy { $0.relation == .other })
    }

    @Test func subjectsWithoutOfBelongToTheController() throws {
        let subjects = [SubjectCategory(id: "klanten-a", name: "Klanten")]
        let data = [DataItem(id: "naam", name: "Naam", kind: .identification, subjects: ["klanten-a"])]
        let row = try #require(
            matrix(Fixture.activity(roles: [Fixture.role("coach", party: "gemeente-a")], subjects: subjects, data: data)).rows.first)
        #expect(row.access.first?.relation == .own)
    }

    @Test func accessRulesReadTheMatrix() {
        let activity = Fixture.activity(roles: [
            Fixture.role("coach", party: "gemeente-a", scope: .all),
            Fixture.role("werkgever", party: "werkgevers-a", scope: .all),
            Fixture.role("werkgever-pseudo", party: "werkgevers-a", data: .only(["werk"]), scope: .all, pseudonymised: true),
        ])
        let ids = Set(Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(activity).findings.map(\.id))
        #expect(ids.contains("staff_role_sees_other_municipalities_subjects@roles/coach"))
        #expect(ids.contains("external_role_sees_other_controllers_subjects@roles/werkgever"))
        #expect(!ids.contains("external_role_sees_other_controllers_subjects@roles/werkgever-pseudo"))
    }
}
