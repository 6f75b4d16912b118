import DPIAModel

extension SampleActivityFactory {
    /// Two to four retention rules that together cover the data (a gap leaves one item out or
    /// deletes by hand).
    mutating func makeRetention() -> [RetentionRule] {
        var ids = random.sample(dataIDs, count: data.count)
        if traits.gaps && random.chance(40) { ids.removeLast(random.int(in: 1...2)) }
        let groups = random.int(in: 2...4)
        let size = (ids.count + groups - 1) / groups
        var rules: [RetentionRule] = []
        for (number, start) in stride(from: 0, to: ids.count, by: size).enumerated() {
            let covered = Array(ids[start..<min(start + size, ids.count)])
            let choice = random.pick(SampleCatalogue.periods)
            let openEnded = traits.gaps && random.chance(15)
            rules.append(
                RetentionRule(
                    id: random.chance(50) ? "bewaren-\(number + 1)" : nil, data: covered,
                    period: openEnded ? .asLongAsNeeded : .duration(ISODuration(parsing: choice.period) ?? ISODuration(years: 1)),
                    starts: choice.starts, source: traits.gaps && random.chance(30) ? nil : choice.source,
                    deletion: traits.gaps && random.chance(50) ? .manual : .automated,
                    criterion: openEnded && random.chance(50) ? "Zolang het traject loopt; daarna de termijn van de selectielijst." : nil,
                    supervisor: random.chance(40) ? "Informatiebeheer" : nil))
        }
        return rules
    }

    func makeLocations() -> [Location] {
        parties.filter(\.role.isProcessor).map { Location(party: $0.id, country: $0.location ?? "NL") }
    }

    mutating func makeTransfers() -> [Transfer] {
        parties.filter { $0.role.isProcessor && !EEA.contains($0.location ?? "NL") }.map { party in
            Transfer(
                to: party.id, country: party.location ?? "US", mechanism: random.pick([TransferMechanism.adequacy, .scc, .none]),
                data: random.sample(ordinaryDataIDs, count: 3))
        }
    }

    mutating func makeSecurity() -> Security {
        let baseline: [SecurityMeasure] = traits.gaps ? [.encryptionInTransit] : [.encryptionInTransit, .roleBasedAccess, .accessLogging]
        let rest = SecurityMeasure.allCases.filter { !baseline.contains($0) }
        let chosen = baseline + random.sample(rest, count: random.int(in: 3...9))
        return Security(
            measures: SecurityMeasure.allCases.filter { chosen.contains($0) },
            description: random.chance(50) ? prose(sentences: 1) : nil,
            other: random.chance(20) ? ["Jaarlijkse ENSIA-verantwoording"] : [])
    }

    mutating func makeTransparency() -> Transparency {
        var topics = TransparencyTopic.allCases
        if traits.gaps { topics = random.sample(topics, count: random.int(in: 5...9)) }
        if !traits.crossMunicipality { topics.removeAll { $0 == .visibility || $0 == .transfers } }
        let hiddenData = data.filter { $0.visibleToSubject == false }.map(\.id)
        return Transparency(
            privacyStatement: true, separateFromTerms: !(traits.gaps && random.chance(40)),
            informsAbout: TransparencyTopic.allCases.filter { topics.contains($0) },
            subjectCanSee: hiddenData.isEmpty ? .all : .only(dataIDs.filter { !hiddenData.contains($0) }),
            url: "https://www.\(organisation.slug).example/privacy")
    }

    mutating func makeRights() -> Rights {
        var procedures: [SubjectRight: String] = [
            .access: "Via Mijn \(organisation.city) of een verzoek aan de gemeente.",
            .rectification: "Via de behandelend medewerker of een privacyverzoek.",
            .erasure: "Op verzoek, getoetst aan de wettelijke bewaarplicht.",
            .restriction: "Via een privacyverzoek aan de gemeente.",
            .objection: "Via een privacyverzoek; de gemeente weegt het bezwaar binnen vier weken.",
            .portability: "Niet van toepassing (publieke taak, art. 20 lid 3 AVG).",
            .automatedDecisions: "Niet van toepassing: besluiten worden door medewerkers genomen.",
            .information: "Privacyverklaring en uitleg bij het eerste gesprek.",
        ]
        if traits.gaps {
            for right in random.sample([SubjectRight.erasure, .objection, .restriction], count: random.int(in: 1...2)) {
                procedures[right] = nil
            }
        }
        return Rights(procedures: procedures)
    }

    mutating func makeGovernance() -> Governance {
        let adopted = day()
        return Governance(
            changeProcessIncludesPrivacyReview: !(traits.gaps && random.chance(50)),
            sourceSystemLink: random.chance(70),
            dpoAdvice: random.chance(60) ? "De FG adviseert de maatregelen uit het plan voor de start uit te voeren." : nil,
            adoptedBy: "College van burgemeester en wethouders",
            adoptedOn: adopted,
            nextReview: CalendarDate(year: adopted.year + 2, month: adopted.month, day: adopted.day))
    }

    mutating func makeRisks() -> [DeclaredRisk] {
        let pool = [
            DeclaredRisk(
                id: "onjuiste-gegevens", description: "Gegevens worden met de hand overgenomen en raken verouderd of onjuist.",
                likelihood: .medium, impact: .medium, origin: "Handmatige invoer zonder koppeling met de bron."),
            DeclaredRisk(
                id: "datalek-leverancier", description: "Een datalek bij de leverancier maakt dossiers van kwetsbare inwoners openbaar.",
                likelihood: .low, impact: .high, origin: "Hosting en beheer bij een externe partij."),
            DeclaredRisk(
                id: "function-creep", description: "Gegevens worden gebruikt voor doelen waarvoor ze niet zijn verzameld.",
                likelihood: .medium, impact: .high, source: "AVG art. 5 lid 1 onder b"),
            DeclaredRisk(
                id: "herleidbaarheid", description: "Gepseudonimiseerde profielen zijn via de context herleidbaar tot personen.",
                likelihood: .medium, impact: .high, origin: "Unieke combinaties van werkervaring en regio."),
            DeclaredRisk(
                id: "onbevoegde-inzage", description: "Medewerkers zien dossiers waarvoor zij geen taak hebben.",
                likelihood: .medium, impact: .medium, origin: "Ruime autorisaties in het zaaksysteem."),
        ]
        return random.sample(pool, count: random.int(in: 1...3))
    }

    /// One measure per declared risk, plus one or two general ones.
    mutating func makeMeasures() -> [Measure] {
        var measures: [Measure] = []
        for risk in risks {
            let accept = random.chance(20)
            measures.append(
                Measure(
                    id: "m-\(risk.id)", addresses: [risk.id], decision: accept ? .accept : .mitigate,
                    description: accept
                        ? "Het restrisico is aanvaardbaar gezien de genomen maatregelen."
                        : "Maatregel tegen dit risico:\n\n- autorisaties per rol herzien\n- controle in de kwartaalrapportage\n",
                    owner: random.pick(SampleCatalogue.owners), due: day(),
                    status: random.pick([.planned, .inProgress, .done]), residual: accept ? .medium : .low,
                    type: random.pick([.technical, .organisational, .legal])))
        }
        if let first = risks.first {
            measures.append(
                Measure(
                    id: "m-bewustwording", addresses: [first.id], decision: .mitigate,
                    description: "Jaarlijkse privacytraining voor alle medewerkers met toegang.",
                    owner: "Privacy officer", due: day(), status: .planned, residual: .low, type: .organisational))
        }
        return measures
    }
}
