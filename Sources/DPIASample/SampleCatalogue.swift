import DPIAModel

/// The building blocks of synthetic registers: Dutch municipalities, the processes of their
/// social domain and the data categories, parties, roles and purposes those processes have.
///
/// The shapes follow the example registers (HalloWerk, the VUM pilots, Zoetermeer); the names
/// are realistic but the combinations are made up.
enum SampleCatalogue {
    /// A municipality whose register the sample spreads activities over (`DIR/<slug>/`).
    struct Organisation: Sendable {
        var slug: String
        var name: String
        var region: String

        /// The place name without "Gemeente", for example "Den Haag".
        var city: String { String(name.dropFirst("Gemeente ".count)) }
    }

    /// A kind of processing activity of a municipality.
    struct Process: Sendable {
        var slug: String
        var title: String
        var domain: String
        var law: [String]
        var clients: String
        var minors: Bool
        /// Special-category or criminal data this process typically needs, by data template id.
        var special: [String]
        var specialBasis: String
    }

    /// A data category that processes draw from.
    struct DataTemplate: Sendable {
        var id: String
        var name: String
        var kind: DataKind
        var fields: [String]
        var source: DataSource
    }

    static let organisations: [Organisation] = [
        Organisation(slug: "utrecht", name: "Gemeente Utrecht", region: "Midden-Utrecht"),
        Organisation(slug: "rotterdam", name: "Gemeente Rotterdam", region: "Rijnmond"),
        Organisation(slug: "den-haag", name: "Gemeente Den Haag", region: "Haaglanden"),
        Organisation(slug: "amsterdam", name: "Gemeente Amsterdam", region: "Groot-Amsterdam"),
        Organisation(slug: "zoetermeer", name: "Gemeente Zoetermeer", region: "Haaglanden"),
        Organisation(slug: "eindhoven", name: "Gemeente Eindhoven", region: "Zuidoost-Brabant"),
        Organisation(slug: "groningen", name: "Gemeente Groningen", region: "Groningen"),
        Organisation(slug: "tilburg", name: "Gemeente Tilburg", region: "Midden-Brabant"),
        Organisation(slug: "almere", name: "Gemeente Almere", region: "Flevoland"),
        Organisation(slug: "breda", name: "Gemeente Breda", region: "West-Brabant"),
        Organisation(slug: "nijmegen", name: "Gemeente Nijmegen", region: "Rijk van Nijmegen"),
        Organisation(slug: "zwolle", name: "Gemeente Zwolle", region: "Regio Zwolle"),
    ]

    static let processes: [Process] = [
        Process(
            slug: "re-integratie", title: "Re-integratie en begeleiding naar werk", domain: "participatie",
            law: ["Participatiewet art. 7 lid 1"], clients: "Werkzoekenden met een bijstandsuitkering",
            minors: false, special: ["belastbaarheid", "medisch-advies"],
            specialBasis: "UAVG art. 30 lid 1 onder b"),
        Process(
            slug: "matching", title: "Matchingsplatform voor werkzoekenden en werkgevers", domain: "werk",
            law: ["Participatiewet art. 7 lid 1", "Wet SUWI art. 30a"],
            clients: "Kandidaten (werkzoekenden)", minors: false, special: ["belastbaarheid"],
            specialBasis: "UAVG art. 30 lid 1 onder b"),
        Process(
            slug: "wmo-maatwerk", title: "Maatwerkvoorzieningen Wmo", domain: "wmo",
            law: ["Wet maatschappelijke ondersteuning 2015 art. 2.3.2"],
            clients: "Inwoners met een ondersteuningsvraag", minors: false,
            special: ["medisch-advies", "beperkingen", "zorggebruik"],
            specialBasis: "UAVG art. 30 lid 3 onder a"),
        Process(
            slug: "jeugdhulp", title: "Toegang tot jeugdhulp", domain: "jeugd", law: ["Jeugdwet art. 2.3 lid 1"],
            clients: "Jeugdigen en hun ouders", minors: true, special: ["zorggebruik", "beperkingen"],
            specialBasis: "UAVG art. 30 lid 3 onder a"),
        Process(
            slug: "schuldhulp", title: "Schuldhulpverlening", domain: "schuldhulp",
            law: ["Wet gemeentelijke schuldhulpverlening art. 3"],
            clients: "Inwoners met problematische schulden", minors: false, special: ["verslaving"],
            specialBasis: "UAVG art. 30 lid 1 onder b"),
        Process(
            slug: "inburgering", title: "Inburgering en taaltrajecten", domain: "inburgering",
            law: ["Wet inburgering 2021 art. 6"], clients: "Inburgeringsplichtigen", minors: false,
            special: ["migratieachtergrond", "levensovertuiging"], specialBasis: "UAVG art. 25 onder a"),
        Process(
            slug: "leerplicht", title: "Leerplicht en voortijdig schoolverlaten", domain: "onderwijs",
            law: ["Leerplichtwet 1969 art. 16"], clients: "Leerplichtige jongeren", minors: true,
            special: ["medisch-advies"], specialBasis: "UAVG art. 30 lid 3 onder a"),
        Process(
            slug: "bijzondere-bijstand", title: "Bijzondere bijstand en minimaregelingen", domain: "participatie",
            law: ["Participatiewet art. 35"], clients: "Inwoners met een laag inkomen", minors: false,
            special: ["zorggebruik"], specialBasis: "UAVG art. 30 lid 1 onder b"),
        Process(
            slug: "handhaving", title: "Handhaving en fraudeonderzoek sociale zekerheid", domain: "participatie",
            law: ["Participatiewet art. 53a"], clients: "Uitkeringsgerechtigden", minors: false,
            special: ["justitiele-gegevens"], specialBasis: "UAVG art. 33 lid 2 onder b"),
        Process(
            slug: "beschermd-wonen", title: "Beschermd wonen en maatschappelijke opvang", domain: "zorg",
            law: ["Wet maatschappelijke ondersteuning 2015 art. 2.3.5"],
            clients: "Dak- en thuislozen en cliënten beschermd wonen", minors: false,
            special: ["medisch-advies", "verslaving", "justitiele-gegevens"],
            specialBasis: "UAVG art. 30 lid 3 onder a"),
    ]

    /// Ordinary and sensitive data categories; every activity draws most of its data from these.
    static let ordinaryData: [DataTemplate] = [
        DataTemplate(
            id: "klantnummer", name: "Klantnummer", kind: .identification,
            fields: ["Klantnummer", "Dossiernummer"], source: .sourceSystem),
        DataTemplate(
            id: "naw-gegevens", name: "Naam en adres", kind: .identification,
            fields: ["Voornaam", "Achternaam", "Straat en huisnummer", "Postcode", "Woonplaats"],
            source: .sourceSystem),
        DataTemplate(
            id: "geboortedatum", name: "Geboortedatum en leeftijd", kind: .demographic,
            fields: ["Geboortedatum"], source: .sourceSystem),
        DataTemplate(id: "geslacht", name: "Geslacht", kind: .demographic, fields: ["Geslacht"], source: .sourceSystem),
        DataTemplate(
            id: "nationaliteit", name: "Nationaliteit", kind: .demographic,
            fields: ["Nationaliteit", "Verblijfstitel"], source: .sourceSystem),
        DataTemplate(
            id: "huishouden", name: "Samenstelling van het huishouden", kind: .demographic,
            fields: ["Partner", "Kinderen", "Inwonenden"], source: .sourceSystem),
        DataTemplate(
            id: "contactgegevens", name: "E-mailadres en telefoonnummer", kind: .contact,
            fields: ["E-mailadres", "Telefoonnummer"], source: .dataSubject),
        DataTemplate(
            id: "noodcontact", name: "Contactpersoon in noodgevallen", kind: .contact,
            fields: ["Naam", "Relatie", "Telefoonnummer"], source: .dataSubject),
        DataTemplate(
            id: "contact-medewerker", name: "Contactgegevens behandelend medewerker", kind: .contact,
            fields: ["Naam", "Functie", "Telefoonnummer"], source: .municipalityStaff),
        DataTemplate(
            id: "werkervaring", name: "Werkervaring", kind: .work,
            fields: ["Functie", "Sector", "Duur"], source: .dataSubject),
        DataTemplate(
            id: "beroepswensen", name: "Beroepswensen en zoekrichting", kind: .work,
            fields: ["Gewenste beroepen", "Gewenste regio"], source: .dataSubject),
        DataTemplate(
            id: "beschikbaarheid", name: "Beschikbaarheid", kind: .work,
            fields: ["Uren per week", "Startdatum"], source: .dataSubject),
        DataTemplate(
            id: "rijbewijs", name: "Rijbewijs en vervoer", kind: .work,
            fields: ["Rijbewijscategorieën", "Eigen vervoer"], source: .dataSubject),
        DataTemplate(
            id: "vacaturereacties", name: "Reacties op vacatures", kind: .work,
            fields: ["Vacature", "Datum", "Uitkomst"], source: .dataSubject),
        DataTemplate(
            id: "opleidingen", name: "Opleidingen en diploma's", kind: .education,
            fields: ["Opleidingsniveau", "Diploma's", "Certificaten"], source: .dataSubject),
        DataTemplate(
            id: "taalniveau", name: "Taalniveau Nederlands", kind: .education,
            fields: ["Niveau lezen", "Niveau spreken"], source: .municipalityStaff),
        DataTemplate(
            id: "inkomen", name: "Inkomen", kind: .financial,
            fields: ["Netto inkomen", "Inkomstenbron"], source: .dataSubject),
        DataTemplate(
            id: "uitkering", name: "Uitkeringsgegevens", kind: .financial,
            fields: ["Soort uitkering", "Ingangsdatum", "Hoogte"], source: .sourceSystem),
        DataTemplate(
            id: "schulden", name: "Schulden en schuldeisers", kind: .financial,
            fields: ["Schuldeiser", "Bedrag", "Betalingsregeling"], source: .dataSubject),
        DataTemplate(
            id: "bankrekening", name: "Bankrekeningnummer", kind: .financial,
            fields: ["IBAN", "Tenaamstelling"], source: .dataSubject),
        DataTemplate(
            id: "vermogen", name: "Vermogen en bezittingen", kind: .financial,
            fields: ["Spaartegoed", "Auto", "Eigen woning"], source: .dataSubject),
        DataTemplate(
            id: "woonlasten", name: "Huur en woonlasten", kind: .financial,
            fields: ["Huur", "Energie", "Verzekeringen"], source: .dataSubject),
        DataTemplate(
            id: "competenties", name: "Competenties en vaardigheden", kind: .profile,
            fields: ["Vaardigheden", "Sterke punten"], source: .municipalityStaff),
        DataTemplate(
            id: "interesses", name: "Interesses en hobby's", kind: .profile,
            fields: ["Interesses"], source: .dataSubject),
        DataTemplate(
            id: "inloggegevens", name: "Accountgegevens", kind: .usage,
            fields: ["Gebruikersnaam", "Laatste login"], source: .sourceSystem),
        DataTemplate(
            id: "gebruikslog", name: "Logging van gebruik", kind: .usage,
            fields: ["Wie heeft wat bekeken", "Tijdstip", "IP-adres"], source: .sourceSystem),
        DataTemplate(
            id: "zoekopdrachten", name: "Zoekopdrachten van gebruikers", kind: .usage,
            fields: ["Zoekterm", "Filters"], source: .sourceSystem),
        DataTemplate(
            id: "berichten", name: "Berichten tussen cliënt en medewerker", kind: .communication,
            fields: ["Onderwerp", "Bericht", "Bijlagen"], source: .dataSubject),
        DataTemplate(
            id: "gespreksverslagen", name: "Gespreksverslagen", kind: .communication,
            fields: ["Datum", "Verslag", "Afspraken"], source: .municipalityStaff),
        DataTemplate(
            id: "adreshistorie", name: "Adreshistorie", kind: .location,
            fields: ["Vorige adressen", "Datum verhuizing"], source: .sourceSystem),
        DataTemplate(id: "pasfoto", name: "Pasfoto", kind: .media, fields: ["Foto"], source: .dataSubject),
        DataTemplate(
            id: "taaltoets", name: "Uitslag taaltoets", kind: .assessment,
            fields: ["Toets", "Score", "Datum"], source: .thirdParty),
        DataTemplate(
            id: "assessment", name: "Uitslag assessment arbeidsvermogen", kind: .assessment,
            fields: ["Onderdeel", "Uitslag"], source: .thirdParty),
        DataTemplate(
            id: "notities", name: "Vrije notities van de medewerker", kind: .freeText,
            fields: ["Notitie"], source: .municipalityStaff),
        DataTemplate(
            id: "cv-document", name: "Cv en geüploade documenten", kind: .freeText,
            fields: ["Cv", "Motivatiebrief", "Overige uploads"], source: .dataSubject),
        DataTemplate(
            id: "besluiten", name: "Besluiten en beschikkingen", kind: .identification,
            fields: ["Besluit", "Datum", "Bezwaartermijn"], source: .municipalityStaff),
        DataTemplate(
            id: "afspraken", name: "Afspraken en agenda", kind: .work,
            fields: ["Datum", "Locatie", "Aanwezigheid"], source: .municipalityStaff),
        DataTemplate(
            id: "trajectplan", name: "Trajectplan", kind: .work,
            fields: ["Doelen", "Activiteiten", "Voortgang"], source: .municipalityStaff),
        DataTemplate(
            id: "verklaring-geen-bezwaar", name: "Schriftelijke verklaring van geen bezwaar",
            kind: .identification, fields: ["Datum", "Voor welke ontvanger", "Ondertekening"],
            source: .dataSubject),
        DataTemplate(
            id: "klanttevredenheid", name: "Antwoorden op het klanttevredenheidsonderzoek",
            kind: .profile, fields: ["Cijfer", "Toelichting"], source: .dataSubject),
        DataTemplate(
            id: "werkgeversgegevens", name: "Gegevens van werkgevers", kind: .contact,
            fields: ["Bedrijfsnaam", "KvK-nummer", "Contactpersoon"], source: .thirdParty),
        DataTemplate(id: "bsn", name: "Burgerservicenummer", kind: .nationalID, fields: ["BSN"], source: .sourceSystem),
    ]

    /// Special-category and criminal data, used by activities that need them.
    static let specialData: [DataTemplate] = [
        DataTemplate(
            id: "belastbaarheid", name: "Fysieke en psychische belastbaarheid", kind: .health,
            fields: ["Tillen", "Staan", "Concentratie"], source: .dataSubject),
        DataTemplate(
            id: "medisch-advies", name: "Medisch advies", kind: .health,
            fields: ["Advies arts", "Datum"], source: .thirdParty),
        DataTemplate(
            id: "beperkingen", name: "Beperkingen en diagnoses", kind: .health,
            fields: ["Beperking", "Diagnose"], source: .thirdParty),
        DataTemplate(
            id: "zorggebruik", name: "Zorggebruik", kind: .health,
            fields: ["Zorgaanbieder", "Soort zorg"], source: .thirdParty),
        DataTemplate(
            id: "verslaving", name: "Verslavingsproblematiek", kind: .health,
            fields: ["Middel", "Behandeling"], source: .municipalityStaff),
        DataTemplate(
            id: "migratieachtergrond", name: "Migratieachtergrond", kind: .ethnicity,
            fields: ["Land van herkomst"], source: .sourceSystem),
        DataTemplate(
            id: "levensovertuiging", name: "Levensovertuiging", kind: .religion,
            fields: ["Geloof (alleen op verzoek van de betrokkene)"], source: .dataSubject),
        DataTemplate(
            id: "justitiele-gegevens", name: "Justitiële gegevens", kind: .criminal,
            fields: ["Veroordelingen", "Lopende zaken"], source: .thirdParty),
    ]

    /// Suppliers that host or build applications for municipalities.
    static let suppliers: [(slug: String, name: String)] = [
        ("centric", "Centric (zaaksysteem sociaal domein)"), ("pinkroccade", "PinkRoccade Local Government"),
        ("matchcare", "Matchcare"), ("jobport", "Jobport"), ("topicus", "Topicus (cliëntvolgsysteem)"),
        ("enable-u", "Enable-U (Inforing)"), ("visma", "Visma Connect"), ("sdbgroep", "SDB Groep"),
    ]

    /// Cloud hosting used as sub-processor; the flag marks hosting outside the EEA.
    static let hosting: [(slug: String, name: String, country: String)] = [
        ("microsoft-azure", "Microsoft Azure (hosting)", "NL"), ("amazon-aws", "Amazon Web Services (hosting)", "IE"),
        ("previder", "Previder (datacentrum)", "NL"), ("google-cloud", "Google Cloud (analyse-omgeving)", "US"),
    ]

    static let staffRoles: [(id: String, name: String)] = [
        ("klantmanager", "Klantmanager"), ("consulent", "Consulent"), ("teamleider", "Teamleider"),
        ("functioneel-beheerder", "Functioneel beheerder"), ("backoffice", "Medewerker backoffice"),
        ("kwaliteitsmedewerker", "Kwaliteitsmedewerker"), ("frontoffice", "Medewerker frontoffice (KCC)"),
        ("beleidsmedewerker", "Beleidsmedewerker"), ("jurist", "Jurist bezwaar en beroep"),
    ]

    static let owners = [
        "Afdelingshoofd Werk en Inkomen (proceseigenaar)", "Manager sociaal domein (proceseigenaar)",
        "Teamleider Wmo (proceseigenaar)", "Hoofd Publiekszaken (proceseigenaar)",
        "Programmamanager Participatie (proceseigenaar)",
    ]

    static let periods: [(period: String, starts: String, source: String)] = [
        ("P10Y", "einde dienstverlening", "VNG Selectielijst gemeenten 2020, categorie 12.1.1"),
        ("P7Y", "einde van het boekjaar", "Fiscale bewaarplicht, art. 52 AWR"),
        ("P5Y", "afsluiten van het dossier", "VNG Selectielijst gemeenten 2020, categorie 12.2.3"),
        ("P2Y", "laatste contact", "Gemotiveerde keuze proceseigenaar"),
        ("P6M", "einde van het traject", "Gemotiveerde keuze proceseigenaar"),
        ("P15Y", "meerderjarigheid van de jeugdige", "Jeugdwet art. 7.3.8"),
    ]

    static let sentences = [
        "De gemeente voert deze taak uit voor inwoners die ondersteuning nodig hebben.",
        "Medewerkers leggen de gegevens vast in het zaaksysteem van de afdeling.",
        "Een deel van de gegevens komt uit de Basisregistratie Personen en uit Suwinet.",
        "De betrokkene vult een deel van de gegevens zelf in via het digitale loket.",
        "Gegevens worden alleen gedeeld als dat voor de uitvoering van de taak nodig is.",
        "Het proces is in 2024 herzien na de evaluatie van de vorige DPIA.",
        "Externe partijen werken alleen met de gegevens die zij voor hun opdracht nodig hebben.",
        "De applicatie draait bij een leverancier die de BIO volgt.",
    ]
}
