/// The "what changed" page before it is written as text, Markdown or HTML: headings and lines made of
/// pieces, so that each writer can escape user text in its own way.
struct DiffDocument: Sendable, Hashable {
    /// A piece of a line.
    enum Piece: Sendable, Hashable {
        /// Words of the page itself.
        case words(String)
        /// An id, a spec key or an enumerated value, shown as code.
        case code(String)
        /// Text written by people (names, prose), shown as is but always escaped.
        case quote(String)
    }

    /// How a line reads at a glance: its marker and colour.
    enum Tone: String, Sendable, Hashable {
        case added, removed, changed, renamed, attention, resolved, note
    }

    struct Line: Sendable, Hashable {
        var tone: Tone
        var pieces: [Piece]
        /// Where to look, for example `hallowerk.yaml:412`; nil when there is no single place.
        var location: Location?
        /// Indented lines below, for example the fields of an added entry or old and new prose.
        var details: [[Piece]] = []
    }

    /// A place in a version of the spec.
    struct Location: Sendable, Hashable {
        var file: String
        var line: Int
        /// Whether it is a place in the old version (for removals).
        var inOldVersion: Bool
    }

    struct Block: Sendable, Hashable {
        var heading: String
        var lines: [Line]
    }

    var title: String
    /// Which versions are compared.
    var subtitle: [Piece]
    /// One sentence: how much changed.
    var summary: String
    var blocks: [Block]
    /// Words for "line" and "old version", in the page's language.
    var lineWord: String
    var oldVersionWord: String
}
