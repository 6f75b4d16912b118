import DPIAModel

/// A public body relying on consent where the subject depends on it: consent is not free (ZTM LAW-05;
/// AP position). Consent asked as an extra safeguard on top of a statutory basis is fine.
public struct ConsentFromDependentSubjectsRule: Rule {
    public static let description = RuleDescription(
        id: "consent_from_dependent_subjects",
        title: LocalizedText(
            nl: "Toestemming van afhankelijke betrokkenen als grondslag",
            en: "Consent of dependent data subjects as the legal basis"),
        explanation: LocalizedText(
            nl: """
                Toestemming moet vrij gegeven zijn. Wie afhankelijk is van de gemeente (bijvoorbeeld voor een \
                uitkering) kan niet vrij weigeren; de AP acht toestemming dan meestal geen geldige grondslag \
                (scriptie Zoetermeer, LAW-05). De regel meldt een doel met `basis: consent` waarbij wie de \
                toestemming vraagt ook beslist over de uitkering of diensten van de betrokkene \
                (`asker_decides_on_services: true`) of weigeren gevolgen heeft (`refusal_has_consequences: \
                true`); zijn die feiten niet vastgelegd, dan een doel van een overheidsorgaan dat gegevens \
                van kwetsbare betrokkenen gebruikt. Niet als de toestemming alleen een extra waarborg is \
                (`safeguard_only: true`), of als beide feiten `false` zijn.
                """,
            en: """
                Consent must be freely given. People who depend on the municipality (for example for a \
                benefit) cannot freely refuse; the AP usually holds consent then not to be a valid basis \
                (Zoetermeer thesis, LAW-05). The rule reports a purpose with `basis: consent` where the one who \
                asks also decides on the person's benefit or services (`asker_decides_on_services: true`) or \
                refusing has consequences (`refusal_has_consequences: true`); when those facts are not \
                recorded, a purpose of a public body that uses data of vulnerable data subjects. Not when \
                consent is only an extra safeguard (`safeguard_only: true`), or when both facts are `false`.
                """),
        legalReference: "art. 4 onder 11 en art. 7 lid 4 AVG; overweging 43 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl:
                "Baseer het doel op de wettelijke taak; vraag toestemming hooguit als extra waarborg, en leg vast dat weigeren geen gevolgen heeft.",
            en:
                "Base the purpose on the statutory task; ask consent at most as an extra safeguard, and record that refusing has no consequences."
        ),
        triggeringExamples: [
            // Not vulnerable on paper, but the one asking decides on the person's services.
            RuleExample(Self.consent(", asker_decides_on_services: true"), removing: Self.law, at: ["purposes/matching/basis"]),
            RuleExample(Self.vulnerable + Self.consent(""), removing: Self.law, at: ["purposes/matching/basis"]),
        ],
        nonTriggeringExamples: [
            RuleExample(Self.vulnerable + Self.consent(", safeguard_only: true"), removing: Self.law)
        ])

    /// The base spec's purpose on consent (with `conditions` added to its conditions) instead of a public task.
    private static func consent(_ conditions: String) -> String {
        """
        purposes+:
          - id: matching
            basis: consent
            consent: { informed: true, specific: true, withdrawable: true, recorded: true\(conditions) }
        """
    }

    /// The task article of the base spec's purpose, which a purpose on consent does not have.
    private static let law = ["purposes/matching/law"]

    /// The base spec's job seekers, now vulnerable.
    private static let vulnerable = """
        subjects+:
          - id: werkzoekenden-a
            name: Werkzoekenden met een bijstandsuitkering
            vulnerable: true

        """

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        context.activity.purposes.compactMap { purpose -> Violation? in
            guard purpose.basis == .consent, purpose.consent?.safeguardOnly != true,
                context.consentInDependency(purpose)
            else { return nil }
            let controller = context.name(ofParty: context.activity.controller)
            let vulnerable = context.vulnerableSubjects(of: purpose)
            let who = vulnerable.isEmpty ? LocalizedText(nl: "de betrokkenen", en: "the data subjects") : vulnerable.localizedList
            var why: [LocalizedText] = []
            if purpose.consent?.askerDecidesOnServices == true {
                why.append(
                    LocalizedText(
                        nl: "\(controller) vraagt de toestemming en beslist ook over hun uitkering of diensten",
                        en: "\(controller) asks the consent and also decides on their benefit or services"))
            }
            if purpose.consent?.refusalHasConsequences == true {
                why.append(LocalizedText(nl: "weigeren heeft gevolgen voor hen", en: "refusing has consequences for them"))
            }
            if why.isEmpty {
                why.append(LocalizedText(nl: "zij zijn afhankelijk van \(controller)", en: "they depend on \(controller)"))
            }
            return Violation(
                "purposes/\(purpose.id)/basis",
                LocalizedText(
                    nl:
                        "Doel \(context.label(purpose: purpose).nl) steunt op toestemming van \(who.nl), maar \(why.map(\.nl).joinedList(.nl)): die toestemming is niet vrij.",
                    en:
                        "Purpose \(context.label(purpose: purpose).en) rests on consent of \(who.en), but \(why.map(\.en).joinedList(.en)): that consent is not free."
                ))
        }
    }
}
