/// A 1-based line and column in a spec's text.
struct TextPosition: Sendable, Hashable {
    let line: Int
    let column: Int

    static let start = TextPosition(line: 1, column: 1)
}
