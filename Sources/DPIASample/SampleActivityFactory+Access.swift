import DPIAModel

extension SampleActivityFactory {
    /// About eight roles: staff of the municipality and its team, an administrator at the
    /// processor, and the external roles (employers, care providers, other municipalities) the
    /// parties make possible.
    mutating func makeRoles() -> [Role] {
        var roles: [Role] = []
        let externalCount = parties.filter { [.employer, .careProvider].contains($0.type) }.count + otherMunicipalities.count
        let staffCount = max(3, random.int(in: 6...10) - 1 - externalCount)
        for staff in random.sample(SampleCatalogue.staffRoles, count: staffCount) {
            let seesAll = traits.gaps && random.chance(25)
            roles.append(
                Role(
                    id: staff.id, name: staff.name, party: random.chance(50) ? controller : team,
                    sees: Visibility(
                        data: seesAll ? .all : .only(random.sample(dataIDs, count: random.int(in: 4...12))),
                        subjects: .only(clientSubjects), scope: .own),
                    edits: random.chance(60) ? .only(random.sample(dataIDs, count: random.int(in: 1...6))) : nil,
                    authentication: random.pick([.sso, .twoFactor]),
                    purposes: [primaryPurpose] + random.sample(purposes.dropFirst().map(\.id), count: random.int(in: 0...2)),
                    users: random.int(in: 2...80)))
        }
        roles.append(
            Role(
                id: "beheerder-\(processors[0])", name: "Applicatiebeheerder van de leverancier", party: processors[0],
                sees: Visibility(
                    data: .only(random.sample(ordinaryDataIDs, count: random.int(in: 3...8))),
                    subjects: .only(clientSubjects), scope: .own,
                    condition: "alleen bij een storing, op verzoek van de gemeente"),
                authentication: .twoFactor, users: random.int(in: 2...6)))
        appendExternalRoles(to: &roles)
        return roles
    }

    private mutating func appendExternalRoles(to roles: inout [Role]) {
        let workData = data.filter { [.work, .education, .profile].contains($0.kind) }.map(\.id)
        if let employer = parties.first(where: { $0.type == .employer }) {
            let pseudonymised = !traits.gaps || random.chance(50)
            roles.append(
                Role(
                    id: "werkgever", name: "Werkgever", party: employer.id,
                    sees: Visibility(
                        data: .only(
                            random.sample(workData.isEmpty ? ordinaryDataIDs : workData, count: 4)
                                + (pseudonymised ? [] : dataIDs(preferring: ["contactgegevens"], fallback: 1))),
                        subjects: .only(clientSubjects), scope: traits.crossMunicipality ? .all : .own,
                        condition: "kandidaat heeft het profiel gedeeld met werkgevers",
                        pseudonymised: pseudonymised),
                    authentication: traits.gaps && random.chance(50) ? .password : .twoFactor,
                    purposes: [primaryPurpose], users: random.int(in: 20...900), external: true))
        }
        if let care = parties.first(where: { $0.type == .careProvider }) {
            roles.append(
                Role(
                    id: "zorgaanbieder", name: "Medewerker zorgaanbieder", party: care.id,
                    sees: Visibility(
                        data: .only(exceptionalDataIDs + random.sample(ordinaryDataIDs, count: 3)),
                        subjects: .only([clientSubjects[0]]), scope: .own,
                        condition: "de cliënt heeft een toewijzing bij deze aanbieder"),
                    authentication: .twoFactor, purposes: [primaryPurpose], users: random.int(in: 10...300)))
        }
        for other in otherMunicipalities {
            roles.append(
                Role(
                    id: "accountmanager-\(other.slug)", name: "Accountmanager \(other.name)", party: "gemeente-\(other.slug)",
                    sees: Visibility(
                        data: .only(random.sample(ordinaryDataIDs, count: random.int(in: 4...10))),
                        subjects: .only(clientSubjects), scope: .all),
                    authentication: .twoFactor, purposes: [primaryPurpose], users: random.int(in: 3...40)))
        }
    }

    /// Four to eight flows, chosen among those the parties make possible: BRP and Suwinet
    /// look-ups, proposals to employers, referrals to care providers, statistics, other
    /// municipalities, the processor.
    mutating func makeFlows() -> [Flow] {
        var candidates: [Flow] = [
            Flow(
                id: "brp-bevraging", from: "rvig", to: controller,
                data: dataIDs(preferring: ["naw-gegevens", "geboortedatum", "huishouden", "adreshistorie", "bsn"], fallback: 2),
                purpose: primaryPurpose, grounds: ["Wet basisregistratie personen art. 3.3"], channel: .apiTLS,
                kind: .request, frequency: "per aanvraag"),
            Flow(
                id: "aanlevering-leverancier", from: controller, to: processors[0],
                data: random.sample(dataIDs, count: random.int(in: 5...15)), purpose: primaryPurpose,
                grounds: ["AVG art. 28 (verwerker)"], channel: .sftp, frequency: "dagelijks"),
        ]
        let uwvIsRecipient = parties.contains { $0.id == "uwv" && $0.role == .recipient }
        candidates.append(
            Flow(
                id: uwvIsRecipient ? "melding-aan-uwv" : "suwinet-inkijk", from: uwvIsRecipient ? controller : "uwv",
                to: uwvIsRecipient ? "uwv" : controller,
                data: dataIDs(preferring: ["uitkering", "werkervaring", "opleidingen"], fallback: 2), purpose: primaryPurpose,
                grounds: ["Wet SUWI art. 62"], channel: .apiTLS, recipientCompetent: true))
        if let employer = parties.first(where: { $0.type == .employer }) {
            let withoutGround = traits.gaps && random.chance(50)
            candidates.append(
                Flow(
                    id: "voordracht-werkgever", from: controller, to: employer.id,
                    data: dataIDs(preferring: ["contactgegevens", "werkervaring", "cv-document"], fallback: 2),
                    purpose: primaryPurpose, grounds: withoutGround ? [] : ["Participatiewet art. 65 lid 1 onder b"],
                    consent: withoutGround ? FlowConsent.none : .writtenNoObjection, channel: .email, kind: .candidateProposal))
        }
        if let intermediary = parties.first(where: { $0.type == .privateIntermediary }) {
            candidates.append(
                Flow(
                    id: "zoeken-bemiddelaars", from: controller, to: intermediary.id,
                    data: dataIDs(preferring: ["werkervaring", "beroepswensen", "opleidingen"], fallback: 2),
                    purpose: primaryPurpose, pseudonymised: true, grounds: ["Participatiewet art. 65 lid 1 onder c"],
                    consent: FlowConsent.none, channel: .apiTLS, kind: .search))
        }
        if hasParty("zorgaanbieders") {
            candidates.append(
                Flow(
                    id: "toewijzing-zorgaanbieder", from: controller, to: "zorgaanbieders",
                    data: exceptionalDataIDs + dataIDs(preferring: ["naw-gegevens", "contactgegevens"], fallback: 2),
                    purpose: primaryPurpose, grounds: process.law, channel: .apiTLS,
                    description: "Toewijzing via het berichtenverkeer iWmo/iJw.", frequency: "per toewijzing"))
        }
        if hasParty("cbs") {
            candidates.append(
                Flow(
                    id: "statistiek-cbs", from: controller, to: "cbs", data: random.sample(ordinaryDataIDs, count: 4),
                    purpose: purposes.contains { $0.id == "beleidsonderzoek" } ? "beleidsonderzoek" : primaryPurpose,
                    pseudonymised: true, grounds: ["Wet op het Centraal bureau voor de statistiek art. 33"],
                    channel: .sftp, frequency: "jaarlijks"))
        }
        for other in otherMunicipalities {
            let withoutGround = traits.gaps && random.chance(50)
            candidates.append(
                Flow(
                    id: "overdracht-\(other.slug)", from: controller, to: "gemeente-\(other.slug)",
                    data: random.sample(ordinaryDataIDs, count: 3), purpose: primaryPurpose,
                    grounds: withoutGround ? [] : ["Participatiewet art. 67 lid 1 onder c"], channel: .apiTLS,
                    description: "Bij verhuizing van de cliënt naar de andere gemeente."))
        }
        return random.sample(candidates, count: random.int(in: 4...8))
    }
}
