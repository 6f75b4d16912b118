/// The "what changed" page before it is written as text, Markdown or HTML: headings and lines made of
/// pieces, so that each writer can escape user text in its own way.
struct DiffDocument: Sendable, Hashable {
    /// A piece of a line.
    enum Piece: Sendable, Hashable {
        /// Words of the page itself.
        case words(String)
        /// An id, a spec key or a file name, shown as code.
        case code(String)
        /// Text written by people (values, prose), shown as is but always escaped.
        case quote(String)
        /// The name people gave an entry ("Werkgever uitgenodigd door Utrecht"), shown so it stands out.
        case name(String)
    }

    /// How a line reads at a glance: its marker, colour and the word in the legend.
    enum Tone: String, Sendable, Hashable, CaseIterable {
        /// Makes the processing wider or riskier.
        case widening
        /// Makes it narrower or safer.
        case narrowing
        /// Neutral changes.
        case added, removed, changed, renamed
        /// Called out: a heavier data class, another controller's subjects, a new finding without a measure.
        case attention
        case resolved
        case note
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
        /// The line on the web (the repository's page), when the version is in a repository with a known address.
        var url: String?
    }

    struct Block: Sendable, Hashable {
        var heading: String
        var lines: [Line]
    }

    /// What a tone means, for the legend: a short word ("ruimer") and a sentence that explains it.
    struct LegendEntry: Sendable, Hashable {
        var tone: Tone
        var word: String
        var meaning: String
    }

    /// The words of the page itself, in its language.
    struct Words: Sendable, Hashable {
        /// "regel", "oude versie".
        var line: String
        var oldVersion: String
        /// The heading of the legend, and every tone with its word, in the page's order.
        var legendHeading: String
        var legend: [LegendEntry]
        /// The column headings of the Markdown tables: kind of change, change, where.
        var kindColumn: String
        var changeColumn: String
        var placeColumn: String

        /// The short word for a tone ("ruimer", "nieuw").
        func word(_ tone: Tone) -> String { legend.first { $0.tone == tone }?.word ?? tone.rawValue }
    }

    var title: String
    /// Which versions are compared.
    var subtitle: [Piece]
    /// One sentence: how much changed, widenings first.
    var summary: String
    var blocks: [Block]
    var words: Words

    /// The legend entries of the tones the page uses.
    var usedLegend: [LegendEntry] {
        let used = Set(blocks.flatMap { $0.lines.map(\.tone) })
        return words.legend.filter { used.contains($0.tone) }
    }

    /// "regel 460" or "regel 12, oude versie".
    func place(_ location: Location) -> String {
        "\(words.line) \(location.line)" + (location.inOldVersion ? ", \(words.oldVersion)" : "")
    }
}
