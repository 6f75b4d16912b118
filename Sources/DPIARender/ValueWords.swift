import DPIAAnalysis
import DPIAModel

/// The reader's words for spec values (`2fa` → "Tweefactor", `P10Y` → "10 jaar"), for other modules
/// such as `dpia diff`. A window on the report's ``Labels``, so that the report and the diff use one
/// set of words.
public struct ValueWords: Sendable {
    private let labels: Labels

    /// The words of `language` from `words`, the catalogue of a ``TemplateSet``; without it, dpia's own.
    public init(language: ReportLanguage, words: [String: String]? = nil) { labels = Labels(language: language, words: words) }

    /// The word for a value of one of the format's vocabularies; its spec spelling when it has none.
    public func word<Value: Vocabulary>(_ value: Value) -> String {
        switch value {
        case let value as Level: labels.level(value)
        case let value as Decision: labels.decision(value)
        case let value as ActivityStatus: labels.status(value)
        case let value as DataKind: labels.kind(value)
        case let value as DataSource: labels.source(value)
        case let value as PartyType: labels.partyType(value)
        case let value as PartyRole: labels.partyRole(value)
        case let value as LegalBasis: labels.basis(value)
        case let value as MeasureStatus: labels.measureStatus(value)
        case let value as MeasureType: labels.measureType(value)
        case let value as DeletionMode: labels.deletion(value)
        case let value as TransferMechanism: labels.mechanism(value)
        case let value as SecurityMeasure: labels.security(value)
        case let value as FlowKind: labels.flowKind(value)
        case let value as FlowConsent: labels.flowConsent(value)
        case let value as Channel: labels.channel(value)
        case let value as AccessScope: labels.scope(value)
        case let value as Authentication: labels.authentication(value)
        case let value as TransparencyTopic: labels.topic(value)
        default: value.rawValue
        }
    }

    /// A right of data subjects: "Inzage", "Access".
    public func right(_ right: SubjectRight) -> String { labels.right(right) }

    /// Whose data subjects a role sees: "eigen", "andere verantwoordelijke".
    public func relation(_ relation: PopulationRelation) -> String { labels.relation(relation) }

    /// "10 jaar", "1 jaar en 6 maanden"; "Zolang noodzakelijk".
    public func period(_ period: RetentionPeriod) -> String { labels.period(period) }

    /// "30 juni 2025".
    public func date(_ date: CalendarDate) -> String { labels.date(date) }

    /// "a, b en c".
    public func list(_ items: [String]) -> String { labels.list(items) }
}
