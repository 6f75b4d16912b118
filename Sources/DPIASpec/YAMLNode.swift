/// One node of a composed YAML document, as the spec reader needs it: text with its quoting style,
/// lists and mappings, each with the position where it was written.
///
/// Built by ``YAMLComposer``. Tags are not kept (the reader reads every value as text, `!!str 12`
/// as `12`); an alias (`*name`) is the anchored node itself, so aliases are not expanded while
/// composing (the reader counts their expansion against ``SpecLimits/maxAliasExpansion``).
enum YAMLNode: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// How a scalar was written; the raw values are libyaml's (and Yams') `yaml_scalar_style_t`.
    enum Style: UInt8, Sendable {
        case any = 0, plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// Text, with its style and position.
    struct Scalar: Sendable {
        let string: String
        let style: Style
        let position: TextPosition
    }

    /// Keys with values, in the order written (duplicates kept: the reader reports them).
    struct Mapping: RandomAccessCollection, Sendable {
        let pairs: [(key: YAMLNode, value: YAMLNode)]
        let position: TextPosition

        var startIndex: Int { 0 }
        var endIndex: Int { pairs.count }
        subscript(index: Int) -> (key: YAMLNode, value: YAMLNode) { pairs[index] }
    }

    /// The entries of a list.
    struct Sequence: RandomAccessCollection, Sendable {
        let nodes: [YAMLNode]
        let position: TextPosition

        /// No entries (for a list written as nothing).
        init() { self.init([], position: .start) }

        init(_ nodes: [YAMLNode], position: TextPosition) {
            self.nodes = nodes; self.position = position
        }

        var startIndex: Int { 0 }
        var endIndex: Int { nodes.count }
        subscript(index: Int) -> YAMLNode { nodes[index] }
    }

    /// Where the node was written (an alias: where its anchored node was written).
    var position: TextPosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .mapping(let mapping): mapping.position
        case .sequence(let sequence): sequence.position
        }
    }
}
