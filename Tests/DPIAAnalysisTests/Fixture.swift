import DPIAAnalysis
import DPIAModel

/// Small hand-made activities for tests that do not go through YAML.
enum Fixture {
    static let municipalityA = Party(id: "gemeente-a", name: "Gemeente A", type: .municipality, role: .controller)
    static let municipalityB = Party(id: "gemeente-b", name: "Gemeente B", type: .municipality, role: .jointController)
    static let employersA = Party(
        id: "werkgevers-a", name: "Werkgevers A", type: .employer, role: .recipient,
        affiliated: ["gemeente-a"])
    static let clientsA = SubjectCategory(id: "klanten-a", name: "Klanten A", of: ["gemeente-a"])
    static let clientsB = SubjectCategory(id: "klanten-b", name: "Klanten B", of: ["gemeente-b"])
    static let name = DataItem(id: "naam", name: "Naam", kind: .identification, subjects: ["klanten-a", "klanten-b"])
    static let work = DataItem(id: "werk", name: "Werkervaring", kind: .work, subjects: ["klanten-a", "klanten-b"])
    static let matching = Purpose(id: "matching", basis: .publicTask, law: ["Participatiewet art. 7"], data: ["naam", "werk"])

    /// Two municipalities with their clients, employers of A, and the given roles and flows.
    static func activity(
        roles: [Role] = [], flows: [Flow]? = nil, subjects: [SubjectCategory]? = nil,
        data: [DataItem]? = nil, techniques: Techniques? = nil,
        measures: [Measure]? = nil, risks: [DeclaredRisk]? = nil
    ) -> ProcessingActivity {
        ProcessingActivity(
            id: "test", title: "Test", controller: "gemeente-a",
            parties: [
                municipalityA, municipalityB, employersA,
                Party(id: "bureau", name: "Bureau", type: .privateIntermediary, role: .recipient),
            ],
            subjects: subjects ?? [clientsA, clientsB], data: data ?? [name, work], purposes: [matching],
            techniques: techniques, roles: roles, flows: flows, risks: risks, measures: measures)
    }

    static func role(
        _ id: String, party: String, data: Selection = .only(["naam", "werk"]),
        subjects: Selection = .all, scope: AccessScope = .own, pseudonymised: Bool = false,
        external: Bool? = nil
    ) -> Role {
        Role(
            id: id, party: party, sees: Visibility(data: data, subjects: subjects, scope: scope, pseudonymised: pseudonymised),
            authentication: .twoFactor, purposes: ["matching"], external: external)
    }
}
