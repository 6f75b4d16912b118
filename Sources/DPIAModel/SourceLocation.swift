/// A position in a spec file. Line and column are 1-based.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file; self.line = line; self.column = column
    }

    /// `path:line:column`, the compiler format.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// Where each element of an activity was written, keyed by an element path.
///
/// Element paths name elements by id, not by position, so they survive reordering:
/// `parties/gemeente-utrecht`, `roles/werkgever/sees/scope`, `retention/contactgegevens+cv`,
/// `transparency/separate_from_terms`. The root is the empty path `""`.
///
/// The scheme the spec loader records:
/// - `""`: the start of the top-level mapping; `<key>` for every top-level key (`title`,
///   `controller`, `techniques`, `roles`), at the key.
/// - Entries of lists with ids: `<list>/<id>` (`parties/vum-voorziening`, `roles/werkgever`,
///   `flows/...`, `purposes/...`, `subjects/...`, `data/...`, `risks/...`, `measures/...`), at
///   the entry. An entry without a usable id is `<list>/#<n>` (1-based position).
/// - Lists without ids: `retention/<RetentionRule.key>` (its `id`, or its data ids sorted and
///   joined with `+`), `locations/<party>`, `transfers/<to>`, `interests/<party>`.
/// - Every key of an entry or section: `<element>/<key>`, at the key, nested as written:
///   `parties/x/agreement`, `roles/x/sees/scope`, `purposes/x/consent/informed`,
///   `techniques/profiling`, `rights/erasure`, `governance/adopted_on`, `contacts/dpo`.
/// - Every value of a list of ids or vocabulary words: `<key path>/<value>`, at the value:
///   `purposes/x/data/contactgegevens`, `roles/x/sees/data/cv`, `roles/x/edits/cv`,
///   `parties/x/affiliated/gemeente-utrecht`, `security/measures/2fa`,
///   `transparency/informs_about/rights`, `transparency/subject_can_see/cv`,
///   `measures/x/addresses/<rule, finding or risk id>`.
/// - Every value of a list of prose: `<key path>/<n>` (0-based): `purposes/x/law/0`,
///   `flows/x/grounds/1`, `policies/0`.
///
/// A key that is absent has no location; ``location(of:)`` then falls back to its parent.
public struct SourceMap: Sendable, Hashable, Codable {
    public var file: String

    /// Every recorded path with its location. A map made from ``SourcePaths`` builds this
    /// dictionary on first use (once); ``location(of:)`` does not need it.
    public var locations: [String: SourceLocation] {
        get { tree?.dictionary ?? stored }
        set { stored = newValue; tree = nil }
    }

    private var stored: [String: SourceLocation]
    private var tree: SourcePathIndex?

    public init(file: String, locations: [String: SourceLocation] = [:]) {
        self.file = file; self.stored = locations
    }

    /// The paths a loader recorded while reading `file`.
    public init(file: String, paths: SourcePaths) {
        self.file = file; self.stored = [:]
        tree = SourcePathIndex(paths: paths, file: file)
    }

    /// The location of `path`, or of its nearest recorded ancestor, or the start of the file.
    public func location(of path: String) -> SourceLocation {
        if let tree {
            switch tree.location(of: path) {
            case .found(let location): return location
            case .start: return SourceLocation(file: file, line: 1, column: 1)
            case .undecided: break
            }
        }
        let locations = locations
        var current = Substring(path)
        while true {
            if let found = locations[String(current)] { return found }
            guard let slash = current.lastIndex(of: "/") else { break }
            current = current[..<slash]
        }
        return locations[""] ?? SourceLocation(file: file, line: 1, column: 1)
    }

    // The same equality, hash and encoding as a plain `file` and `locations` pair.

    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool {
        lhs.file == rhs.file && lhs.locations == rhs.locations
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(locations)
    }

    private enum CodingKeys: String, CodingKey {
        case file, locations
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        stored = try container.decode([String: SourceLocation].self, forKey: .locations)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(locations, forKey: .locations)
    }
}

/// An activity together with where its elements were written.
public struct LoadedActivity: Sendable, Hashable {
    public var activity: ProcessingActivity
    public var sourceMap: SourceMap

    public init(activity: ProcessingActivity, sourceMap: SourceMap) {
        self.activity = activity; self.sourceMap = sourceMap
    }
}
