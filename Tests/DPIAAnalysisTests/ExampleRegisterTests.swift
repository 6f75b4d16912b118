import DPIAAnalysis
import DPIAModel
import Testing

/// The analyser on the example registers of the repository.
@Suite struct ExampleRegisterTests {
    /// The risk table of the HalloWerk DPIA (part C&D), each with the rule that must find it and the
    /// measure of the spec that must be matched to it.
    static let hallowerkRiskTable: [(risk: String, rule: String, measure: String)] = [
        ("gevoelige gegevens via vrije tekst en uploads", "free_text_special_categories", "m-vrije-tekst"),
        (
            "accountmanagers WSP zien klanten van andere gemeenten", "staff_role_sees_other_municipalities_subjects",
            "m-toegang-accountmanagers"
        ),
        ("werkgevers zien klanten van andere gemeenten", "external_role_sees_other_controllers_subjects", "m-toegang-werkgevers"),
        ("voorwaarden en privacyverklaring vermengd", "terms_and_privacy_statement_mixed", "m-voorwaarden-en-privacyverklaring-scheiden"),
        ("toestemming voor nazorg niet vastgelegd", "consent_conditions_missing", "m-nazorg-toestemming"),
        ("BBL en doelgroepregistratie niet zichtbaar voor de kandidaat", "data_not_visible_to_subject", "m-bbl-doelgroep-zichtbaar"),
        ("gebruikslogging niet gemeld", "usage_logging_not_disclosed", "m-gebruikslogging-melden"),
        ("recht op vergeten ontbreekt in de voorwaarden", "right_without_procedure", "m-recht-op-vergeten"),
        ("bewaartermijn niet geautomatiseerd", "retention_deletion_not_automated", "m-bewaartermijnen-automatiseren"),
        ("handmatige invoer en datakwaliteit", "manual_entry_without_source_link", "m-koppeling-basissysteem"),
        ("wijzigingsproces zonder privacyrollen", "change_process_without_privacy_review", "m-wijzigingsproces-privacy"),
        (
            "privacyverklaring zegt niet welke partijen toegang hebben", "visibility_not_in_privacy_statement",
            "m-privacyverklaring-partijen"
        ),
    ]

    @Test func hallowerkFindsEveryRiskOfTheDPIAAndMatchesItsMeasures() throws {
        let assessment = try #require(Support.assess(register: "Registers/utrecht/hallowerk.yaml"))
        for entry in Self.hallowerkRiskTable {
            let findings = assessment.findings.filter { $0.ruleID == entry.rule }
            #expect(!findings.isEmpty, "HalloWerk: not found: \(entry.risk) (\(entry.rule))")
            for finding in findings {
                #expect(
                    finding.treatment?.measures.contains(entry.measure) == true,
                    "HalloWerk: \(finding.id) is not matched to \(entry.measure)")
            }
        }
        // Specific elements the DPIA names.
        let ids = Set(assessment.findings.map(\.id))
        #expect(ids.contains("data_not_visible_to_subject@data/bbl-traject/visible_to_subject"))
        #expect(ids.contains("data_not_visible_to_subject@data/doelgroepregistratie/visible_to_subject"))
        #expect(ids.contains("right_without_procedure@rights/erasure"))
        #expect(ids.contains("external_role_sees_other_controllers_subjects@roles/werkgever-utrecht"))
        #expect(ids.contains("staff_role_sees_other_municipalities_subjects@roles/accountmanager-wsp"))
        // The candidate sees only their own data; the coach only Utrecht's candidates.
        #expect(!assessment.findings.contains { $0.elementPath.hasPrefix("roles/kandidaat") || $0.elementPath.hasPrefix("roles/coach") })
        #expect(assessment.preScan.verdict == .mandatory)
        // Every finding points into the file.
        #expect(assessment.findings.allSatisfy { $0.location.file.hasSuffix("hallowerk.yaml") && $0.location.line > 1 })
    }

    @Test func vumIdentifiableProfilesToAPrivateIntermediaryAreFlagged() throws {
        let assessment = try #require(Support.assess(register: "Registers/vum/pilot-uitzendbureau.yaml"))
        let ids = Set(assessment.findings.map(\.id))
        #expect(ids.contains("identifiable_disclosure_without_secrecy_exception@flows/profielen-naar-uitzendbureau"))
        // Proposing candidates for the intermediary's vacancies: flagged whatever the consent.
        let proposals = assessment.findings.filter { $0.ruleID == "candidate_proposal_to_private_intermediary" }
        #expect(proposals.count == 1)
        #expect(proposals.first?.level == .high)
    }

    @Test func vumPseudonymisedTwoStageDesignIsNotFlagged() throws {
        let assessment = try #require(Support.assess(register: "Registers/vum/pilot-pseudoniem-matchen.yaml"))
        let disclosure: Set<String> = [
            "identifiable_disclosure_without_secrecy_exception", "candidate_proposal_to_private_intermediary",
            "pseudonymised_profile_traceable", "external_role_sees_identifiable_profiles",
            "external_role_sees_other_controllers_subjects",
        ]
        let flagged = assessment.findings.filter { disclosure.contains($0.ruleID) }
        #expect(flagged.isEmpty, "\(flagged.map(\.message.nl))")
        #expect(!assessment.findings.contains { $0.residualLevel == .high })
    }

    @Test func vumExchangeUnderSuwi62IsClean() throws {
        let assessment = try #require(Support.assess(register: "Registers/vum/uwv-gemeente-suwi62.yaml"))
        #expect(!assessment.findings.contains { $0.ruleID == "suwi_exchange_outside_statutory_task" })
    }

    @Test func cleanEnglishExampleHasNothingAboveLow() throws {
        let assessment = try #require(Support.assess(register: "Registers/examples/en-minimal.yaml"))
        let above = assessment.findings.filter { $0.residualLevel > .low || (!$0.isAddressed && $0.level > .low) }
        #expect(above.isEmpty, "\(above.map(\.message.en))")
        #expect(assessment.preScan.verdict == .notRequired)
    }
}
