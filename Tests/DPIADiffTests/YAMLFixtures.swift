/// Spec texts for the diff tests that go through the loader: one base and variants of it.
enum YAMLFixtures {
    static let base = """
        spec: dpia/v1
        id: matching-regio
        title: Matching in de regio
        version: "0.3"
        language: nl
        controller: gemeente-a
        parties:
          - id: gemeente-a
            name: Gemeente A
            type: municipality
            role: controller
          - id: gemeente-b
            name: Gemeente B
            type: municipality
            role: recipient
          - id: werkgevers
            name: Werkgevers
            type: employer
            role: recipient
            affiliated: [gemeente-a]
        subjects:
          - id: klanten-a
            name: Klanten van A
            of: [gemeente-a]
            vulnerable: true
          - id: klanten-b
            name: Klanten van B
            of: [gemeente-b]
        data:
          - id: contact
            name: Contactgegevens
            kind: contact
            subjects: [klanten-a, klanten-b]
          - id: belastbaarheid
            name: Belastbaarheid
            kind: profile
            subjects: [klanten-a, klanten-b]
        purposes:
          - id: matching
            basis: public-task
            law: [Participatiewet art. 7, Wet SUWI art. 30a]
            data: [contact, belastbaarheid]
            necessity: |
              Zonder profiel
              geen match.
        roles:
          - id: werkgever
            party: werkgevers
            sees:
              data: [contact, belastbaarheid]
              subjects: [klanten-a, klanten-b]
              scope: all
            authentication: 2fa
        retention:
          - data: [contact, belastbaarheid]
            period: P10Y
            source: Selectielijst 12.1.1
            deletion: manual
        security:
          measures: [2fa, encryption-in-transit]
        measures:
          - id: m-bewaren
            addresses: [retention_deletion_not_automated]
            decision: mitigate
            owner: Projectleider
            due: 2025-06-30
            status: planned

        """

    /// The base with comments, blank lines, other indentation, flow and block style swapped and keys
    /// in another order: the same model.
    static let reformatted = """
        # Matching in de regio: opnieuw opgemaakt
        spec: dpia/v1
        id: matching-regio   # het id blijft
        version: '0.3'
        title: "Matching in de regio"
        controller: gemeente-a
        language: nl

        parties:
            -   id: gemeente-a
                type: municipality
                name: Gemeente A
                role: controller
            # tweede gemeente
            -   {id: gemeente-b, name: Gemeente B, type: municipality, role: recipient}
            -   id: werkgevers
                name: Werkgevers
                type: employer
                role: recipient
                affiliated:
                  - gemeente-a
        subjects:
          - {id: klanten-a, name: Klanten van A, of: [gemeente-a], vulnerable: true}
          - id: klanten-b
            of: [gemeente-b]
            name: Klanten van B
        data:
          - id: contact
            name: Contactgegevens
            kind: contact
            subjects:
              - klanten-a
              - klanten-b
          - id: belastbaarheid
            kind: profile
            name: Belastbaarheid
            subjects: [klanten-a, klanten-b]
        purposes:
          - id: matching
            basis: public-task
            law:
              - Participatiewet art. 7
              - Wet SUWI art. 30a
            data: [contact, belastbaarheid]
            necessity: Zonder profiel geen match.
        roles:
          - id: werkgever
            party: werkgevers
            authentication: 2fa
            sees: {data: [contact, belastbaarheid], subjects: [klanten-a, klanten-b], scope: all}
        retention:
          - data: [contact, belastbaarheid]
            period: P10Y
            source: Selectielijst 12.1.1
            deletion: manual
        security:
          measures:
            - 2fa
            - encryption-in-transit
        measures:
          - id: m-bewaren
            addresses: [retention_deletion_not_automated]
            decision: mitigate
            owner: Projectleider
            due: 2025-06-30
            status: planned

        """

    /// The base with every list of entries and every list of values in another order.
    static var reordered: String {
        var text = base
        func swap(_ first: String, _ second: String) {
            guard let one = text.range(of: first), let two = text.range(of: second) else {
                preconditionFailure("fixture text not found")
            }
            precondition(one.upperBound <= two.lowerBound)
            text.replaceSubrange(two, with: first)
            text.replaceSubrange(one, with: second)
        }
        swap(
            """
              - id: gemeente-a
                name: Gemeente A
                type: municipality
                role: controller

            """,
            """
              - id: werkgevers
                name: Werkgevers
                type: employer
                role: recipient
                affiliated: [gemeente-a]

            """)
        swap(
            """
              - id: contact
                name: Contactgegevens
                kind: contact
                subjects: [klanten-a, klanten-b]

            """,
            """
              - id: belastbaarheid
                name: Belastbaarheid
                kind: profile
                subjects: [klanten-a, klanten-b]

            """)
        text = text.replacingOccurrences(
            of: "law: [Participatiewet art. 7, Wet SUWI art. 30a]",
            with: "law: [Wet SUWI art. 30a, Participatiewet art. 7]")
        text = text.replacingOccurrences(of: "data: [contact, belastbaarheid]", with: "data: [belastbaarheid, contact]")
        text = text.replacingOccurrences(of: "subjects: [klanten-a, klanten-b]", with: "subjects: [klanten-b, klanten-a]")
        text = text.replacingOccurrences(
            of: "measures: [2fa, encryption-in-transit]",
            with: "measures: [encryption-in-transit, 2fa]")
        return text
    }

    /// The base with `old` replaced by `new` (which must occur).
    static func base(replacing old: String, with new: String) -> String {
        precondition(base.contains(old), "fixture text not found: \(old)")
        return base.replacingOccurrences(of: old, with: new)
    }
}
