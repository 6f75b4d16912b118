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
public struct SourceMap: Sendable, Hashable, Codable {
    public var file: String
    public var locations: [String: SourceLocation]

    public init(file: String, locations: [String: SourceLocation] = [:]) {
        self.file = file; self.locations = locations
    }

    /// The location of `path`, or of its nearest recorded ancestor, or the start of the file.
    public func location(of path: String) -> SourceLocation {
        var current = Substring(path)
        while true {
            if let found = locations[String(current)] { return found }
            guard let slash = current.lastIndex(of: "/") else { break }
            current = current[..<slash]
        }
        return locations[""] ?? SourceLocation(file: file, line: 1, column: 1)
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
