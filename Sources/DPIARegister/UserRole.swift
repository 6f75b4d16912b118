import DPIAModel

/// What a user of `dpia serve` may do.
public enum UserRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reads everything and updates every measure.
    case privacyOfficer = "privacy-officer"
    /// Reads everything and updates the measures of the activities assigned to them.
    case projectLead = "project-lead"
    /// Reads everything, compares versions; changes nothing.
    case reviewer
    /// Reads everything; changes nothing.
    case viewer

    /// The role as a reader says it (`projectleider`, `beoordelaar`; `project lead`, `reviewer`): one set of
    /// words for the web pages and the commands.
    public func name(in language: ReportLanguage) -> String {
        switch self {
        case .privacyOfficer: "privacy officer"
        case .projectLead: language == .nl ? "projectleider" : "project lead"
        case .reviewer: language == .nl ? "beoordelaar" : "reviewer"
        case .viewer: language == .nl ? "meelezer" : "viewer"
        }
    }
}
