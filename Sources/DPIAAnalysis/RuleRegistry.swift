/// The catalogue: every rule, in the order of the domain list (access and visibility, disclosure,
/// legal basis, special data, retention, transparency and rights, processors and security,
/// governance, the plan).
public enum RuleRegistry {
    public static let rules: [any Rule.Type] = [
        // Access and visibility
        ExternalRoleSeesOtherControllersSubjectsRule.self,
        StaffRoleSeesOtherMunicipalitiesSubjectsRule.self,
        RoleSeesMoreThanNeededRule.self,
        ExternalRoleSeesIdentifiableProfilesRule.self,
        ExternalRoleWithoutTwoFactorRule.self,
        // Disclosure between parties
        IdentifiableDisclosureWithoutSecrecyExceptionRule.self,
        CandidateProposalToPrivateIntermediaryRule.self,
        SuwiExchangeOutsideStatutoryTaskRule.self,
        RecipientCompetenceNotEstablishedRule.self,
        DisclosureWithoutDisclosersGroundRule.self,
        PseudonymisedProfileTraceableRule.self,
        PrivateSharingWithoutConsentOrContractRule.self,
        CrossDomainSharingWithoutSpecificBasisRule.self,
        // Legal basis
        PurposeWithoutLegalBasisRule.self,
        GroundNotAProvisionRule.self,
        PublicTaskWithoutStatutoryArticleRule.self,
        PublicBodyRelyingOnLegitimateInterestRule.self,
        ConsentFromDependentSubjectsRule.self,
        ConsentConditionsMissingRule.self,
        FurtherProcessingWithoutCompatibilityRule.self,
        // Special categories, criminal data, BSN, minors
        SpecialCategoryWithoutExceptionRule.self,
        FreeTextSpecialCategoriesRule.self,
        NationalIdWithoutLegalBasisRule.self,
        CriminalDataWithoutBasisRule.self,
        MinorsWithoutChildInterestsRule.self,
        // Retention
        RetentionPeriodMissingRule.self,
        RetentionDeletionNotAutomatedRule.self,
        RetentionWithoutSourceRule.self,
        // Transparency and rights
        PrivacyStatementMissingRule.self,
        TermsAndPrivacyStatementMixedRule.self,
        DataNotVisibleToSubjectRule.self,
        UsageLoggingNotDisclosedRule.self,
        RightWithoutProcedureRule.self,
        VisibilityNotInPrivacyStatementRule.self,
        // Processors, locations, security, governance
        ProcessorWithoutAgreementRule.self,
        TransferOutsideEEAWithoutMechanismRule.self,
        SecurityMeasureMissingRule.self,
        ChangeProcessWithoutPrivacyReviewRule.self,
        ManualEntryWithoutSourceLinkRule.self,
        // The plan (run after the measures are matched to findings)
        PriorConsultationRequiredRule.self,
        MeasureAddressesUnknownRule.self,
    ]

    /// Every rule id.
    public static let ids: Set<String> = Set(rules.map { $0.description.id })

    /// The rule with this id.
    public static func rule(id: String) -> (any Rule.Type)? {
        rules.first { $0.description.id == id }
    }
}
