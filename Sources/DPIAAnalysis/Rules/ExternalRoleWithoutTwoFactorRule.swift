import DPIAModel

/// External users sign in without two-factor authentication (HW lists 2FA as an existing measure).
public struct ExternalRoleWithoutTwoFactorRule: Rule {
    public static let description = RuleDescription(
        id: "external_role_without_two_factor",
        title: LocalizedText(
            nl: "Externe gebruikers zonder tweefactorauthenticatie",
            en: "External users without two-factor authentication"),
        explanation: LocalizedText(
            nl: """
                Externe gebruikers (werkgevers, bemiddelaars, leveranciers) beheren hun wachtwoorden buiten \
                het zicht van de gemeente. Een uitgelekt wachtwoord geeft dan toegang tot profielen van \
                kwetsbare betrokkenen. De regel meldt een externe rol met `authentication: password` of \
                zonder `authentication`; `2fa` en `sso` volstaan.
                """,
            en: """
                External users (employers, intermediaries, suppliers) manage their passwords outside the \
                municipality's control; a leaked password gives access to profiles of vulnerable people. The \
                rule reports an external role with `authentication: password` or without `authentication`; \
                `2fa` and `sso` are fine.
                """),
        legalReference: "art. 32 AVG; BIO 9.4.2",
        likelihood: .medium, impact: .medium,
        suggestedMeasure: LocalizedText(
            nl: "Verplicht tweefactorauthenticatie (of SSO met 2FA) voor externe gebruikers.",
            en: "Require two-factor authentication (or SSO with 2FA) for external users."),
        triggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkgever
                    authentication: password
                """, at: ["roles/werkgever/authentication"])
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                roles+:
                  - id: werkgever
                    authentication: sso
                """)
        ])

    public init() {}

    public func validate(_ context: AnalysisContext) -> [Violation] {
        (context.activity.roles ?? []).compactMap { role -> Violation? in
            guard context.isExternal(role), role.authentication == nil || role.authentication == .password else { return nil }
            let how =
                role.authentication == nil
                ? LocalizedText(nl: "zonder vastgelegde inlogmethode", en: "without a recorded sign-in method")
                : LocalizedText(nl: "met alleen een wachtwoord", en: "with a password only")
            return Violation(
                "roles/\(role.id)/authentication",
                LocalizedText(
                    nl: "Externe rol \(context.label(role: role).nl) logt in \(how.nl); tweefactorauthenticatie ontbreekt.",
                    en: "External role \(context.label(role: role).en) signs in \(how.en); two-factor authentication is missing."))
        }
    }
}
