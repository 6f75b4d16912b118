import DPIAModel

/// The sections written as keys with values: `security:`, `transparency:`, `rights:`, `governance:`.
extension SpecReader {
    func security(_ field: MappingView.Field?) -> Security? {
        guard let field, let view = section(field, .security) else { return nil }
        let path = join(SourcePaths.root, "security")
        let measures: [SecurityMeasure] =
            words(
                view, "measures", "security measure", path: path,
                hint: "; list other measures under 'other'") ?? []
        return Security(
            measures: measures, description: text(view, "description"),
            other: texts(view, "other", path: path) ?? [])
    }

    func transparency(_ field: MappingView.Field?) -> Transparency? {
        guard let field, let view = section(field, .transparency) else { return nil }
        let path = join(SourcePaths.root, "transparency")
        let topics: [TransparencyTopic] = words(view, "informs_about", "transparency topic", path: path) ?? []
        return Transparency(
            privacyStatement: bool(view, "privacy_statement"), separateFromTerms: bool(view, "separate_from_terms"),
            informsAbout: topics, subjectCanSee: selection(view, "subject_can_see", .data, path: path),
            description: text(view, "description"), url: webAddress(view, "url"))
    }

    func rights(_ field: MappingView.Field?) -> Rights? {
        guard let field, let view = section(field, .rights) else { return nil }
        var procedures: [SubjectRight: String] = [:]
        for right in SubjectRight.allCases {
            if let procedure = text(view, right.rawValue) { procedures[right] = procedure }
        }
        return Rights(procedures: procedures)
    }

    func governance(_ field: MappingView.Field?) -> Governance? {
        guard let field, let view = section(field, .governance) else { return nil }
        return Governance(
            changeProcessIncludesPrivacyReview: bool(view, "change_process_includes_privacy_review"),
            sourceSystemLink: bool(view, "source_system_link"), dpoAdvice: text(view, "dpo_advice"),
            adoptedBy: text(view, "adopted_by"), adoptedOn: date(view, "adopted_on"),
            nextReview: date(view, "next_review"), dpoAdviceOn: date(view, "dpo_advice_on"))
    }
}
