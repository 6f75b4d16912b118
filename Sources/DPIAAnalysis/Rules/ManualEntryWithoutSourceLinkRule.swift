import DPIAModel

/// Data entered by hand without a link to the source system: accuracy and timeliness risk; the same
/// questions asked twice (HW: "eenmalige uitvraag onvoldoende", data quality).
public struct ManualEntryWithoutSourceLinkRule: Rule {
    public static let description = RuleDescription(
        id: "manual_entry_without_source_link",
        title: LocalizedText(
            nl: "Handmatige invoer zonder koppeling met de bron",
            en: "Manual entry without a link to the source system"),
        explanation: LocalizedText(
            nl: """
                Gegevens die met de hand opnieuw worden ingevoerd, raken verouderd of fout en betrokkenen \
                krijgen dezelfde vragen twee keer. Wijzigingen in de bron komen niet vanzelf mee. De regel \
                meldt `source_system_link: false`; als het niet is vastgelegd en medewerkers gegevens invoeren \
                (`source: municipality-staff`), met kans laag.
                """,
            en: """
                Data re-entered by hand gets outdated or wrong, and data subjects are asked the same questions \
                twice. Changes in the source do not follow. The rule reports `source_system_link: false`; \
                when it is not recorded and staff enter data (`source: municipality-staff`), with low \
                likelihood.
                """),
        legalReference: "art. 5 lid 1 onder d AVG (juistheid); art. 5 lid 1 onder c AVG",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Koppel met het bronsysteem, stem de uitvraag bij de poort af en stel een beheerplan voor datakwaliteit op.",
            en: "Link with the source system, align the intake questions and set up a data-quality management plan."),
        triggeringExamples: [
            RuleExample(
                """
                governance:
                  change_process_includes_privacy_review: true
                  source_system_link: false
                """, at: ["governance/source_system_link"])
        ],
        nonTriggeringExamples: [RuleExample("")])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        let link = context.activity.governance?.sourceSystemLink
        guard link != true else { return [] }
        let manual = context.activity.data.filter { $0.source == .municipalityStaff }.map(\.name)
        if link == nil {
            guard !manual.isEmpty else { return [] }
            return [
                Violation(
                    "governance/source_system_link",
                    LocalizedText(
                        nl:
                            "Medewerkers voeren \(manual.joinedList(.nl)) in, maar niet vastgelegd is of de gegevens aan het bronsysteem gekoppeld zijn.",
                        en: "Staff enter \(manual.joinedList(.en)), but it is not recorded whether the data is linked to the source system."
                    ),
                    likelihood: .low)
            ]
        }
        return [
            Violation(
                "governance/source_system_link",
                LocalizedText(
                    nl:
                        "Gegevens worden met de hand (opnieuw) ingevoerd zonder koppeling met het bronsysteem: risico op onjuiste en verouderde gegevens en dubbele uitvraag.",
                    en:
                        "Data is (re-)entered by hand without a link to the source system: risk of wrong and outdated data and of asking twice."
                ))
        ]
    }
}
