import DPIAAnalysis
import DPIAModel

/// Compares two versions of an activity and their assessments: what changed in the processing, in
/// who sees whom, in the findings, the pre-scan and the plan.
///
/// Entries are matched by id (or by `renamed_from:`), never by position, so reordering a list is no
/// change; values are compared by meaning (lists as sets, prose without layout), so comments and
/// whitespace are no change either. Linear in the size of both versions.
public struct ActivityDiffer: Sendable {
    public init() {}

    /// What changed from `old` to `new`.
    public func diff(old: Assessment, new: Assessment) -> ActivityDiff {
        let before = old.activity, after = new.activity
        let renames = Self.renames(old: before, new: after)
        var collector = ChangeCollector(oldMap: old.sourceMap, newMap: new.sourceMap, renames: renames)

        collector.compare(FieldDescriptions.general, old: before, new: after)
        collector.compare(FieldDescriptions.parties, old: before.parties, new: after.parties)
        collector.compare(FieldDescriptions.subjects, old: before.subjects, new: after.subjects)
        collector.compare(FieldDescriptions.data, old: before.data, new: after.data)
        collector.compare(FieldDescriptions.purposes, old: before.purposes, new: after.purposes)
        collector.compare(FieldDescriptions.roles, old: before.roles ?? [], new: after.roles ?? [])
        let oldCells = VisibilityCell.cells(of: old.visibility), newCells = VisibilityCell.cells(of: new.visibility)
        collector.compare(VisibilityCell.entryDescription, old: oldCells, new: newCells)
        collector.compare(FieldDescriptions.flows, old: before.flows ?? [], new: after.flows ?? [])
        collector.compare(FieldDescriptions.retention, old: before.retention ?? [], new: after.retention ?? [])
        collector.compare(FieldDescriptions.locations, old: before.locations ?? [], new: after.locations ?? [])
        collector.compare(FieldDescriptions.transfers, old: before.transfers ?? [], new: after.transfers ?? [])
        collector.compare(FieldDescriptions.security, old: before.security, new: after.security)
        collector.compare(FieldDescriptions.transparency, old: before.transparency, new: after.transparency)
        collector.compare(FieldDescriptions.rights, old: before.rights, new: after.rights)
        collector.compare(
            FieldDescriptions.techniques, old: before.techniques ?? Techniques(),
            new: after.techniques ?? Techniques())
        collector.compare(FieldDescriptions.governance, old: before.governance, new: after.governance)
        collector.compare(FieldDescriptions.interests, old: before.interests ?? [], new: after.interests ?? [])
        collector.compare(FieldDescriptions.risks, old: before.risks ?? [], new: after.risks ?? [])
        collector.compare(FieldDescriptions.measures, old: before.measures ?? [], new: after.measures ?? [])

        var highlights = Self.heavierDataClasses(old: before, new: after, renames: renames, map: new.sourceMap)
        for (role, subjects) in VisibilityCell.newlySeenOthers(old: oldCells, new: newCells, renames: renames) {
            highlights.append(
                Highlight(
                    kind: .seesOtherControllersSubjects, entry: role, items: subjects,
                    location: new.sourceMap.location(of: "roles/\(role)/sees")))
        }
        var diff = ActivityDiff(
            old: VersionInfo(old), new: VersionInfo(new), changes: collector.changes, highlights: highlights,
            findings: Self.findingChanges(old: old.findings, new: new.findings, renames: renames),
            preScan: Self.preScanChange(old: old.preScan, new: new.preScan))
        diff.names = EntryNames(old: before, new: after, renames: renames)
        return diff
    }

    /// The renames the new version declares, for every section whose entries can be renamed.
    static func renames(old: ProcessingActivity, new: ProcessingActivity) -> Renames {
        func pairs<Entry>(
            _ entries: [Entry]?, _ id: (Entry) -> String,
            _ from: (Entry) -> String?
        ) -> [(id: String, renamedFrom: String?)] {
            (entries ?? []).map { (id($0), from($0)) }
        }
        func ids<Entry>(_ entries: [Entry]?, _ id: (Entry) -> String?) -> Set<String> {
            Set((entries ?? []).compactMap(id))
        }
        let newPairs: [DiffSection: [(id: String, renamedFrom: String?)]] = [
            .parties: pairs(new.parties, \.id, \.renamedFrom),
            .subjects: pairs(new.subjects, \.id, \.renamedFrom),
            .data: pairs(new.data, \.id, \.renamedFrom),
            .purposes: pairs(new.purposes, \.id, \.renamedFrom),
            .roles: pairs(new.roles, \.id, \.renamedFrom),
            .flows: pairs(new.flows, \.id, \.renamedFrom),
            .retention: pairs(new.retention?.filter { $0.id != nil }, { $0.id ?? "" }, \.renamedFrom),
            .risks: pairs(new.risks, \.id, \.renamedFrom),
            .measures: pairs(new.measures, \.id, \.renamedFrom),
        ]
        let oldIDs: [DiffSection: Set<String>] = [
            .parties: ids(old.parties, \.id), .subjects: ids(old.subjects, \.id), .data: ids(old.data, \.id),
            .purposes: ids(old.purposes, \.id), .roles: ids(old.roles, \.id), .flows: ids(old.flows, \.id),
            .retention: ids(old.retention, \.id), .risks: ids(old.risks, \.id), .measures: ids(old.measures, \.id),
        ]
        return Renames(newPairs, oldIDs: oldIDs)
    }

    /// Data items that are now special-category, criminal or national-id data and were not before
    /// (or are new).
    private static func heavierDataClasses(
        old: ProcessingActivity, new: ProcessingActivity, renames: Renames,
        map: SourceMap
    ) -> [Highlight] {
        var oldKinds: [String: DataKind] = [:]
        for item in old.data { oldKinds[renames(.data, item.id)] = item.kind }
        return new.data.compactMap { item in
            let before = oldKinds[item.id]
            guard item.kind.isHeavy, before?.classification != item.kind.classification else { return nil }
            let path = before == nil ? "data/\(item.id)" : "data/\(item.id)/kind"
            return Highlight(
                kind: .heavierDataClass, entry: item.id, oldValue: before?.rawValue,
                newValue: item.kind.rawValue, location: map.location(of: path))
        }
    }

    /// Findings matched by id (old ids read through the renames): appeared, resolved, or changed in
    /// level, residual level or treatment.
    static func findingChanges(old: [Finding], new: [Finding], renames: Renames) -> [FindingChange] {
        var oldByID: [String: Finding] = [:]
        for finding in old { oldByID[translatedID(of: finding, renames)] = finding }
        var seen = Set<String>()
        var changes: [FindingChange] = []
        for finding in new {
            seen.insert(finding.id)
            let after = FindingState(finding)
            guard let previous = oldByID[finding.id] else {
                changes.append(FindingChange(kind: .appeared, finding: finding, old: nil, new: after))
                continue
            }
            let before = FindingState(previous)
            if before.level != after.level || before.residual != after.residual || before.addressed != after.addressed
                || before.decision != after.decision
            {
                changes.append(FindingChange(kind: .changed, finding: finding, old: before, new: after))
            }
        }
        for finding in old where !seen.contains(translatedID(of: finding, renames)) {
            changes.append(FindingChange(kind: .resolved, finding: finding, old: FindingState(finding), new: nil))
        }
        return changes
    }

    /// The id an old finding would have in the new version, given the renames: `rule@section/old-id/...`
    /// becomes `rule@section/new-id/...`, and a renamed declared risk's id changes with it.
    static func translatedID(of finding: Finding, _ renames: Renames) -> String {
        let suffix = "@" + finding.elementPath
        guard finding.id.hasSuffix(suffix) else { return finding.id }
        var rule = String(finding.id.dropLast(suffix.count))
        if case .declaredRisk(let risk) = finding.origin, rule == risk { rule = renames(.risks, risk) }
        var parts = finding.elementPath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 2, let section = DiffSection(rawValue: parts[0]) {
            parts[1] = renames(section, parts[1])
        }
        return rule + "@" + parts.joined(separator: "/")
    }

    /// The pre-scan change, or nil when the verdict and the applying criteria are the same.
    static func preScanChange(old: PreScan, new: PreScan) -> PreScanChange? {
        let oldApplying = Set(old.criteria.filter(\.applies).map(\.id))
        let newApplying = Set(new.criteria.filter(\.applies).map(\.id))
        let change = PreScanChange(
            oldVerdict: old.verdict, newVerdict: new.verdict,
            nowApplying: new.criteria.filter { $0.applies && !oldApplying.contains($0.id) },
            noLongerApplying: old.criteria.filter { $0.applies && !newApplying.contains($0.id) })
        return change.verdictChanged || !change.nowApplying.isEmpty || !change.noLongerApplying.isEmpty ? change : nil
    }
}

extension DataKind {
    /// Special categories, criminal data and national identification numbers: each needs its own legal exception.
    var isHeavy: Bool { [.special, .criminal, .nationalID].contains(classification) }
}
