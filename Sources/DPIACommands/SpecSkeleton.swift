import DPIAModel

/// The spec `dpia new` writes: valid as written, every section explained in comments in the project's
/// language (what to fill in, the allowed values, an example line), so that `dpia check` lists what is
/// still to complete instead of errors.
struct SpecSkeleton {
    var id: String
    var language: ReportLanguage
    /// The controller's name (the project file's `organisation:`), or nil for a placeholder.
    var organisation: String?
    /// The path of the JSON Schema relative to the spec, for the editor line; nil leaves it out.
    var schemaPath: String?

    /// The YAML text.
    var text: String {
        let nl = language == .nl
        func say(_ dutch: String, _ english: String) -> String { nl ? dutch : english }
        let name = organisation.map(Self.quoted) ?? Self.placeholder(.controllerName, language)
        var lines: [String] = []
        if let schemaPath { lines += ["# yaml-language-server: $schema=\(schemaPath)", "#"] }
        lines += say(
            """
            # Een nieuwe verwerking. Vul de secties hieronder in, van boven naar beneden; regels die met # beginnen
            # zijn uitleg. `dpia check` zegt wat nog ontbreekt, `dpia report` schrijft de DPIA.
            # Het volledige formaat: docs/spec-format.md in de repository van dpia.
            """,
            """
            # A new processing activity. Fill in the sections below, top to bottom; lines starting with # are
            # explanation. `dpia check` says what is still missing, `dpia report` writes the DPIA.
            # The full format: docs/spec-format.md in dpia's repository.
            """
        ).split(separator: "\n").map(String.init)
        lines += [
            "", "spec: dpia/v1",
            say(
                "# De korte naam van de verwerking: kleine letters, cijfers en '-'. Ook de map van het rapport.",
                "# The short name of the activity: lowercase letters, digits and '-'. Also the report's folder."),
            "id: \(id)",
            say(
                "# De naam van de verwerking zoals die in het register komt. Voorbeeld: title: Re-integratie van werkzoekenden",
                "# The activity's name as the register shows it. Example: title: Re-integration of job seekers"),
            "title: " + Self.quoted(say("Nieuwe verwerking \(id)", "New processing activity \(id)")),
            say(
                "# Status: draft (concept), in-review (ter beoordeling), adopted (vastgesteld) of retired (beëindigd).",
                "# Status: draft, in-review, adopted or retired."),
            "status: draft",
            say("# Taal van de DPIA: nl of en.", "# Language of the DPIA: nl or en."),
            "language: \(language.rawValue)",
            say(
                "# De verwerkingsverantwoordelijke: de id van een partij hieronder.",
                "# The controller: the id of a party below."),
            "controller: organisation",
            "",
            say(
                "# Wie is verantwoordelijk, en wie kunnen aanspreekpunt zijn. Voorbeeld: owner: Teamleider Werk (proceseigenaar)",
                "# Who is responsible, and who to ask. Example: owner: Head of the Employer Service Point (process owner)"),
            "# contacts:",
            "#   owner: ...",
            "#   dpo: ...",
            "",
            say(
                "# Partijen: iedereen die gegevens krijgt, levert of verwerkt.",
                "# Parties: everyone who receives, supplies or processes the data."),
            say(
                "#   type: municipality, uwv, public-body, private-intermediary, employer, supplier, education, care-provider, other",
                "#   type: municipality, uwv, public-body, private-intermediary, employer, supplier, education, care-provider, other"),
            say(
                "#   role: controller, joint-controller, processor (verwerker), sub-processor, recipient, source, third-party",
                "#   role: controller, joint-controller, processor, sub-processor, recipient, source, third-party"),
            say(
                "#   Een verwerker heeft een verwerkersovereenkomst: agreement: Verwerkersovereenkomst, getekend 2024-01-15",
                "#   A processor has a processing agreement: agreement: Processor agreement, signed 2024-01-15"),
            "parties:",
            "  - id: organisation",
            "    name: \(name)",
            "    type: municipality",
            "    role: controller",
            "",
            say(
                "# Betrokkenen: over wie gaat het? Voorbeeld: - { id: werkzoekenden, name: Werkzoekenden, vulnerable: true }",
                "# Data subjects: whom is it about? Example: - { id: job-seekers, name: Job seekers, vulnerable: true }"),
            "subjects:",
            "  - id: subjects",
            "    name: " + Self.placeholder(.subjectsName, language),
            "",
            say("# Gegevens: welke soorten persoonsgegevens, over wie.", "# Data: which kinds of personal data, about whom."),
            "#   kind: identification, contact, demographic, profile, work, education, financial, usage, communication,",
            "#         location, media, assessment, free-text, national-id, health, ethnicity, religion, political,",
            "#         trade-union, sex-life, genetic, biometric, criminal",
            say("#   Voorbeeld: fields: [Naam, Adres, Telefoonnummer]", "#   Example: fields: [Name, Address, Phone number]"),
            "data:",
            "  - id: contact-details",
            "    name: " + say("Contactgegevens", "Contact details"),
            "    kind: contact",
            "    subjects: [subjects]",
            "",
            say(
                "# Doelen: waarvoor zijn de gegevens nodig, en op welke grondslag (art. 6 AVG).",
                "# Purposes: what the data are needed for, and on which legal basis (art. 6 GDPR)."),
            "#   basis: consent, contract, legal-obligation, vital-interest, public-task, legitimate-interest",
            say(
                "#   Voorbeeld: basis: public-task   en   law: [Participatiewet art. 7 lid 1]",
                "#   Example: basis: public-task   and   law: [Participatiewet art. 7 lid 1]"),
            say(
                "#   Ook: necessity (noodzaak), proportionality (proportionaliteit), subsidiarity (subsidiariteit).",
                "#   Also: necessity, proportionality, subsidiarity."),
            "purposes:",
            "  - id: purpose",
            "    name: " + Self.placeholder(.purposeName, language),
            "    data: [contact-details]",
            "",
        ]
        lines += say(Self.optionalNL, Self.optionalEN).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The values the skeleton writes where only the author can say what is true. `dpia check` lists an
    /// element that still holds one as "to complete" while the spec is a draft (``SpecCompleteness``).
    enum Placeholder: CaseIterable {
        case controllerName, subjectsName, purposeName

        /// The element the value belongs to (a ``SourceMap`` path) and its key.
        var element: (path: String, key: String) {
            switch self {
            case .controllerName: ("parties/organisation", "name")
            case .subjectsName: ("subjects/subjects", "name")
            case .purposeName: ("purposes/purpose", "name")
            }
        }
    }

    /// The text of `placeholder` in `language`.
    static func placeholder(_ placeholder: Placeholder, _ language: ReportLanguage) -> String {
        switch (placeholder, language) {
        case (.controllerName, .nl): "Naam van de organisatie"
        case (.controllerName, .en): "Name of the organisation"
        case (.subjectsName, .nl): "Betrokkenen (vul in wie dit zijn)"
        case (.subjectsName, .en): "Data subjects (say who they are)"
        case (.purposeName, .nl): "Doel (vul in)"
        case (.purposeName, .en): "Purpose (fill in)"
        }
    }

    /// Whether `value` is the text of `placeholder` as written by the skeleton in either language.
    static func isPlaceholder(_ value: String?, _ placeholder: Placeholder) -> Bool {
        guard let value else { return false }
        return ReportLanguage.allCases.contains { Self.placeholder(placeholder, $0) == value }
    }

    /// A value in double quotes when plain YAML would misread it.
    static func quoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "." || ("0"..."9").contains($0)
        }
        guard !plain || text.isEmpty || text.hasPrefix("-") else { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escaped + "\""
    }

    /// The questions of `techniques:`, the same keys in both languages.
    static let techniques = (["techniques:"] + techniqueKeys.map { "  \($0): false" }).map { "# " + $0 }.joined(separator: "\n")

    private static let techniqueKeys = [
        "automated_decisions", "profiling", "matching_datasets", "systematic_monitoring", "new_technology", "cloud", "algorithms",
    ]

    static let optionalNL = """
        # De secties hieronder zijn nog uitgeschakeld: haal de # weg en vul in.

        # Technieken: true of false per vraag (de pre-scan leest ze).
        \(techniques)

        # Rollen: wie ziet wat. scope: own (eigen dossiers) of all; authentication: password, 2fa of sso.
        # roles:
        #   - { id: consulent, name: Consulent, party: organisation, purposes: [purpose], sees: { data: [contact-details], subjects: [subjects], scope: own }, authentication: 2fa }

        # Bewaartermijnen: hoe lang, vanaf wanneer, en hoe er verwijderd wordt (automated of manual).
        # retention:
        #   - { id: termijn, data: [contact-details], purpose: purpose, period: 2 years, starts: einde van de dienstverlening, deletion: automated }

        # Beveiliging: bijvoorbeeld encryption-in-transit, encryption-at-rest, 2fa, role-based-access, access-logging, backup.
        # security:
        #   measures: [encryption-in-transit, 2fa, role-based-access]

        # Transparantie: is er een privacyverklaring, en waarover informeert die?
        # transparency:
        #   privacy_statement: true
        #   url: https://www.example.nl/privacy

        # Rechten van betrokkenen: hoe een verzoek wordt afgehandeld.
        # rights:
        #   access: Verzoek via het privacyformulier; antwoord binnen een maand.

        # Risico's en maatregelen (likelihood en impact: low, medium, high; decision: mitigate, accept, avoid, transfer).
        # risks:
        #   - { id: verouderde-gegevens, description: Gegevens raken verouderd., likelihood: low, impact: low }
        # measures:
        #   - { id: m-jaarlijkse-controle, addresses: [verouderde-gegevens], decision: mitigate, type: organisational, description: Jaarlijkse controle., owner: Teamleider, due: 2026-12-31, status: planned }
        """

    static let optionalEN = """
        # The sections below are switched off: remove the # and fill them in.

        # Techniques: true or false for each question (the pre-scan reads them).
        \(techniques)

        # Roles: who sees what. scope: own (own cases) or all; authentication: password, 2fa or sso.
        # roles:
        #   - { id: case-worker, name: Case worker, party: organisation, purposes: [purpose], sees: { data: [contact-details], subjects: [subjects], scope: own }, authentication: 2fa }

        # Retention: how long, from when, and how data are deleted (automated or manual).
        # retention:
        #   - { id: period, data: [contact-details], purpose: purpose, period: 2 years, starts: end of the service, deletion: automated }

        # Security: for example encryption-in-transit, encryption-at-rest, 2fa, role-based-access, access-logging, backup.
        # security:
        #   measures: [encryption-in-transit, 2fa, role-based-access]

        # Transparency: is there a privacy statement, and what does it tell?
        # transparency:
        #   privacy_statement: true
        #   url: https://www.example.nl/privacy

        # Rights of data subjects: how a request is handled.
        # rights:
        #   access: Request via the privacy form; answered within one month.

        # Risks and measures (likelihood and impact: low, medium, high; decision: mitigate, accept, avoid, transfer).
        # risks:
        #   - { id: outdated-data, description: Data become outdated., likelihood: low, impact: low }
        # measures:
        #   - { id: m-yearly-check, addresses: [outdated-data], decision: mitigate, type: organisational, description: Yearly check., owner: Head of team, due: 2026-12-31, status: planned }
        """
}
