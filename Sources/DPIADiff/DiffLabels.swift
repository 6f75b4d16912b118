import DPIAAnalysis
import DPIAModel

/// The words of the "what changed" page in Dutch and English: section headings, field names and the
/// spelling of levels, decisions and verdicts.
struct DiffLabels: Sendable {
    let language: ReportLanguage

    /// Picks the Dutch or English text.
    func pick(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    /// The heading of a section.
    func heading(_ section: DiffSection) -> String {
        let (nl, en) = Self.sections[section] ?? (section.rawValue, section.rawValue)
        return pick(nl, en)
    }

    /// What one entry of a section is called, for example "rol" / "role".
    func noun(_ section: DiffSection) -> String {
        let (nl, en) = Self.nouns[section] ?? (section.rawValue, section.rawValue)
        return pick(nl, en)
    }

    /// The human name of a spec key in a section, falling back to the key itself.
    func field(_ key: String, in section: DiffSection) -> String {
        if let (nl, en) = Self.fields["\(section.rawValue).\(key)"] ?? Self.fields[key] { return pick(nl, en) }
        return key
    }

    func level(_ level: Level) -> String {
        level.word(language)
    }

    func decision(_ decision: Decision) -> String {
        decision.word(language)
    }

    func verdict(_ verdict: PreScanVerdict) -> String {
        verdict.phrase(language)
    }

    /// The legal class of a heavy data kind, as a phrase.
    func dataClass(_ kind: DataKind) -> String {
        switch kind.classification {
        case .special: pick("bijzondere persoonsgegevens (art. 9 AVG)", "special-category data (art. 9 GDPR)")
        case .criminal: pick("strafrechtelijke gegevens (art. 10 AVG)", "criminal-offence data (art. 10 GDPR)")
        case .nationalID:
            pick(
                "een nationaal identificatienummer (art. 87 AVG, art. 46 UAVG)",
                "a national identification number (art. 87 GDPR)")
        case .sensitive: pick("gevoelige gegevens", "sensitive data")
        case .ordinary: pick("gewone persoonsgegevens", "ordinary personal data")
        }
    }

    /// A value as the reader sees it; flags and `all` in words, lists comma-separated.
    func value(_ value: DiffValue) -> String {
        switch value {
        case .text(let text), .symbol(let text): text
        case .prose(let text): DiffValue.collapsingWhitespace(text)
        case .flag(let flag): flag ? pick("ja", "yes") : pick("nee", "no")
        case .number(let number): String(number)
        case .list(let items): items.isEmpty ? pick("(leeg)", "(empty)") : items.joined(separator: ", ")
        case .all: pick("alle", "all")
        }
    }

    private static let sections: [DiffSection: (String, String)] = [
        .general: ("Algemeen", "General"), .parties: ("Partijen", "Parties"),
        .subjects: ("Betrokkenen", "Data subjects"), .data: ("Persoonsgegevens", "Personal data"),
        .purposes: ("Doeleinden en grondslagen", "Purposes and legal bases"),
        .roles: ("Rollen en toegang", "Roles and access"), .visibility: ("Wie ziet wie", "Who sees whom"),
        .flows: ("Verstrekkingen", "Disclosures"), .retention: ("Bewaartermijnen", "Retention"),
        .locations: ("Verwerkingslocaties", "Processing locations"),
        .transfers: ("Doorgifte buiten de EER", "Transfers outside the EEA"),
        .security: ("Beveiliging", "Security"), .transparency: ("Transparantie", "Transparency"),
        .rights: ("Rechten van betrokkenen", "Rights of data subjects"),
        .techniques: ("Technieken en methoden", "Techniques and methods"),
        .governance: ("Borging", "Governance"), .interests: ("Belangen", "Interests"),
        .risks: ("Risico's benoemd in de beschrijving", "Risks declared in the description"),
        .measures: ("Maatregelen", "Measures"),
    ]

    private static let nouns: [DiffSection: (String, String)] = [
        .general: ("", ""), .parties: ("partij", "party"), .subjects: ("betrokkenen", "data subjects"),
        .data: ("gegevens", "data item"), .purposes: ("doel", "purpose"), .roles: ("rol", "role"),
        .visibility: ("toegang", "access"), .flows: ("verstrekking", "disclosure"),
        .retention: ("bewaartermijn", "retention rule"), .locations: ("locatie van", "location of"),
        .transfers: ("doorgifte aan", "transfer to"), .security: ("", ""), .transparency: ("", ""),
        .rights: ("", ""), .techniques: ("", ""), .governance: ("", ""), .interests: ("belang van", "interest of"),
        .risks: ("risico", "risk"), .measures: ("maatregel", "measure"),
    ]

    private static let fields: [String: (String, String)] = [
        // General
        "title": ("titel", "title"), "status": ("status", "status"), "language": ("taal", "language"),
        "controller": ("verwerkingsverantwoordelijke", "controller"), "summary": ("samenvatting", "summary"),
        "contacts/owner": ("eigenaar", "owner"), "contacts/dpo": ("functionaris gegevensbescherming", "DPO"),
        "contacts/representative": ("vertegenwoordiger", "representative"),
        "subject_views": ("mening van betrokkenen", "views of data subjects"),
        "policies": ("beleid en kaders", "policies and frameworks"),
        "references": ("bronnen", "sources"),
        "updated": ("laatst gewijzigd", "last changed"),
        "document/author": ("auteur", "author"), "document/history": ("versiegeschiedenis", "version history"),
        // Shared
        "name": ("naam", "name"), "description": ("toelichting", "description"), "domain": ("domein", "domain"),
        "data": ("gegevens", "data"), "purpose": ("doel", "purpose"), "purposes": ("doelen", "purposes"),
        "subjects": ("betrokkenen", "data subjects"), "kind": ("soort", "kind"), "source": ("bron", "source"),
        "pseudonymised": ("gepseudonimiseerd", "pseudonymised"), "country": ("land", "country"),
        // Parties
        "type": ("soort", "type"), "role": ("rol", "role"), "region": ("regio", "region"),
        "affiliated": ("toegelaten door", "admitted by"), "agreement": ("verwerkersovereenkomst", "processor agreement"),
        "location": ("locatie", "location"), "certifications": ("certificeringen", "certifications"),
        "contact": ("contact", "contact"), "part_of": ("onderdeel van", "part of"),
        // Subjects
        "of": ("klanten van", "clients of"), "vulnerable": ("kwetsbaar", "vulnerable"),
        "minors": ("minderjarigen", "minors"), "count": ("aantal personen", "number of persons"),
        "child_interests": ("afweging belang van het kind", "weighing of the child's interests"),
        // Data
        "data.source": ("herkomst", "origin"), "visible_to_subject": ("zichtbaar voor betrokkene", "visible to the subject"),
        "fields": ("velden", "fields"),
        // Purposes
        "basis": ("grondslag", "legal basis"), "law": ("wettelijke bepalingen", "statutory provisions"),
        "special_basis": ("uitzondering bijzondere gegevens", "exception for special data"),
        "special_category_basis": ("uitzondering art. 9 en nationale grondslag", "art. 9 exception and national basis"),
        "criminal_data_basis": ("grondslag strafrechtelijke gegevens", "basis for criminal data"),
        "national_id_basis": ("wettelijke grondslag BSN", "statutory basis for the BSN"),
        "consent/refusal_has_consequences": ("weigeren heeft gevolgen", "refusing has consequences"),
        "consent/asker_decides_on_services": ("vrager beslist over voorzieningen", "asker decides on services"),
        "processor_agreement": ("verwerkersovereenkomst (status)", "processor agreement (status)"),
        "no_objection": ("geen bezwaar", "no objection"),
        "recipient_competence": ("bevoegdheid ontvanger", "competence of the recipient"),
        "on_behalf_of": ("namens", "on behalf of"),
        "ends_with": ("einde bewaarnoodzaak", "end of the need to keep"),
        "necessity": ("noodzaak", "necessity"), "proportionality": ("proportionaliteit", "proportionality"),
        "subsidiarity": ("subsidiariteit", "subsidiarity"),
        "further_processing_of": ("verdere verwerking van", "further processing of"),
        "compatibility": ("verenigbaarheid", "compatibility"),
        "consent/informed": ("toestemming geïnformeerd", "consent informed"),
        "consent/specific": ("toestemming specifiek", "consent specific"),
        "consent/withdrawable": ("toestemming intrekbaar", "consent withdrawable"),
        "consent/recorded": ("toestemming vastgelegd", "consent recorded"),
        "consent/safeguard_only": ("toestemming als extra waarborg", "consent as extra safeguard"),
        // Roles
        "party": ("partij", "party"), "sees/data": ("ziet gegevens", "sees data"),
        "sees/subjects": ("ziet betrokkenen", "sees data subjects"),
        "sees/scope": ("bereik", "scope"),
        "sees/condition": ("voorwaarde", "condition"), "sees/pseudonymised": ("ziet gepseudonimiseerd", "sees pseudonymised"),
        "edits": ("wijzigt", "edits"), "authentication": ("inloggen", "authentication"),
        "users": ("aantal gebruikers", "number of users"), "external": ("extern", "external"),
        // Visibility
        "relation": ("van wie", "whose"), "condition": ("voorwaarde", "condition"),
        // Flows
        "from": ("van", "from"), "to": ("aan", "to"), "flows.kind": ("soort verstrekking", "kind of disclosure"),
        "grounds": ("grondslagen / uitzonderingen", "grounds / exceptions"), "consent": ("toestemming", "consent"),
        "channel": ("kanaal", "channel"), "recipient_competent": ("ontvanger bevoegd", "recipient competent"),
        "frequency": ("frequentie", "frequency"),
        // Retention
        "period": ("termijn", "period"), "starts": ("ingangsmoment", "starts"),
        "deletion": ("vernietiging", "deletion"), "criterion": ("criterium", "criterion"),
        "supervisor": ("toezicht op vernietiging", "supervision of destruction"),
        // Transfers
        "mechanism": ("doorgiftemechanisme", "transfer mechanism"),
        // Security
        "measures": ("maatregelen", "measures"), "other": ("overige maatregelen", "other measures"),
        // Transparency
        "privacy_statement": ("privacyverklaring", "privacy statement"),
        "separate_from_terms": ("los van de voorwaarden", "separate from the terms"),
        "informs_about": ("informeert over", "informs about"),
        "subject_can_see": ("betrokkene ziet zelf", "subject can see"), "url": ("adres", "URL"),
        // Rights
        "access": ("inzage", "access"), "rectification": ("rectificatie en aanvulling", "rectification"),
        "erasure": ("vergetelheid", "erasure"), "restriction": ("beperking", "restriction"),
        "portability": ("dataportabiliteit", "portability"),
        "automated_decisions": ("geautomatiseerde besluitvorming", "automated decisions"),
        "objection": ("bezwaar", "objection"), "information": ("informatie", "information"),
        // Techniques
        "profiling": ("profilering", "profiling"), "matching_datasets": ("koppelen van bestanden", "matching datasets"),
        "systematic_monitoring": ("stelselmatig volgen", "systematic monitoring"),
        "new_technology": ("nieuwe technologie", "new technology"), "cloud": ("cloud", "cloud"),
        "algorithms": ("algoritmen", "algorithms"), "evaluation_scoring": ("evalueren of scoren", "evaluation or scoring"),
        "blocks_service": ("kan dienst of recht blokkeren", "can block a right or service"),
        "new_legislation": ("nieuwe wetgeving", "new legislation"),
        "covert_investigation": ("heimelijk onderzoek", "covert investigation"),
        "blacklists": ("zwarte lijsten", "blacklists"), "fraud_detection": ("fraudebestrijding", "fraud detection"),
        "credit_scoring": ("kredietscores", "credit scoring"), "camera_surveillance": ("cameratoezicht", "camera surveillance"),
        "flexible_camera_surveillance": ("flexibel cameratoezicht", "flexible camera surveillance"),
        "employee_monitoring": ("controle werknemers", "employee monitoring"),
        "location_tracking": ("locatiegegevens", "location tracking"), "iot": ("internet of things", "internet of things"),
        "behaviour_influencing": ("beïnvloeding van gedrag", "behaviour influencing"),
        "large_scale": ("grootschalig", "large scale"),
        // Governance
        "change_process_includes_privacy_review": ("wijzigingsproces met privacytoets", "change process with privacy review"),
        "source_system_link": ("koppeling met bronsysteem", "link to the source system"),
        "dpo_advice": ("advies FG", "DPO advice"), "adopted_by": ("vastgesteld door", "adopted by"),
        "adopted_on": ("vastgesteld op", "adopted on"), "next_review": ("volgende herziening", "next review"),
        "dpo_advice_on": ("datum advies FG", "date of the DPO's advice"),
        // Risks and measures
        "likelihood": ("kans", "likelihood"), "impact": ("impact", "impact"), "origin": ("oorzaak", "origin"),
        "addresses": ("pakt aan", "addresses"), "decision": ("besluit", "decision"), "owner": ("eigenaar", "owner"),
        "due": ("gereed op", "due"), "residual": ("restrisico", "residual risk"),
        "measures.type": ("soort maatregel", "type of measure"), "evidence": ("bewijs", "evidence"),
    ]
}
