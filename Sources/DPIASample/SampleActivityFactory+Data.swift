import DPIAModel

extension SampleActivityFactory {
    /// About 30 data categories: the process's special categories when it uses them, the rest
    /// drawn from the ordinary ones.
    mutating func makeData() -> [DataItem] {
        let total = random.int(in: 26...34)
        var templates: [SampleCatalogue.DataTemplate] = []
        if traits.specialCategories {
            templates = SampleCatalogue.specialData.filter { process.special.contains($0.id) }
        }
        templates += random.sample(SampleCatalogue.ordinaryData, count: total - templates.count)
        return templates.map { template in
            let hidden = traits.gaps && template.source == .municipalityStaff && random.chance(40)
            return DataItem(
                id: template.id, name: template.name, kind: template.kind,
                subjects: subjects(of: template), source: template.source,
                visibleToSubject: hidden ? false : true,
                description: random.chance(25) ? prose(sentences: 1) : nil,
                fields: template.fields)
        }
    }

    private func subjects(of template: SampleCatalogue.DataTemplate) -> [String] {
        switch template.id {
        case "contact-medewerker": [staffSubject]
        case "inloggegevens", "gebruikslog", "zoekopdrachten": clientSubjects + [staffSubject]
        case "werkgeversgegevens": [employerSubject ?? staffSubject]
        default: clientSubjects
        }
    }

    /// Four to six purposes: the statutory task first (with all data), then accountability,
    /// complaints, management information (further processing), a survey based on consent, ...
    mutating func makePurposes() -> [Purpose] {
        let exceptional = exceptionalDataIDs
        let missingSpecialBasis = traits.gaps && random.chance(50)
        let primary = Purpose(
            id: primaryPurpose, name: process.title,
            description: "Uitvoeren van de wettelijke taak: \(process.title.lowercased()).",
            basis: .publicTask, law: process.law,
            specialBasis: exceptional.isEmpty || missingSpecialBasis
                ? nil
                : exceptional == ["bsn"] ? "Wet algemene bepalingen burgerservicenummer art. 10" : process.specialBasis,
            data: dataIDs,
            necessity: "Zonder deze gegevens kan de gemeente niet beoordelen welke ondersteuning nodig is.\n\(prose(sentences: 1))\n",
            proportionality: random.chance(70) ? "De inbreuk is beperkt: alleen medewerkers met een taak zien de gegevens." : nil,
            subsidiarity: random.chance(60) ? "Een minder ingrijpende werkwijze met hetzelfde resultaat is er niet." : nil,
            domain: process.domain)
        let ordinary = ordinaryDataIDs
        var extras: [Purpose] = [
            Purpose(
                id: "verantwoording", name: "Verantwoording en archivering", basis: .legalObligation,
                law: ["Gemeentewet art. 212", "Archiefwet 1995 art. 3"]),
            Purpose(
                id: "klachtbehandeling", name: "Behandeling van klachten", basis: .publicTask,
                law: ["Algemene wet bestuursrecht art. 9:1"]),
            Purpose(
                id: "bezwaar-en-beroep", name: "Behandeling van bezwaar en beroep", basis: .publicTask,
                law: ["Algemene wet bestuursrecht art. 7:1"]),
            Purpose(
                id: "managementinformatie", name: "Managementinformatie", basis: .publicTask, law: process.law,
                furtherProcessingOf: primaryPurpose,
                compatibility: traits.gaps && random.chance(50)
                    ? nil
                    : "Verenigbaar (art. 6 lid 4 AVG): geaggregeerd, geen beslissingen over personen."),
            Purpose(
                id: "klanttevredenheid", name: "Klanttevredenheidsonderzoek", basis: .consent,
                consent: ConsentDetails(
                    informed: true, specific: true, withdrawable: true,
                    recorded: !(traits.gaps && random.chance(50)))),
            Purpose(
                id: "beleidsonderzoek", name: "Beleidsonderzoek", basis: .publicTask, law: process.law,
                furtherProcessingOf: primaryPurpose,
                compatibility: "Verenigbaar: gepseudonimiseerde gegevens, alleen voor onderzoek naar de effectiviteit."),
        ]
        if process.slug == "handhaving" || random.chance(20) {
            extras.append(
                Purpose(
                    id: "fraudepreventie", name: "Voorkomen en bestrijden van fraude",
                    basis: .legalObligation, law: ["Participatiewet art. 53a"]))
        }
        var chosen = random.sample(extras, count: random.int(in: 3...5))
        for index in chosen.indices {
            chosen[index].description = "\(chosen[index].name ?? chosen[index].id) bij \(process.title.lowercased())."
            chosen[index].domain = process.domain
            chosen[index].data = random.sample(ordinary, count: random.int(in: 3...8))
        }
        return [primary] + chosen
    }
}
