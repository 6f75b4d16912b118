// libyaml, as built by Yams (its C target `CYaml`): the parser that Yams' own composer drives.
import CYaml

/// Composes a spec's YAML text into a ``YAMLNode`` tree straight from libyaml's events.
///
/// It gives the tree Yams' `Parser(yaml:).singleRoot()` gives (the same text, quoting styles,
/// 1-based lines and columns, and aliases sharing their anchored node), at about a third of the
/// cost: one reused event instead of an object per event, no tag objects, and text decoded
/// without Foundation. It only composes valid input: on any YAML error, an alias to an unknown
/// anchor or a second document it gives up, and ``SpecLoader`` asks Yams for the exact error.
enum YAMLComposer {
    /// What composing gave.
    enum Outcome {
        /// The document's root node.
        case document(YAMLNode)
        /// No document: the text is empty, or only comments and blank lines.
        case empty
        /// Not one well-formed document; Yams tells why.
        case unreadable
    }

    /// Composes the single document of `text`.
    static func compose(_ text: String) -> Outcome {
        var text = text
        return text.withUTF8 { bytes in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
            defer { parser.deallocate(); event.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else { return .unreadable }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            event.initialize(to: yaml_event_t())
            defer { yaml_event_delete(event) }
            var events = Events(parser: parser, event: event)
            do {
                guard try events.next() == YAML_STREAM_START_EVENT else { return .unreadable }
                if try events.next() == YAML_STREAM_END_EVENT { return .empty }
                try events.next()
                let root = try events.node()
                guard try events.next() == YAML_DOCUMENT_END_EVENT,
                      try events.next() == YAML_STREAM_END_EVENT else { return .unreadable }
                return .document(root)
            } catch {
                return .unreadable
            }
        }
    }

    /// libyaml reported an error, or the events cannot be composed.
    private struct Failure: Error {}

    /// The parser's events, one at a time in one reused event, with the anchors seen so far.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let event: UnsafeMutablePointer<yaml_event_t>
        var anchors: [String: YAMLNode] = [:]

        init(parser: UnsafeMutablePointer<yaml_parser_t>, event: UnsafeMutablePointer<yaml_event_t>) {
            self.parser = parser; self.event = event
        }

        /// Frees the current event and parses the next one.
        @discardableResult
        mutating func next() throws(Failure) -> yaml_event_type_t {
            yaml_event_delete(event)
            guard yaml_parser_parse(parser, event) == 1 else { throw Failure() }
            return event.pointee.type
        }

        /// The node that starts with the current event.
        mutating func node() throws(Failure) -> YAMLNode {
            let start = event.pointee.start_mark
            let position = TextPosition(line: start.line + 1, column: start.column + 1)
            switch event.pointee.type {
            case YAML_SCALAR_EVENT:
                let data = event.pointee.data.scalar
                let node = YAMLNode.scalar(YAMLNode.Scalar(
                    string: Self.text(data.value, count: data.length),
                    style: YAMLNode.Style(rawValue: UInt8(truncatingIfNeeded: data.style.rawValue)) ?? .any,
                    position: position))
                if let anchor = data.anchor { anchors[String(cString: anchor)] = node }
                return node
            case YAML_ALIAS_EVENT:
                guard let anchor = event.pointee.data.alias.anchor,
                      let node = anchors[String(cString: anchor)] else { throw Failure() }
                return node
            case YAML_SEQUENCE_START_EVENT:
                let anchor = event.pointee.data.sequence_start.anchor.map { String(cString: $0) }
                var nodes: [YAMLNode] = []
                while try next() != YAML_SEQUENCE_END_EVENT {
                    nodes.append(try node())
                }
                let node = YAMLNode.sequence(YAMLNode.Sequence(nodes, position: position))
                if let anchor { anchors[anchor] = node }
                return node
            case YAML_MAPPING_START_EVENT:
                let anchor = event.pointee.data.mapping_start.anchor.map { String(cString: $0) }
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                while try next() != YAML_MAPPING_END_EVENT {
                    let key = try node()
                    try next()
                    pairs.append((key, try node()))
                }
                let node = YAMLNode.mapping(YAMLNode.Mapping(pairs: pairs, position: position))
                if let anchor { anchors[anchor] = node }
                return node
            default:
                throw Failure()
            }
        }

        /// A scalar's UTF-8 text (libyaml has checked it). A leading byte order mark is dropped,
        /// as Yams' decoding (Foundation's `String(bytes:encoding:)`) drops it.
        private static func text(_ value: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
            guard let value, count > 0 else { return "" }
            if count >= 3, value[0] == 0xEF, value[1] == 0xBB, value[2] == 0xBF {
                return String(decoding: UnsafeBufferPointer(start: value + 3, count: count - 3), as: UTF8.self)
            }
            return String(decoding: UnsafeBufferPointer(start: value, count: count), as: UTF8.self)
        }
    }
}
