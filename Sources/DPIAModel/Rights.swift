/// The rights of data subjects (art. 12–22 AVG), in the order of Rijksmodel §15.
public enum SubjectRight: String, Sendable, Hashable, Codable, CaseIterable {
    case access, rectification, erasure, restriction, portability
    case automatedDecisions = "automated_decisions"
    case objection, information
}

/// Encodes `Rights.procedures` as a JSON object keyed by right (`{"access": ...}`) rather than as an
/// array of alternating keys and values, whose order would change from run to run.
extension SubjectRight: CodingKeyRepresentable {}

/// How each right is exercised; a right without a procedure is absent from the dictionary.
public struct Rights: Sendable, Hashable, Codable {
    public var procedures: [SubjectRight: String]

    public init(procedures: [SubjectRight: String] = [:]) { self.procedures = procedures }

    public subscript(right: SubjectRight) -> String? { procedures[right] }
}
