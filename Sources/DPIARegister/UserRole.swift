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
}
