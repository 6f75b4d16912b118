import DPIAModel

extension SampleActivityFactory {
    /// About ten parties: the municipality and its team, processors and hosting, the sources and
    /// recipients the process needs, and other municipalities when it is cross-municipal.
    mutating func makeParties() -> [Party] {
        var parties = [
            Party(
                id: controller, name: "\(organisation.name), college van B&W", type: .municipality,
                role: .controller, region: organisation.region),
            Party(
                id: team, name: "Team \(process.domain) van de gemeente \(organisation.city)", type: .municipality,
                role: .controller, partOf: controller, domain: process.domain),
        ]
        if traits.crossMunicipality {
            let others = SampleCatalogue.organisations.filter { $0.slug != organisation.slug }
            otherMunicipalities = random.sample(others, count: random.int(in: 2...3))
            for other in otherMunicipalities {
                parties.append(
                    Party(
                        id: "gemeente-\(other.slug)", name: other.name, type: .municipality,
                        role: .recipient, region: other.region,
                        description: "Neemt deel aan hetzelfde platform en ziet ook de cliënten van \(organisation.name)."))
            }
        }
        for supplier in random.sample(SampleCatalogue.suppliers, count: random.int(in: 1...2)) {
            let missingAgreement = traits.gaps && random.chance(30)
            parties.append(
                Party(
                    id: supplier.slug, name: supplier.name, type: .supplier, role: .processor,
                    agreement: missingAgreement ? nil : "Verwerkersovereenkomst volgens de VNG-standaard, versie 2.0",
                    location: "NL", certifications: random.sample(["ISO27001", "BIO", "NEN7510"], count: random.int(in: 1...2))))
            processors.append(supplier.slug)
        }
        let hostingChoices = traits.gaps ? SampleCatalogue.hosting : SampleCatalogue.hosting.filter { $0.country != "US" }
        let host = random.pick(hostingChoices)
        parties.append(
            Party(
                id: host.slug, name: host.name, type: .supplier, role: .subProcessor,
                agreement:
                    "Sub-verwerking onder de verwerkersovereenkomst met \(parties.last { $0.role == .processor }?.name ?? "de leverancier")",
                location: host.country))
        processors.append(host.slug)
        parties.append(
            Party(
                id: "rvig", name: "Rijksdienst voor Identiteitsgegevens (BRP)", type: .publicBody,
                role: .source))
        parties.append(Party(id: "uwv", name: "UWV", type: .uwv, role: process.domain == "werk" ? .recipient : .source))
        if ["werk", "participatie", "inburgering"].contains(process.domain) || random.chance(30) {
            parties.append(
                Party(
                    id: "werkgevers-\(organisation.slug)", name: "Werkgevers aangesloten bij het WSP \(organisation.region)",
                    type: .employer, role: .recipient, affiliated: [controller]))
            if random.chance(40) {
                parties.append(
                    Party(
                        id: "uitzendbureaus", name: "Uitzendbureaus en private bemiddelaars",
                        type: .privateIntermediary, role: .recipient, affiliated: [controller]))
            }
        }
        if ["wmo", "jeugd", "zorg", "schuldhulp"].contains(process.domain) || random.chance(20) {
            parties.append(
                Party(
                    id: "zorgaanbieders", name: "Gecontracteerde zorgaanbieders", type: .careProvider,
                    role: .recipient, domain: process.domain))
        }
        if random.chance(50) {
            parties.append(Party(id: "cbs", name: "Centraal Bureau voor de Statistiek", type: .publicBody, role: .recipient))
        }
        return parties
    }

    /// The municipality's clients (and those of the other municipalities), staff and, when
    /// employers take part, their contact persons.
    mutating func makeSubjects() -> [SubjectCategory] {
        let minorsWeighed = process.minors && !(traits.gaps && random.chance(50))
        var subjects = [
            SubjectCategory(
                id: "clienten-\(organisation.slug)", name: "\(process.clients) van de gemeente \(organisation.city)",
                of: [controller], vulnerable: true, minors: process.minors, count: random.int(in: 2...200) * 100,
                childInterests: minorsWeighed
                    ? "De belangen van het kind zijn gewogen in het werkoverleg jeugd; zie het afwegingsverslag." : nil)
        ]
        for other in otherMunicipalities {
            subjects.append(
                SubjectCategory(
                    id: "clienten-\(other.slug)", name: "\(process.clients) van de gemeente \(other.city)",
                    of: ["gemeente-\(other.slug)"], vulnerable: true, minors: process.minors,
                    childInterests: subjects[0].childInterests))
        }
        clientSubjects = subjects.map(\.id)
        subjects.append(
            SubjectCategory(
                id: staffSubject, name: "Medewerkers van de gemeente \(organisation.city)",
                of: [controller], vulnerable: false, minors: false))
        if parties.contains(where: { $0.type == .employer }) {
            employerSubject = "contactpersonen-werkgevers"
            subjects.append(
                SubjectCategory(
                    id: "contactpersonen-werkgevers", name: "Contactpersonen van werkgevers",
                    of: [controller], vulnerable: false, minors: false))
        }
        return subjects
    }
}
