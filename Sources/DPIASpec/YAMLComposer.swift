// libyaml, as built by Yams (its C target `CYaml`): the parser that Yams' own composer drives.
import CYaml

/// Composes a spec's YAML text into a ``YAMLNode`` tree straight from libyaml's events.
///
/// It gives the tree Yams' `Parser(yaml:).singleRoot()` gives (the same text, quoting styles,
/// 1-based lines and columns, and aliases sharing their anchored node), at about a third of the
/// cost: one reused event instead of an object per event, no tag objects, and text decoded
/// without Foundation. It only composes valid input: on any YAML error, an alias to an unknown
/// anchor or a second document it gives up, and ``SpecLoader`` asks Yams for the exact error.
///
/// It is where the tree is built, so it is where the tree is kept small, whatever the syntax
/// (block or flow collections, complex keys `? `, aliases): no loop here recurses (open lists and
/// mappings wait on a stack of their own), a tree deeper than ``SpecLimits/maxDepth`` is refused at
/// the list or mapping (or alias) that would go deeper, and the text that aliases repeat is counted
/// in bytes against ``SpecLimits/maxAliasBytes``. So no walk over a composed tree goes deeper than
/// the limit, and no tree stands for more text than the file plus the alias budget.
enum YAMLComposer {
    /// What composing gave.
    enum Outcome {
        /// The document's root node.
        case document(YAMLNode)
        /// No document: the text is empty, or only comments and blank lines.
        case empty
        /// Not one well-formed document; Yams tells why.
        case unreadable
        /// Over a limit, at the node that went over it.
        case refused(Refusal, at: TextPosition)
    }

    /// A limit the document went over.
    enum Refusal: Equatable {
        /// Lists and mappings nest more than `maxDepth` levels; `throughAlias` when an alias (`*name`)
        /// repeats a list or mapping deep enough to go over it.
        case tooDeep(throughAlias: Bool)
        /// The aliases repeat more than `maxAliasBytes` bytes of text.
        case aliasesTooLarge
    }

    /// Composes the single document of `text`, refusing it over `maxDepth` levels of lists and
    /// mappings or over `maxAliasBytes` bytes repeated by aliases.
    static func compose(
        _ text: String, maxDepth: Int = SpecLimits.default.maxDepth,
        maxAliasBytes: Int = SpecLimits.default.maxAliasBytes
    ) -> Outcome {
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
            var events = Events(parser: parser, event: event, maxDepth: maxDepth, maxAliasBytes: maxAliasBytes)
            do throws(Failure) {
                guard try events.next() == YAML_STREAM_START_EVENT else { return .unreadable }
                if try events.next() == YAML_STREAM_END_EVENT { return .empty }
                try events.next()
                let root = try events.node()
                guard try events.next() == YAML_DOCUMENT_END_EVENT,
                    try events.next() == YAML_STREAM_END_EVENT
                else { return .unreadable }
                return .document(root)
            } catch .limit(let refusal, let position) {
                return .refused(refusal, at: position)
            } catch {
                return .unreadable
            }
        }
    }

    /// libyaml reported an error, the events cannot be composed, or a limit was exceeded.
    private enum Failure: Error {
        case unreadable
        case limit(Refusal, TextPosition)
    }

    /// A composed node with what the limits need to know of it.
    private struct Composed {
        let node: YAMLNode
        /// Levels of lists and mappings in it, aliases included: 0 for text, 1 for a list of text.
        let height: Int
        /// The bytes of text it stands for, aliases expanded: each scalar's UTF-8 bytes plus one, and one
        /// for each list and mapping.
        let bytes: Int
    }

    /// A list or mapping whose entries are still being composed.
    private struct OpenCollection {
        let isMapping: Bool
        let anchor: String?
        let position: TextPosition
        var nodes: [YAMLNode] = []
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        /// A mapping's key, while its value is composed.
        var key: YAMLNode?
        var height = 0
        var bytes = 0

        mutating func add(_ entry: Composed) {
            height = max(height, entry.height)
            bytes = min(bytes + entry.bytes, Int.max / 4)
            if !isMapping {
                nodes.append(entry.node)
            } else if let key {
                pairs.append((key, entry.node))
                self.key = nil
            } else {
                key = entry.node
            }
        }

        func close() -> Composed {
            let node =
                isMapping
                ? YAMLNode.mapping(YAMLNode.Mapping(pairs: pairs, position: position))
                : YAMLNode.sequence(YAMLNode.Sequence(nodes, position: position))
            return Composed(node: node, height: height + 1, bytes: bytes + 1)
        }
    }

    /// The parser's events, one at a time in one reused event, with the anchors seen so far.
    private struct Events {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        let event: UnsafeMutablePointer<yaml_event_t>
        let maxDepth: Int
        let maxAliasBytes: Int
        var anchors: [String: Composed] = [:]
        /// Bytes repeated by the aliases so far.
        var aliasBytes = 0

        init(
            parser: UnsafeMutablePointer<yaml_parser_t>, event: UnsafeMutablePointer<yaml_event_t>,
            maxDepth: Int, maxAliasBytes: Int
        ) {
            self.parser = parser; self.event = event; self.maxDepth = maxDepth; self.maxAliasBytes = maxAliasBytes
        }

        /// Frees the current event and parses the next one.
        @discardableResult
        mutating func next() throws(Failure) -> yaml_event_type_t {
            yaml_event_delete(event)
            guard yaml_parser_parse(parser, event) == 1 else { throw .unreadable }
            return event.pointee.type
        }

        /// The node that starts with the current event, leaving its last event current. Lists and
        /// mappings that are still open wait on `open`, not on the call stack.
        mutating func node() throws(Failure) -> YAMLNode {
            var open: [OpenCollection] = []
            while true {
                let start = event.pointee.start_mark
                let position = TextPosition(line: start.line + 1, column: start.column + 1)
                let composed: Composed
                switch event.pointee.type {
                case YAML_SCALAR_EVENT:
                    let data = event.pointee.data.scalar
                    composed = Composed(
                        node: .scalar(
                            YAMLNode.Scalar(
                                string: Self.text(data.value, count: data.length),
                                style: YAMLNode.Style(rawValue: UInt8(truncatingIfNeeded: data.style.rawValue)) ?? .any,
                                position: position)), height: 0, bytes: data.length + 1)
                    if let anchor = data.anchor { anchors[String(cString: anchor)] = composed }
                case YAML_ALIAS_EVENT:
                    guard let anchor = event.pointee.data.alias.anchor,
                        let anchored = anchors[String(cString: anchor)]
                    else { throw .unreadable }
                    if open.count + anchored.height > maxDepth { throw .limit(.tooDeep(throughAlias: true), position) }
                    aliasBytes = min(aliasBytes + anchored.bytes, Int.max / 4)
                    if aliasBytes > maxAliasBytes { throw .limit(.aliasesTooLarge, position) }
                    composed = anchored
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    if open.count >= maxDepth { throw .limit(.tooDeep(throughAlias: false), position) }
                    let isMapping = event.pointee.type == YAML_MAPPING_START_EVENT
                    let anchor =
                        isMapping
                        ? event.pointee.data.mapping_start.anchor
                        : event.pointee.data.sequence_start.anchor
                    open.append(
                        OpenCollection(
                            isMapping: isMapping, anchor: anchor.map { String(cString: $0) },
                            position: position))
                    try next()
                    continue
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let collection = open.popLast() else { throw .unreadable }
                    composed = collection.close()
                    if let anchor = collection.anchor { anchors[anchor] = composed }
                default:
                    throw .unreadable
                }
                guard !open.isEmpty else { return composed.node }
                open[open.count - 1].add(composed)
                try next()
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
