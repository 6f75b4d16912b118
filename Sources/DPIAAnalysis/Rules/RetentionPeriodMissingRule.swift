import DPIAModel

/// No retention period for a data category, or "as long as needed" without a criterion.
public struct RetentionPeriodMissingRule: Rule {
    public static let description = RuleDescription(
        id: "retention_period_missing",
        title: LocalizedText(nl: "Bewaartermijn ontbreekt of is open", en: "Retention period missing or open-ended"),
        explanation: LocalizedText(
            nl: """
                Persoonsgegevens mogen niet langer worden bewaard dan nodig (opslagbeperking). Per categorie \
                gegevens hoort een termijn, of bij 'zolang noodzakelijk' een toetsbaar criterium wanneer het \
                niet meer nodig is: de gebeurtenis die de noodzaak beëindigt (`ends_with`: einde van de \
                dienstverlening, een termijn na het laatste contact, uitschrijving, ...). De regel meldt elk \
                gegeven dat geen `retention`-regel noemt, elke regel met `period: as-long-as-needed` zonder \
                `ends_with` (met alleen een omschrijving in `criterion`: kans laag), en elke termijn die eindigt \
                met het contract met een leverancier (`ends_with: supplier-contract-ends`): dat zegt niets over \
                de noodzaak voor de betrokkene.
                """,
            en: """
                Personal data may not be kept longer than needed (storage limitation). Each data category \
                needs a period, or with 'as long as needed' a testable criterion for when it is no longer \
                needed: the event that ends the need (`ends_with`: end of the service, a period after the last \
                contact, deregistration, ...). The rule reports every data item that no `retention` rule \
                names, every rule with `period: as-long-as-needed` without `ends_with` (with only a \
                description in `criterion`: likelihood low), and every period that ends with a contract with a \
                supplier (`ends_with: supplier-contract-ends`): that says nothing about the person's need.
                """),
        legalReference: "art. 5 lid 1 onder e AVG; art. 30 lid 1 onder f AVG; Archiefwet 1995",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Leg per categorie een bewaartermijn vast met bron (wet, selectielijst of gemotiveerde keuze), of een criterium voor 'zolang noodzakelijk'.",
            en:
                "Record a retention period per category with its source (law, selection list or motivated choice), or a criterion for 'as long as needed'."
        ),
        triggeringExamples: [
            RuleExample(
                """
                retention:
                  - data: [naam, contactgegevens]
                    period: P10Y
                    source: VNG Selectielijst gemeenten 2020, categorie 12.1.1
                    deletion: automated
                """, at: ["data/werkervaring"]),
            RuleExample(
                """
                retention:
                  - data: [naam, contactgegevens, werkervaring]
                    period: as-long-as-needed
                    source: Gemotiveerde keuze
                    deletion: automated
                """, at: ["retention/contactgegevens+naam+werkervaring/period"]),
            // A filled-in criterion tied to the supplier's contract is no end of the person's need.
            RuleExample(
                """
                retention:
                  - data: [naam, contactgegevens, werkervaring]
                    period: as-long-as-needed
                    criterion: Zolang het contract met de leverancier loopt.
                    ends_with: supplier-contract-ends
                    source: Gemotiveerde keuze
                    deletion: automated
                """, at: ["retention/contactgegevens+naam+werkervaring/ends_with"]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                retention:
                  - data: [naam, contactgegevens, werkervaring]
                    period: as-long-as-needed
                    criterion: Tot de werkzoekende twee jaar aan het werk is of zich afmeldt.
                    ends_with: end-of-service
                    source: Gemotiveerde keuze
                    deletion: automated
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        var violations = context.activity.data.compactMap { item -> Violation? in
            guard !context.retainedData.contains(item.id) else { return nil }
            return Violation(
                "data/\(item.id)",
                LocalizedText(
                    nl: "Voor \(item.name) is geen bewaartermijn vastgelegd.",
                    en: "No retention period is recorded for \(item.name)."))
        }
        for rule in context.activity.retention ?? [] {
            if rule.endsWith == .supplierContractEnds {
                violations.append(
                    Violation(
                        "retention/\(rule.key)/ends_with",
                        LocalizedText(
                            nl:
                                "Bewaartermijn \(context.label(retention: rule).nl) eindigt met het contract met een leverancier; dat is geen gebeurtenis die de noodzaak voor de betrokkene beëindigt.",
                            en:
                                "Retention \(context.label(retention: rule).en) ends with a contract with a supplier; that is no event that ends the need for the person."
                        )))
            } else if rule.period == .asLongAsNeeded, rule.endsWith == nil {
                violations.append(
                    isBlank(rule.criterion)
                        ? Violation(
                            "retention/\(rule.key)/period",
                            LocalizedText(
                                nl:
                                    "Bewaartermijn \(context.label(retention: rule).nl) is 'zolang noodzakelijk' zonder criterium wanneer de gegevens niet meer nodig zijn.",
                                en:
                                    "Retention \(context.label(retention: rule).en) is 'as long as needed' without a criterion for when the data is no longer needed."
                            ))
                        : Violation(
                            "retention/\(rule.key)/criterion",
                            LocalizedText(
                                nl:
                                    "Bewaartermijn \(context.label(retention: rule).nl) is 'zolang noodzakelijk' met een omschrijving, maar noemt niet de gebeurtenis die de noodzaak beëindigt (`ends_with`).",
                                en:
                                    "Retention \(context.label(retention: rule).en) is 'as long as needed' with a description, but does not name the event that ends the need (`ends_with`)."
                            ),
                            likelihood: .low))
            }
        }
        return violations
    }
}
