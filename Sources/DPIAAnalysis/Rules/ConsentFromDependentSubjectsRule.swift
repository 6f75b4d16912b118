import DPIAModel

/// A public body relying on consent where the subject depends on it: consent is not free (ZTM LAW-05;
/// AP position). Consent asked as an extra safeguard on top of a statutory basis is fine.
public struct ConsentFromDependentSubjectsRule: Rule {
    public static let description = RuleDescription(
        id: "consent_from_dependent_subjects",
        title: LocalizedText(nl: "Toestemming van afhankelijke betrokkenen als grondslag",
                             en: "Consent of dependent data subjects as the legal basis"),
        explanation: LocalizedText(
            nl: """
            Toestemming moet vrij gegeven zijn. Wie afhankelijk is van de gemeente (bijvoorbeeld voor een \
            uitkering) kan niet vrij weigeren; de AP acht toestemming dan meestal geen geldige grondslag \
            (scriptie Zoetermeer, LAW-05). De regel meldt een doel van een overheidsorgaan met `basis: \
            consent` dat gegevens gebruikt van kwetsbare betrokkenen (`vulnerable: true`), tenzij de \
            toestemming alleen een extra waarborg is (`consent: { safeguard_only: true }`).
            """,
            en: """
            Consent must be freely given. People who depend on the municipality (for example for a \
            benefit) cannot freely refuse; the AP usually holds consent then not to be a valid basis \
            (Zoetermeer thesis, LAW-05). The rule reports a purpose of a public body with `basis: consent` \
            that uses data of vulnerable data subjects (`vulnerable: true`), unless consent is only an \
            extra safeguard (`consent: { safeguard_only: true }`).
            """),
        legalReference: "art. 4 onder 11 en art. 7 lid 4 AVG; overweging 43 AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Baseer het doel op de wettelijke taak; vraag toestemming hooguit als extra waarborg, en leg vast dat weigeren geen gevolgen heeft.",
            en: "Base the purpose on the statutory task; ask consent at most as an extra safeguard, and record that refusing has no consequences."),
        triggeringExamples: [RuleExample("""
            subjects:
              - id: werkzoekenden-a
                name: Werkzoekenden met een bijstandsuitkering
                of: [gemeente-a]
                vulnerable: true
              - id: werkzoekenden-b
                name: Werkzoekenden van gemeente B
                of: [gemeente-b]
            purposes:
              - id: matching
                description: Werkzoekenden begeleiden naar werk.
                basis: consent
                consent: { informed: true, specific: true, withdrawable: true, recorded: true }
                data: [naam, contactgegevens, werkervaring]
            """)],
        nonTriggeringExamples: [RuleExample("""
            subjects:
              - id: werkzoekenden-a
                name: Werkzoekenden met een bijstandsuitkering
                of: [gemeente-a]
                vulnerable: true
              - id: werkzoekenden-b
                name: Werkzoekenden van gemeente B
                of: [gemeente-b]
            purposes:
              - id: matching
                description: Werkzoekenden begeleiden naar werk.
                basis: consent
                consent: { informed: true, specific: true, withdrawable: true, recorded: true, safeguard_only: true }
                data: [naam, contactgegevens, werkervaring]
            """)])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        guard context.controllerIsPublic else { return [] }
        return context.activity.purposes.compactMap { purpose -> Violation? in
            guard purpose.basis == .consent, purpose.consent?.safeguardOnly != true else { return nil }
            var vulnerable: [String] = []
            for dataID in purpose.data {
                for subject in context.data[dataID]?.subjects ?? [] where context.subjects[subject]?.vulnerable == true {
                    let name = context.name(ofSubject: subject)
                    if !vulnerable.contains(name) { vulnerable.append(name) }
                }
            }
            guard !vulnerable.isEmpty else { return nil }
            return Violation("purposes/\(purpose.id)/basis", LocalizedText(
                nl: "Doel '\(purpose.id)' steunt op toestemming van \(vulnerable.joinedList(.nl)), die afhankelijk zijn van \(context.name(ofParty: context.activity.controller)): die toestemming is niet vrij.",
                en: "Purpose '\(purpose.id)' rests on consent of \(vulnerable.joinedList(.en)), who depend on \(context.name(ofParty: context.activity.controller)): that consent is not free."))
        }
    }
}
