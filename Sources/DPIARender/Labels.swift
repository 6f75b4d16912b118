import DPIAAnalysis
import DPIAModel

/// The Dutch and English words for the values of the format's vocabularies, so that templates
/// receive text a reader understands (`Hoog`, `Publieke taak`) instead of spec spellings (`high`,
/// `public-task`). Headings and sentences live in the templates; only values live here.
struct Labels: Sendable {
    let language: ReportLanguage

    private func pick(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    private func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    func yesNo(_ value: Bool) -> String { value ? pick("Ja", "Yes") : pick("Nee", "No") }

    func level(_ level: Level) -> String {
        capitalized(level.word(language))
    }

    func verdict(_ verdict: PreScanVerdict) -> String {
        verdict.phrase(language)
    }

    func framework(_ framework: PreScanFramework) -> String {
        switch framework {
        case .article35: pick("Art. 35 lid 3 AVG", "Art. 35(3) GDPR")
        case .apList: pick("AP-lijst", "Dutch DPA list")
        case .edpb: pick("EDPB-criterium", "EDPB criterion")
        case .legislation: pick("Nieuwe wetgeving", "New legislation")
        }
    }

    /// "De overige 27 criteria, van art. 35 lid 3 AVG, de AP-lijst en de EDPB, zijn getoetst en niet van toepassing."
    func otherCriteria(count: Int, frameworks: [PreScanFramework]) -> String {
        let sources = list(frameworks.map { framework in
            switch framework {
            case .article35: pick("art. 35 lid 3 AVG", "Art. 35(3) GDPR")
            case .apList: pick("de AP-lijst", "the Dutch DPA list")
            case .edpb: pick("de EDPB-richtsnoeren", "the EDPB guidelines")
            case .legislation: pick("nieuwe wetgeving", "new legislation")
            }
        })
        if count == 1 { return pick("Het overige criterium, van \(sources), is getoetst en niet van toepassing.",
                                    "The other criterion, from \(sources), was tested and does not apply.") }
        return pick("De overige \(count) criteria, van \(sources), zijn getoetst en niet van toepassing.",
                    "The other \(count) criteria, from \(sources), were tested and do not apply.")
    }

    func status(_ status: ActivityStatus?) -> String {
        switch status {
        case nil, .draft?: pick("Concept", "Draft")
        case .inReview?: pick("In bespreking", "In review")
        case .adopted?: pick("Vastgesteld", "Adopted")
        case .retired?: pick("Ingetrokken", "Retired")
        }
    }

    func classification(_ value: DataClassification) -> String {
        switch value {
        case .ordinary: pick("Gewoon", "Ordinary")
        case .sensitive: pick("Gevoelig", "Sensitive")
        case .special: pick("Bijzonder", "Special category")
        case .criminal: pick("Strafrechtelijk", "Criminal")
        case .nationalID: pick("Nationaal identificatienummer", "National identification number")
        }
    }

    func kind(_ kind: DataKind) -> String {
        switch kind {
        case .identification: pick("Identificatie", "Identification")
        case .contact: pick("Contact", "Contact")
        case .demographic: pick("Demografisch", "Demographic")
        case .profile: pick("Profiel", "Profile")
        case .work: pick("Werk", "Work")
        case .education: pick("Opleiding", "Education")
        case .financial: pick("Financieel", "Financial")
        case .usage: pick("Gebruik", "Usage")
        case .communication: pick("Communicatie", "Communication")
        case .location: pick("Locatie", "Location")
        case .media: pick("Beeld en geluid", "Photo and video")
        case .assessment: pick("Beoordeling en test", "Assessment")
        case .freeText: pick("Vrije tekst en uploads", "Free text and uploads")
        case .nationalID: pick("BSN", "National ID (BSN)")
        case .health: pick("Gezondheid", "Health")
        case .ethnicity: pick("Ras of etnische afkomst", "Racial or ethnic origin")
        case .religion: pick("Religie of levensovertuiging", "Religion or belief")
        case .political: pick("Politieke opvattingen", "Political opinions")
        case .tradeUnion: pick("Lidmaatschap vakbond", "Trade union membership")
        case .sexLife: pick("Seksueel leven of gerichtheid", "Sex life or orientation")
        case .genetic: pick("Genetisch", "Genetic")
        case .biometric: pick("Biometrisch", "Biometric")
        case .criminal: pick("Strafrechtelijk", "Criminal")
        }
    }

    func source(_ source: DataSource?) -> String {
        switch source {
        case nil: notStated
        case .dataSubject?: pick("Betrokkene zelf", "The data subject")
        case .municipalityStaff?: pick("Medewerker van de organisatie", "Staff of the organisation")
        case .sourceSystem?: pick("Bronsysteem", "Source system")
        case .thirdParty?: pick("Derde", "Third party")
        }
    }

    func partyType(_ type: PartyType) -> String {
        switch type {
        case .municipality: pick("Gemeente", "Municipality")
        case .uwv: "UWV"
        case .publicBody: pick("Overheidsorgaan", "Public body")
        case .privateIntermediary: pick("Private bemiddelaar", "Private intermediary")
        case .employer: pick("Werkgever", "Employer")
        case .supplier: pick("Leverancier", "Supplier")
        case .education: pick("Onderwijsinstelling", "Educational institution")
        case .careProvider: pick("Zorgaanbieder", "Care provider")
        case .other: pick("Overig", "Other")
        }
    }

    func partyRole(_ role: PartyRole) -> String {
        switch role {
        case .controller: pick("Verwerkingsverantwoordelijke", "Controller")
        case .jointController: pick("Gezamenlijk verwerkingsverantwoordelijke", "Joint controller")
        case .processor: pick("Verwerker", "Processor")
        case .subProcessor: pick("Sub-verwerker", "Sub-processor")
        case .recipient: pick("Ontvanger", "Recipient")
        case .source: pick("Verstrekker", "Source")
        case .thirdParty: pick("Derde", "Third party")
        }
    }

    func basis(_ basis: LegalBasis) -> String {
        switch basis {
        case .consent: pick("Toestemming", "Consent")
        case .contract: pick("Uitvoering overeenkomst", "Performance of a contract")
        case .legalObligation: pick("Wettelijke verplichting", "Legal obligation")
        case .vitalInterest: pick("Vitaal belang", "Vital interest")
        case .publicTask: pick("Publieke taak", "Public task")
        case .legitimateInterest: pick("Gerechtvaardigd belang", "Legitimate interest")
        }
    }

    /// The article of the GDPR that names the basis: "art. 6 lid 1 onder e AVG".
    func basisArticle(_ basis: LegalBasis) -> String {
        let letter = switch basis {
        case .consent: "a"
        case .contract: "b"
        case .legalObligation: "c"
        case .vitalInterest: "d"
        case .publicTask: "e"
        case .legitimateInterest: "f"
        }
        return pick("art. 6 lid 1 onder \(letter) AVG", "Art. 6(1)(\(letter)) GDPR")
    }

    /// The basis name as the VNG register API spells it.
    static func vngBasis(_ basis: LegalBasis) -> String {
        switch basis {
        case .consent: "Toestemming betrokkene"
        case .contract: "Uitvoering overeenkomst"
        case .legalObligation: "Wettelijke verplichting"
        case .vitalInterest: "Vitaal belang"
        case .publicTask: "Publieke taak"
        case .legitimateInterest: "Gerechtvaardigd belang"
        }
    }

    func decision(_ decision: Decision) -> String {
        capitalized(decision.word(language))
    }

    func measureStatus(_ status: MeasureStatus?) -> String {
        switch status {
        case nil: notStated
        case .planned?: pick("Gepland", "Planned")
        case .inProgress?: pick("Lopend", "In progress")
        case .done?: pick("Gereed", "Done")
        case .dropped?: pick("Vervallen", "Dropped")
        }
    }

    func measureType(_ type: MeasureType?) -> String {
        switch type {
        case nil: notStated
        case .technical?: pick("Technisch", "Technical")
        case .organisational?: pick("Organisatorisch", "Organisational")
        case .legal?: pick("Juridisch", "Legal")
        }
    }

    func deletion(_ mode: DeletionMode?) -> String {
        switch mode {
        case nil: notStated
        case .automated?: pick("Automatisch", "Automated")
        case .manual?: pick("Handmatig", "Manual")
        case .none?: pick("Geen vernietiging", "No deletion")
        }
    }

    func mechanism(_ mechanism: TransferMechanism?) -> String {
        switch mechanism {
        case nil: notStated
        case .adequacy?: pick("Adequaatheidsbesluit", "Adequacy decision")
        case .scc?: pick("Modelcontractbepalingen (SCC)", "Standard contractual clauses")
        case .bcr?: pick("Bindende bedrijfsvoorschriften (BCR)", "Binding corporate rules")
        case .derogation?: pick("Uitzondering (art. 49 AVG)", "Derogation (Art. 49 GDPR)")
        case .none?: pick("Geen", "None")
        }
    }

    func right(_ right: SubjectRight) -> String {
        switch right {
        case .access: pick("Inzage", "Access")
        case .rectification: pick("Rectificatie en aanvulling", "Rectification")
        case .erasure: pick("Vergetelheid (verwijdering)", "Erasure")
        case .restriction: pick("Beperking van de verwerking", "Restriction of processing")
        case .portability: pick("Dataportabiliteit", "Data portability")
        case .automatedDecisions: pick("Geen geautomatiseerde besluitvorming", "No automated decision-making")
        case .objection: pick("Bezwaar", "Objection")
        case .information: pick("Informatie", "Information")
        }
    }

    func rightArticle(_ right: SubjectRight) -> String {
        let number = switch right {
        case .access: "15"
        case .rectification: "16"
        case .erasure: "17"
        case .restriction: "18"
        case .portability: "20"
        case .automatedDecisions: "22"
        case .objection: "21"
        case .information: "13–14"
        }
        return pick("art. \(number) AVG", "Art. \(number) GDPR")
    }

    func topic(_ topic: TransparencyTopic) -> String {
        switch topic {
        case .controller: pick("de verwerkingsverantwoordelijke", "the controller")
        case .dpo: pick("de functionaris gegevensbescherming", "the data protection officer")
        case .purposes: pick("de doeleinden", "the purposes")
        case .legalBasis: pick("de grondslag", "the legal basis")
        case .recipients: pick("de ontvangers", "the recipients")
        case .visibility: pick("welke partijen in welke gemeenten de gegevens zien", "which parties in which municipalities see the data")
        case .retention: pick("de bewaartermijnen", "the retention periods")
        case .rights: pick("de rechten van betrokkenen", "the rights of data subjects")
        case .complaint: pick("het klachtrecht bij de AP", "the right to complain to the DPA")
        case .usageLogging: pick("het vastleggen van gebruik (logging)", "usage logging")
        case .source: pick("de herkomst van de gegevens", "the source of the data")
        case .transfers: pick("doorgifte buiten de EER", "transfers outside the EEA")
        case .automatedDecisions: pick("geautomatiseerde besluitvorming", "automated decision-making")
        }
    }

    func security(_ measure: SecurityMeasure) -> String {
        switch measure {
        case .encryptionInTransit: pick("Versleuteling tijdens transport (TLS)", "Encryption in transit (TLS)")
        case .encryptionAtRest: pick("Versleuteling van opgeslagen gegevens", "Encryption at rest")
        case .twoFactor: pick("Tweefactorauthenticatie", "Two-factor authentication")
        case .roleBasedAccess: pick("Rolgebaseerde toegang", "Role-based access control")
        case .accessLogging: pick("Logging van toegang", "Access logging")
        case .logReview: pick("Periodieke controle van logbestanden", "Periodic log review")
        case .pentestYearly: pick("Jaarlijkse penetratietest", "Yearly penetration test")
        case .iso27001: pick("ISO 27001-certificering", "ISO 27001 certification")
        case .bio: pick("Baseline Informatiebeveiliging Overheid (BIO)", "Dutch government security baseline (BIO)")
        case .nen7510: "NEN 7510"
        case .pseudonymisation: pick("Pseudonimisering", "Pseudonymisation")
        case .backup: pick("Back-ups", "Backups")
        case .incidentProcedure: pick("Procedure voor beveiligingsincidenten en datalekken", "Incident and breach procedure")
        case .awarenessTraining: pick("Bewustwordingstraining", "Awareness training")
        case .screening: pick("Screening van medewerkers (VOG)", "Staff screening")
        case .secureDevelopment: pick("Veilige ontwikkeling", "Secure development")
        case .dataMinimisation: pick("Dataminimalisatie", "Data minimisation")
        }
    }

    func flowKind(_ kind: FlowKind) -> String {
        switch kind {
        case .disclosure: pick("Verstrekking", "Disclosure")
        case .candidateProposal: pick("Voordragen van kandidaten", "Proposing candidates")
        case .search: pick("Zoeken in de gegevens", "Search in the data")
        case .request: pick("Bevraging", "Request")
        }
    }

    func flowConsent(_ consent: FlowConsent?) -> String {
        switch consent {
        case nil: notStated
        case .none?: pick("Geen", "None")
        case .consent?: pick("Toestemming", "Consent")
        case .writtenNoObjection?: pick("Schriftelijke verklaring van geen bezwaar", "Written no-objection statement")
        }
    }

    func channel(_ channel: Channel?) -> String {
        switch channel {
        case nil: notStated
        case .apiTLS?: pick("API over TLS", "API over TLS")
        case .sftp?: "SFTP"
        case .email?: pick("E-mail", "E-mail")
        case .portal?: pick("Portaal", "Portal")
        case .paper?: pick("Papier", "Paper")
        case .other?: pick("Anders", "Other")
        }
    }

    func scope(_ scope: AccessScope) -> String {
        switch scope {
        case .own: pick("eigen betrokkenen", "own data subjects")
        case .all: pick("alle deelnemende partijen", "all participating parties")
        }
    }

    func relation(_ relation: PopulationRelation) -> String {
        switch relation {
        case .own: pick("eigen", "own")
        case .other: pick("andere verantwoordelijke", "other controller")
        }
    }

    func authentication(_ authentication: Authentication?) -> String {
        switch authentication {
        case nil: notStated
        case .password?: pick("Wachtwoord", "Password")
        case .twoFactor?: pick("Tweefactor", "Two-factor")
        case .sso?: pick("Single sign-on", "Single sign-on")
        }
    }

    /// Names of the technique flags, keyed by their spec key.
    func technique(_ key: String) -> String {
        switch key {
        case "automated_decisions": pick("(Semi-)geautomatiseerde besluitvorming", "(Semi-)automated decision-making")
        case "profiling": pick("Profilering", "Profiling")
        case "matching_datasets": pick("Koppelen of combineren van gegevensbestanden", "Matching or combining datasets")
        case "systematic_monitoring": pick("Stelselmatige monitoring", "Systematic monitoring")
        case "new_technology": pick("Nieuwe technologie", "New technology")
        case "cloud": pick("Cloud", "Cloud")
        case "algorithms": pick("Algoritmen of AI", "Algorithms or AI")
        case "evaluation_scoring": pick("Evalueren of scoren van personen", "Evaluation or scoring")
        case "blocks_service": pick("Kan toegang tot een recht, dienst of overeenkomst blokkeren", "Can block a right, service or contract")
        case "new_legislation": pick("Volgt uit nieuwe wetgeving", "Follows from new legislation")
        case "covert_investigation": pick("Heimelijk onderzoek", "Covert investigation")
        case "blacklists": pick("Zwarte lijsten", "Blacklists")
        case "fraud_detection": pick("Fraudebestrijding", "Fraud detection")
        case "credit_scoring": pick("Kredietscores", "Credit scoring")
        case "camera_surveillance": pick("Cameratoezicht", "Camera surveillance")
        case "flexible_camera_surveillance": pick("Flexibel cameratoezicht", "Flexible camera surveillance")
        case "employee_monitoring": pick("Controle van werknemers", "Employee monitoring")
        case "location_tracking": pick("Locatiegegevens volgen", "Location tracking")
        case "iot": pick("Internet of things", "Internet of things")
        case "behaviour_influencing": pick("Observatie en beïnvloeding van gedrag", "Observing and influencing behaviour")
        case "large_scale": pick("Grootschalige verwerking", "Large-scale processing")
        default: key
        }
    }

    private static let monthsNL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                   "september", "oktober", "november", "december"]
    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"]

    /// "30 juni 2025" / "30 June 2025".
    func date(_ date: CalendarDate) -> String {
        let months = language == .nl ? Self.monthsNL : Self.monthsEN
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "10 jaar", "1 jaar en 6 maanden" / "10 years", "1 year and 6 months".
    func duration(_ duration: ISODuration) -> String {
        let units: [(Int, String, String, String, String)] = [
            (duration.years, "jaar", "jaar", "year", "years"),
            (duration.months, "maand", "maanden", "month", "months"),
            (duration.weeks, "week", "weken", "week", "weeks"),
            (duration.days, "dag", "dagen", "day", "days"),
        ]
        let parts = units.filter { $0.0 > 0 }.map { value, nlOne, nlMany, enOne, enMany in
            "\(value) " + (value == 1 ? pick(nlOne, enOne) : pick(nlMany, enMany))
        }
        guard !parts.isEmpty else { return pick("0 dagen", "0 days") }
        return list(parts)
    }

    func period(_ period: RetentionPeriod) -> String {
        switch period {
        case .duration(let duration): self.duration(duration)
        case .asLongAsNeeded: pick("Zolang noodzakelijk", "As long as needed")
        }
    }

    /// "a, b en c" / "a, b and c"; with semicolons when an item has "en" of its own, so that
    /// "Naam en woonplaats; E-mailadres en telefoonnummer" reads as two items.
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let conjunction = pick(" en ", " and ")
        if items.contains(where: { $0.contains(conjunction) || $0.contains(", ") }) {
            return items.dropLast().joined(separator: "; ") + ";" + conjunction + items[items.count - 1]
        }
        return items.dropLast().joined(separator: ", ") + conjunction + items[items.count - 1]
    }

    /// The art. 36 verdict as a card value ("Nog te besluiten") and a short note.
    func consultation(_ verdict: PriorConsultation) -> (value: String, note: String) {
        switch verdict {
        case .required: (pick("Nodig", "Required"), pick("hoog restrisico geaccepteerd", "high residual risk accepted"))
        case .toBeDecided: (pick("Nog te besluiten", "To be decided"),
                            pick("hoog restrisico zonder besluit", "high residual risk without a decision"))
        case .notRequired: (pick("Niet nodig", "Not required"), pick("geen hoog restrisico", "no high residual risk"))
        }
    }

    /// The art. 36 verdict as sentences, the same in the summary and §17; `risks` lists the high risks concerned.
    func consultationSentence(_ verdict: PriorConsultation, risks: String) -> String {
        switch verdict {
        case .required:
            pick("Er wordt een hoog restrisico geaccepteerd (\(risks)). De verwerking mag pas starten na raadpleging van de Autoriteit Persoonsgegevens (art. 36 AVG).",
                 "A high residual risk is accepted (\(risks)). Processing may start only after consulting the Dutch Data Protection Authority (Art. 36 GDPR).")
        case .toBeDecided:
            pick("Na de geplande maatregelen blijft een hoog risico over waarover nog geen besluit is genomen (\(risks)). Wordt zo'n risico niet verder beperkt maar geaccepteerd, dan moet de Autoriteit Persoonsgegevens vóór de start worden geraadpleegd (art. 36 AVG).",
                 "After the planned measures a high risk remains on which no decision has been taken (\(risks)). If such a risk is accepted instead of reduced further, the Dutch Data Protection Authority must be consulted before processing starts (Art. 36 GDPR).")
        case .notRequired:
            pick("Na de geplande maatregelen blijft geen hoog risico over; voorafgaande raadpleging van de Autoriteit Persoonsgegevens (art. 36 AVG) is niet nodig.",
                 "No high risk remains after the planned measures; prior consultation of the Dutch Data Protection Authority (Art. 36 GDPR) is not required.")
        }
    }

    /// What the open-measures counter leaves unsaid: overdue ones, or that no deadlines are set.
    func openMeasuresNote(open: Int, withDue: Int, overdue: Int) -> String {
        if open == 0 { return pick("niets open", "nothing open") }
        if withDue == 0 { return pick("geen deadlines vastgelegd", "no deadlines set") }
        let without = open - withDue
        let lateText = overdue > 0 ? pick("\(overdue) over de deadline", "\(overdue) past their deadline")
                                   : pick("geen over de deadline", "none past their deadline")
        guard without > 0 else { return lateText }
        return lateText + pick(", \(without) zonder deadline", ", \(without) without a deadline")
    }

    /// "1 risico" / "3 risico's": a count with the word in the right number.
    func count(_ count: Int, _ oneNL: String, _ manyNL: String, _ oneEN: String, _ manyEN: String) -> String {
        "\(count) " + (count == 1 ? pick(oneNL, oneEN) : pick(manyNL, manyEN))
    }

    /// Text for a value the spec leaves out.
    /// A dash: the "Nog aan te vullen" annex says what is missing and which key fills it.
    var notStated: String { "—" }
}
