import DPIAModel

/// The size of who sees whom, checked before the analyser computes it (``SpecLimits/maxVisibility``).
extension SpecReader {
    /// Reports a spec whose roles and flows would make who sees whom larger than the limit.
    /// An upper bound, counted in one pass over roles, flows and data.
    func checkVisibilitySize(
        _ top: MappingView, roles: [Role]?, flows: [Flow]?, subjects: [SubjectCategory]?,
        data: [DataItem]?
    ) {
        guard !stopped else { return }
        let subjectCount = subjects?.count ?? 0, dataCount = data?.count ?? 0
        var subjectsAbout: [String: Int] = [:]
        for item in data ?? [] { subjectsAbout[item.id] = item.subjects.isEmpty ? subjectCount : item.subjects.count }
        func count(_ selection: Selection, all: Int) -> Int {
            switch selection {
            case .all: all
            case .only(let ids): ids.count
            }
        }
        let ceiling = Int.max / 4
        var total = 0
        for role in roles ?? [] {
            let (cells, overflow) = count(role.sees.subjects, all: subjectCount)
                .multipliedReportingOverflow(by: count(role.sees.data, all: dataCount))
            total = min(ceiling, total + (overflow ? ceiling : min(cells, ceiling)))
        }
        for flow in flows ?? [] {
            for id in flow.data { total = min(ceiling, total + (subjectsAbout[id] ?? 0)) }
        }
        guard total > maxVisibility else { return }
        let field = top["roles"] ?? top["flows"]
        error(
            "the roles and flows of this spec give up to \(total) combinations of a subject category and a data "
                + "category in who sees whom; dpia analyses at most \(maxVisibility): combine categories, or describe "
                + "the activity in several specs", at: field?.keyMark ?? TextPosition.start)
    }
}
