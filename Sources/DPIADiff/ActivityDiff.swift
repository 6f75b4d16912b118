import DPIAAnalysis
import DPIAModel

/// Which version of an activity a side of the diff is.
public struct VersionInfo: Sendable, Hashable, Encodable {
    public var id: String
    public var title: String
    public var version: String?
    public var status: ActivityStatus?
    public var language: ReportLanguage
    /// The file (or `REV:path`, or register version) it was read from.
    public var file: String
    /// False for a version without source marks (one recorded in the register): its locations mean nothing.
    public var hasLineNumbers: Bool

    public init(_ assessment: Assessment) {
        let activity = assessment.activity
        id = activity.id; title = activity.title; version = activity.version; status = activity.status
        language = activity.language; file = assessment.sourceMap.file
        hasLineNumbers = !assessment.sourceMap.locations.isEmpty
    }
}

/// What changed between two versions of a processing activity: in the processing, in the risks and
/// in the plan. Built by ``ActivityDiffer``; shown by ``DiffPresenter``.
public struct ActivityDiff: Sendable, Hashable, Encodable {
    public var old: VersionInfo
    public var new: VersionInfo
    /// Changes to the processing (by section) and to declared risks and measures.
    public var changes: [Change]
    /// Changes a reviewer must not miss.
    public var highlights: [Highlight]
    /// Findings that appeared, were resolved or changed, in the new version's order, then resolved ones.
    public var findings: [FindingChange]
    /// Nil when the verdict and the criteria that apply are the same.
    public var preScan: PreScanChange?
    /// The names of the entries of both versions, so the page says names instead of ids (not in the JSON).
    var names = EntryNames()

    private enum CodingKeys: String, CodingKey {
        case old, new, changes, highlights, findings, preScan
    }

    public init(
        old: VersionInfo, new: VersionInfo, changes: [Change], highlights: [Highlight],
        findings: [FindingChange], preScan: PreScanChange?
    ) {
        self.old = old; self.new = new; self.changes = changes; self.highlights = highlights
        self.findings = findings; self.preScan = preScan
    }

    /// Whether nothing of substance changed.
    public var isEmpty: Bool { changes.isEmpty && findings.isEmpty && preScan == nil }

    /// Changes in one section, in order.
    public func changes(in section: DiffSection) -> [Change] { changes.filter { $0.section == section } }

    /// Changes that make the processing wider or riskier: what `--fail-on-widening` gates on.
    public var widenings: [Change] { changes.filter { $0.direction == .widening } }

    /// Findings that are new and unaddressed at `level` or above (see ``FindingChange/isNewUnaddressed(atOrAbove:)``):
    /// what `--fail-on-new` gates on.
    public func newUnaddressedFindings(atOrAbove level: Level) -> [FindingChange] {
        findings.filter { $0.isNewUnaddressed(atOrAbove: level) }
    }
}
