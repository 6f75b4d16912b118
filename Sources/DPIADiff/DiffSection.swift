/// The part of a DPIA a change belongs to, in the order the "what changed" page shows them.
///
/// The raw value is the first component of the element path (see `SourceMap`), so that a change's
/// path and the spec's source map agree; ``general`` holds the top-level keys, whose paths have no prefix.
public enum DiffSection: String, Sendable, Hashable, Codable, CaseIterable {
    case general
    case parties, subjects, data, purposes, roles
    /// Who sees whom, as the analyser computes it from roles and subjects.
    case visibility
    case flows, retention, locations, transfers, security, transparency, rights, techniques, governance
    case interests
    /// Risks declared by people in the spec's `risks:` section.
    case risks
    case measures

    /// The prefix of element paths in this section: empty for top-level keys.
    var pathPrefix: String { self == .general ? "" : rawValue }

    /// The element path of `tail` in this section.
    func path(_ tail: String) -> String { pathPrefix.isEmpty ? tail : "\(pathPrefix)/\(tail)" }

    /// Sections that describe the processing itself, as opposed to the risk part.
    public var isProcessing: Bool { self != .risks && self != .measures }
}
