/// The base spec of rule examples.
///
/// A ``RuleExample``'s fragment is laid over it by `SpecOverlay.compose` in DPIASpec (the one module
/// that reads YAML): `key:` replaces a section whole, `key+:` changes or adds entries of a list by
/// their `id`, and `removing` leaves a section, an entry or a field out (see ``RuleExample``).
public enum ExampleSpec {
    /// A small, complete spec that triggers no rule: every fragment of a rule example changes it.
    ///
    /// Gemeente A matches its own job seekers with employers it admitted. Gemeente B, a team of gemeente A
    /// in another domain, UWV and a private intermediary are named but receive nothing, so that fragments
    /// only need a role or a flow. Everything the analyser asks for is present.
    public static let base = """
        spec: dpia/v1
        id: voorbeeld
        title: Voorbeeld — matching van werkzoekenden
        language: nl
        controller: gemeente-a
        contacts:
          owner: Afdelingshoofd Werk
          dpo: Functionaris gegevensbescherming
        parties:
          - id: gemeente-a
            name: Gemeente A
            type: municipality
            role: controller
            domain: participatie
          - id: gemeente-b
            name: Gemeente B
            type: municipality
            role: recipient
            domain: participatie
          - id: werkgevers-a
            name: Werkgevers uitgenodigd door gemeente A
            type: employer
            role: recipient
            affiliated: [gemeente-a]
          - id: team-schuldhulp
            name: Team Schuldhulpverlening van gemeente A
            type: municipality
            role: recipient
            part_of: gemeente-a
            domain: schuldhulp
          - id: uwv
            name: UWV
            type: uwv
            role: recipient
          - id: bureau-x
            name: Uitzendbureau X
            type: private-intermediary
            role: recipient
          - id: leverancier
            name: Leverancier van het platform
            type: supplier
            role: processor
            processor_agreement: { status: signed, date: 2024-01-15, name: Verwerkersovereenkomst 2024 }
            location: NL
        subjects:
          - id: werkzoekenden-a
            name: Werkzoekenden van gemeente A
            of: [gemeente-a]
            vulnerable: false
            minors: false
            count: 500
          - id: werkzoekenden-b
            name: Werkzoekenden van gemeente B
            of: [gemeente-b]
            vulnerable: false
            minors: false
            count: 400
        data:
          - id: naam
            name: Naam
            kind: identification
            subjects: [werkzoekenden-a, werkzoekenden-b]
            source: source-system
          - id: contactgegevens
            name: E-mailadres en telefoonnummer
            kind: contact
            subjects: [werkzoekenden-a, werkzoekenden-b]
            source: source-system
          - id: werkervaring
            name: Werkervaring
            kind: work
            subjects: [werkzoekenden-a, werkzoekenden-b]
            source: data-subject
        purposes:
          - id: matching
            description: Werkzoekenden begeleiden naar werk door ze te matchen met vacatures.
            basis: public-task
            law: [Participatiewet art. 7 lid 1]
            data: [naam, contactgegevens, werkervaring]
        techniques:
          matching_datasets: false
        roles:
          - id: werkcoach
            party: gemeente-a
            purposes: [matching]
            sees: { data: [naam, contactgegevens, werkervaring], subjects: [werkzoekenden-a], scope: own }
            authentication: 2fa
          - id: werkgever
            party: werkgevers-a
            purposes: [matching]
            sees: { data: [werkervaring], subjects: [werkzoekenden-a], scope: own, pseudonymised: true }
            authentication: 2fa
        retention:
          - data: [naam, contactgegevens, werkervaring]
            period: P10Y
            starts: einde dienstverlening
            source: VNG Selectielijst gemeenten 2020, categorie 12.1.1
            deletion: automated
        locations:
          - party: leverancier
            country: NL
        security:
          measures: [encryption-in-transit, encryption-at-rest, 2fa, role-based-access, access-logging]
        transparency:
          privacy_statement: true
          separate_from_terms: true
          informs_about: [controller, purposes, legal-basis, recipients, visibility, retention, rights, usage-logging]
          subject_can_see: all
        rights:
          access: Via Mijn Gemeente.
          rectification: Via de werkcoach.
          erasure: Op verzoek binnen vier weken.
          restriction: Via een privacyverzoek.
          objection: Via een privacyverzoek.
          portability: Niet van toepassing (publieke taak).
        governance:
          change_process_includes_privacy_review: true
          source_system_link: true
        """
}
