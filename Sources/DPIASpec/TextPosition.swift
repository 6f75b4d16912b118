import Yams

/// A 1-based line and column in a spec's text.
struct TextPosition: Sendable, Hashable {
    let line: Int
    let column: Int

    static let start = TextPosition(line: 1, column: 1)
}

extension Node {
    /// Where the node was written.
    var position: TextPosition? { mark.map { TextPosition(line: $0.line, column: $0.column) } }
}
