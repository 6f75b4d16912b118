import DPIAAnalysis
import DPIAModel

extension ReportViewModel {
    /// §11 Rechtsgrond: the legal basis per purpose and where the law assigns the task.
    public struct LegalBases: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var purpose: String
            public var basis: String
            public var hasBasis: Bool
            public var article: String
            public var law: String
            public var hasLaw: Bool
            public var consent: String
            public var hasConsent: Bool
        }

        public var rows: [Row]

        init(_ context: BuildContext) {
            let labels = context.labels
            rows = context.activity.purposes.map { purpose in
                let (law, hasLaw) = context.list(purpose.law)
                var consentText = ""
                if let consent = purpose.consent {
                    let nl = context.language == .nl
                    let parts: [(String, Bool?)] = [
                        (nl ? "geïnformeerd" : "informed", consent.informed),
                        (nl ? "specifiek" : "specific", consent.specific),
                        (nl ? "intrekbaar" : "withdrawable", consent.withdrawable),
                        (nl ? "vastgelegd" : "recorded", consent.recorded),
                    ]
                    consentText = parts.map { "\($0.0): \(context.yesNo($0.1).lowercased())" }.joined(separator: ", ")
                    if consent.safeguardOnly == true {
                        consentText =
                            (nl
                                ? "Als extra waarborg naast de wettelijke grondslag; "
                                : "As an extra safeguard beside the statutory basis; ") + consentText
                    }
                }
                return Row(
                    purpose: ActivityIndex.name(of: purpose),
                    basis: purpose.basis.map(labels.basis) ?? labels.notStated, hasBasis: purpose.basis != nil,
                    article: purpose.basis.map(labels.basisArticle) ?? labels.notStated, law: law, hasLaw: hasLaw,
                    consent: consentText.isEmpty ? labels.notStated : consentText.capitalizedFirst,
                    hasConsent: purpose.consent != nil)
            }
        }
    }

    /// §12 Bijzondere persoonsgegevens, strafrechtelijke gegevens en nationale identificatienummers.
    public struct SpecialData: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var data: String
            public var classification: String
            public var classKey: String
            public var kind: String
            public var purposes: String
            public var exception: String
            public var hasException: Bool
        }

        public var rows: [Row]
        public var hasRows: Bool
        public var usesNationalID: Bool

        init(_ context: BuildContext) {
            let labels = context.labels
            let index = context.index
            let flagged: Set<DataClassification> = [.special, .criminal, .nationalID]
            rows = context.activity.data.filter { flagged.contains($0.kind.classification) }.map { item in
                let purposeIDs = index.purposesUsingData[item.id] ?? []
                let exceptions = purposeIDs.compactMap { index.purposes[$0]?.specialBasis }.filter { !$0.isEmpty }.uniqued()
                return Row(
                    data: item.name, classification: labels.classification(item.kind.classification),
                    classKey: item.kind.classification.rawValue, kind: labels.kind(item.kind),
                    purposes: context.list(purposeIDs.map(index.purposeName)).0,
                    exception: exceptions.isEmpty ? labels.notStated : exceptions.joined(separator: "; "),
                    hasException: !exceptions.isEmpty)
            }
            hasRows = !rows.isEmpty
            usesNationalID = context.activity.data.contains { $0.kind == .nationalID }
        }
    }

    /// §13 Doelbinding: further processing and its compatibility.
    public struct PurposeLimitation: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var purpose: String
            public var original: String
            public var compatibility: Prose
            public var hasCompatibility: Bool
        }

        public var rows: [Row]
        public var hasRows: Bool

        init(_ context: BuildContext) {
            rows = context.activity.purposes.compactMap { purpose in
                guard let original = purpose.furtherProcessingOf else { return nil }
                let (compatibility, hasCompatibility) = context.prose(purpose.compatibility)
                return Row(
                    purpose: ActivityIndex.name(of: purpose), original: context.index.purposeName(original),
                    compatibility: compatibility, hasCompatibility: hasCompatibility)
            }
            hasRows = !rows.isEmpty
        }
    }

    /// §14 Noodzaak en evenredigheid, per purpose.
    public struct Necessity: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var purpose: String
            public var necessity: Prose
            public var hasNecessity: Bool
            public var proportionality: Prose
            public var hasProportionality: Bool
            public var subsidiarity: Prose
            public var hasSubsidiarity: Bool
        }

        public var rows: [Row]
        /// How many purposes lack a necessity argument.
        public var missingCount: String
        public var hasMissing: Bool

        init(_ context: BuildContext) {
            rows = context.activity.purposes.map { purpose in
                let (necessity, hasNecessity) = context.prose(purpose.necessity)
                let (proportionality, hasProportionality) = context.prose(purpose.proportionality)
                let (subsidiarity, hasSubsidiarity) = context.prose(purpose.subsidiarity)
                return Row(
                    purpose: ActivityIndex.name(of: purpose), necessity: necessity, hasNecessity: hasNecessity,
                    proportionality: proportionality, hasProportionality: hasProportionality,
                    subsidiarity: subsidiarity, hasSubsidiarity: hasSubsidiarity)
            }
            let missing = rows.filter { !$0.hasNecessity }.count
            missingCount = String(missing)
            hasMissing = missing > 0
        }
    }

    /// §15 Rechten van de betrokkenen, with the transparency the spec describes.
    public struct RightsSection: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var right: String
            public var article: String
            public var procedure: Prose
            public var hasProcedure: Bool
        }

        public var stated: Bool
        public var rights: [Row]
        public var missingCount: String
        public var hasMissing: Bool
        public var transparencyStated: Bool
        public var privacyStatement: String
        public var separateFromTerms: String
        public var informsAbout: String
        public var hasInformsAbout: Bool
        /// Topics of art. 13–14 the privacy statement does not mention.
        public var notInformed: String
        public var hasNotInformed: Bool
        public var subjectCanSee: String
        public var url: String
        public var hasURL: Bool
        public var transparencyDescription: Prose
        public var hasTransparencyDescription: Bool

        init(_ context: BuildContext) {
            let labels = context.labels
            let procedures = context.activity.rights
            stated = procedures != nil
            rights = SubjectRight.allCases.map { right in
                let (procedure, hasProcedure) = context.prose(procedures?[right])
                return Row(
                    right: labels.right(right), article: labels.rightArticle(right), procedure: procedure,
                    hasProcedure: hasProcedure)
            }
            let missing = rights.filter { !$0.hasProcedure }.count
            missingCount = String(missing)
            hasMissing = missing > 0

            let transparency = context.activity.transparency
            transparencyStated = transparency != nil
            privacyStatement = context.yesNo(transparency?.privacyStatement)
            separateFromTerms = context.yesNo(transparency?.separateFromTerms)
            let topics = transparency?.informsAbout ?? []
            (informsAbout, hasInformsAbout) = context.list(topics.map(labels.topic))
            let absent = TransparencyTopic.allCases.filter { !topics.contains($0) }
            (notInformed, hasNotInformed) = context.list(absent.map(labels.topic))
            switch transparency?.subjectCanSee {
            case nil: subjectCanSee = labels.notStated
            case .all?: subjectCanSee = context.language == .nl ? "Alle gegevens" : "All data"
            case .only(let ids)?: subjectCanSee = context.list(ids.map(context.index.dataName)).0
            }
            (url, hasURL) = context.text(transparency?.url)
            (transparencyDescription, hasTransparencyDescription) = context.prose(transparency?.description)
        }
    }
}
