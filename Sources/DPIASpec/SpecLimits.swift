/// The limits that keep loading fast and safe on hostile or broken input.
///
/// A spec that exceeds a limit is refused with one diagnostic; nothing crashes or hangs.
public struct SpecLimits: Sendable, Hashable {
    /// The largest spec file read, in bytes (10 MB). Larger files are refused before they are read.
    public var maxFileBytes: Int
    /// The deepest nesting of lists and mappings accepted, in any syntax (indentation, brackets,
    /// complex keys `? `) and counting the lists and mappings that aliases repeat. A spec needs
    /// about 6 levels. Estimated on the text before the YAML parser runs, and enforced exactly
    /// where the tree is built (so no walk over a tree goes deeper).
    public var maxDepth: Int
    /// How many YAML nodes the loader visits, after expanding aliases (`*name`), beyond one per
    /// byte of the file. Stops "billion laughs" alias bombs.
    public var maxAliasExpansion: Int
    /// How many bytes of text YAML aliases (`*name`) may repeat in one file, in all: each alias
    /// costs the bytes of the text it stands for (each value's UTF-8 bytes plus one), aliases within
    /// it expanded. Stops an alias of one long text repeated thousands of times, which the node
    /// budget lets through and which would make a report of gigabytes.
    public var maxAliasBytes: Int
    /// The longest text one field may hold, in bytes of UTF-8 (a name, a title, a prose text such
    /// as `summary`, one entry of a list of texts). Markdown rendering costs memory in proportion
    /// to the longest text it is given; 100 kB is some 40 pages of prose.
    public var maxTextBytes: Int
    /// After this many errors in one file the loader stops and says so.
    public var maxErrors: Int
    /// The largest who-sees-whom the analyser is asked to compute: over every role, the subject
    /// categories it sees times the data categories it sees, plus over every flow, each data category
    /// times the subject categories it is about. Who sees whom grows with the product of the lists,
    /// so a spec of a few hundred roles, subject and data categories could otherwise take minutes
    /// and gigabytes; a real activity stays below a few thousand.
    public var maxVisibility: Int

    public init(
        maxFileBytes: Int = 10 * 1024 * 1024, maxDepth: Int = 100, maxAliasExpansion: Int = 200_000,
        maxAliasBytes: Int = 10 * 1024 * 1024, maxTextBytes: Int = 100_000,
        maxErrors: Int = 100, maxVisibility: Int = 1_000_000
    ) {
        self.maxFileBytes = maxFileBytes; self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion; self.maxAliasBytes = maxAliasBytes
        self.maxTextBytes = maxTextBytes; self.maxErrors = maxErrors
        self.maxVisibility = maxVisibility
    }

    /// The documented defaults: 10 MB, 100 levels, 200,000 extra nodes, 10 MB repeated by aliases,
    /// 100,000 bytes per text, 100 errors, 1,000,000 combinations in who sees whom.
    public static let `default` = SpecLimits()
}
