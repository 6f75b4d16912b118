import DPIAModel

/// What a draft spec still lacks: the sections it leaves out entirely. `dpia check` prints them as a
/// "to complete" line under a draft's findings, in the order the skeleton of `dpia new` explains them.
/// It says only that a section is absent, never that a filled-in section is right: the findings do that.
enum SpecCompleteness {
    /// The keys of the sections `activity` leaves out, when it is a draft; empty otherwise.
    static func missingSections(of activity: ProcessingActivity) -> [String] {
        guard activity.status == .draft else { return [] }
        let absent: [(String, Bool)] = [
            ("contacts", activity.contacts == nil), ("techniques", activity.techniques == nil),
            ("roles", activity.roles == nil), ("retention", activity.retention == nil),
            ("security", activity.security == nil), ("transparency", activity.transparency == nil),
            ("rights", activity.rights == nil), ("governance", activity.governance == nil),
            ("risks", activity.risks == nil && activity.measures == nil),
        ]
        return absent.filter(\.1).map(\.0)
    }

    /// `  Nog in te vullen: roles, retention, ...` followed by a line break, or "" when nothing is missing.
    static func line(for activity: ProcessingActivity, _ language: ReportLanguage) -> String {
        let missing = missingSections(of: activity)
        guard !missing.isEmpty else { return "" }
        let list = missing.joined(separator: ", ")
        return language == .nl
            ? "  Nog in te vullen (de spec legt uit wat er komt): \(list)\n"
            : "  To complete (the spec explains what goes there): \(list)\n"
    }
}
