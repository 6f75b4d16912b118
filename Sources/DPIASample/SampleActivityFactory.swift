import DPIAModel

/// Builds one synthetic processing activity from its random stream.
///
/// Sections are drawn in a fixed order and only from arrays (never from sets or dictionaries,
/// whose order changes between runs), so the same stream always gives the same activity.
struct SampleActivityFactory {
    typealias Organisation = SampleCatalogue.Organisation
    typealias Process = SampleCatalogue.Process

    /// The first draws of an activity's stream: where it lives and what kind of process it is.
    struct Draw {
        var entry: SampleEntry
        var organisation: Organisation
        var process: Process
    }

    /// Draws the organisation and process of activity `index`; ids number activities from 1.
    static func draw(index: Int, width: Int, random: inout SplitMix64) -> Draw {
        let organisation = random.pick(SampleCatalogue.organisations)
        let process = random.pick(SampleCatalogue.processes)
        let number = String(index + 1)
        let padded = String(repeating: "0", count: max(0, width - number.count)) + number
        let entry = SampleEntry(organisation: organisation.slug, id: "\(organisation.slug)-\(process.slug)-\(padded)")
        return Draw(entry: entry, organisation: organisation, process: process)
    }

    var random: SplitMix64
    let entry: SampleEntry
    let organisation: Organisation
    let process: Process
    let traits: SampleTraits

    // Ids decided while building, used by later sections.
    var controller: String { "gemeente-\(organisation.slug)" }
    var team: String { "team-\(process.domain)" }
    var otherMunicipalities: [Organisation] = []
    var processors: [String] = []
    var parties: [Party] = []
    var clientSubjects: [String] = []
    var staffSubject = "medewerkers"
    var employerSubject: String?
    var data: [DataItem] = []
    var primaryPurpose = "uitvoering"
    var purposes: [Purpose] = []
    var risks: [DeclaredRisk] = []

    init(_ draw: Draw, random: SplitMix64) {
        self.random = random
        entry = draw.entry
        organisation = draw.organisation
        process = draw.process
        traits = SampleTraits(drawingFrom: &self.random)
    }

    /// The whole activity.
    mutating func make() -> ProcessingActivity {
        parties = makeParties()
        let subjects = makeSubjects()
        data = makeData()
        purposes = makePurposes()
        let roles = makeRoles()
        let flows = makeFlows()
        let retention = makeRetention()
        risks = makeRisks()
        let english = traits.english
        return ProcessingActivity(
            id: entry.id,
            title: "\(process.title) — \(organisation.name)",
            version: "1.\(random.below(10))",
            status: random.pick([.draft, .inReview, .adopted, .adopted]),
            language: english ? .en : .nl,
            controller: controller,
            contacts: Contacts(
                owner: random.pick(SampleCatalogue.owners),
                dpo: "Functionaris gegevensbescherming, fg@\(organisation.slug).example"),
            summary: makeSummary(),
            parties: parties, subjects: subjects, data: data, purposes: purposes,
            techniques: makeTechniques(),
            roles: roles, flows: flows, retention: retention,
            locations: makeLocations(), transfers: makeTransfers(),
            security: makeSecurity(), transparency: makeTransparency(), rights: makeRights(),
            governance: makeGovernance(), risks: risks, measures: makeMeasures(),
            interests: makeInterests(), subjectViews: nil,
            policies: ["Informatiebeveiligingsbeleid \(organisation.name)", "Privacybeleid sociaal domein"])
    }

    // MARK: Helpers shared by the sections

    /// Whether the activity has a party with this id.
    func hasParty(_ id: String) -> Bool { parties.contains { $0.id == id } }

    /// The ids of the activity's data, in order.
    var dataIDs: [String] { data.map(\.id) }

    /// The ids among `preferred` that the activity has, or else `fallback` random data ids.
    mutating func dataIDs(preferring preferred: [String], fallback: Int) -> [String] {
        let present = preferred.filter { id in data.contains { $0.id == id } }
        if !present.isEmpty { return present }
        return random.sample(ordinaryDataIDs, count: fallback)
    }

    /// Data ids that are not special-category, criminal or national-id data.
    var ordinaryDataIDs: [String] {
        data.filter { $0.kind.classification == .ordinary || $0.kind.classification == .sensitive }.map(\.id)
    }

    /// Data ids that need an exception (special categories, criminal data, the BSN).
    var exceptionalDataIDs: [String] {
        data.filter { $0.kind.classification != .ordinary && $0.kind.classification != .sensitive }.map(\.id)
    }

    /// `count` sentences of the catalogue's prose, as one paragraph.
    mutating func prose(sentences count: Int) -> String {
        random.sample(SampleCatalogue.sentences, count: count).joined(separator: " ")
    }

    /// A day between 2025-01-01 and 2027-12-28.
    mutating func day() -> CalendarDate {
        CalendarDate(year: random.int(in: 2025...2027), month: random.int(in: 1...12), day: random.int(in: 1...28))
    }

    private mutating func makeSummary() -> String {
        """
        De gemeente \(organisation.city) verwerkt persoonsgegevens voor **\(process.title.lowercased())**, ten behoeve
        van \(process.clients.lowercased()).
        \(prose(sentences: 2))

        \(prose(sentences: 2))

        """
    }

    private mutating func makeTechniques() -> Techniques {
        var techniques = Techniques()
        techniques.matchingDatasets = process.domain == "werk" || random.chance(20)
        techniques.cloud = parties.contains { $0.role == .subProcessor }
        techniques.profiling = process.domain == "werk" && random.chance(30)
        techniques.fraudDetection = process.slug == "handhaving"
        techniques.newTechnology = random.chance(10)
        techniques.algorithms = random.chance(10)
        return techniques
    }

    private mutating func makeInterests() -> [Interest] {
        var interests = [
            Interest(
                party: controller,
                description: "Haar wettelijke taak voor \(process.clients.lowercased()) goed uitvoeren.")
        ]
        if let employer = parties.first(where: { $0.type == .employer }) {
            interests.append(Interest(party: employer.id, description: "Geschikte kandidaten vinden voor vacatures."))
        }
        return interests
    }
}
