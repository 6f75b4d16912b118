import Yams

/// Lays a fragment of spec YAML over a complete spec: how the examples of the rule catalogue are
/// written (`RuleExample` in DPIAAnalysis, laid over its `ExampleSpec.base`), so that an example
/// shows only what differs from a small, clean spec.
///
/// The fragment holds top-level sections:
/// - `key:` replaces the base's section with that key whole, or is added when the base has none.
/// - `key+:` changes entries of the base's list `key` by their `id`: an entry whose `id` the base
///   has replaces the fields it names and keeps the others (in their place; new fields come last);
///   an entry with a new `id` is added at the end. Only lists of entries with an `id` can be changed
///   so (`data`, `parties`, `purposes`, `roles`, `flows`, ...); `retention` and `locations` have no
///   ids and are replaced whole.
///
/// `removing` leaves parts of the base out before the fragment is laid over it, each written as
/// an element path: `transparency` (a section), `parties/uwv` (an entry, by id) or
/// `parties/leverancier/processor_agreement` (a field of an entry).
///
/// Anything that cannot be done so (a `+` on a section that is no list of entries with ids, an id
/// to remove the base does not have, a section written both whole and with `+`) is a ``Failure``
/// that says what is wrong and what would be right. The result is YAML text for ``SpecLoader``.
public enum SpecOverlay {
    /// Why a fragment cannot be laid over the base.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        /// What is wrong and what would be right.
        public let description: String
    }

    private typealias Pairs = [(key: Node, value: Node)]

    /// The base with the parts at `removing` left out and the fragment's sections laid over it.
    public static func compose(base: String, fragment: String, removing: [String] = []) throws(Failure) -> String {
        var sections = try pairs(of: base, "the base spec")
        for path in removing { try remove(path, from: &sections) }
        let changes = try pairs(of: fragment, "the fragment")
        let keys = changes.compactMap(\.key.scalar?.string)
        for (key, value) in changes {
            let name = key.scalar?.string ?? ""
            if name.hasSuffix("+") {
                let section = String(name.dropLast())
                guard !keys.contains(section) else {
                    throw Failure(description: "`\(section):` and `\(name):` both stand in the fragment: write one of them")
                }
                guard let index = sections.firstIndex(where: { $0.key.scalar?.string == section }) else {
                    throw Failure(
                        description:
                            "`\(name):` changes entries of `\(section)`, but the base spec has no `\(section)`: write `\(section):` to add the section"
                    )
                }
                sections[index].value = try merge(value, into: sections[index].value, section)
            } else if let index = sections.firstIndex(where: { $0.key.scalar?.string == name }) {
                sections[index].value = value
            } else {
                sections.append((key, value))
            }
        }
        do {
            return try Yams.serialize(node: mapping(sections), width: -1, allowUnicode: true)
        } catch {
            throw Failure(description: "the composed spec cannot be written as YAML: \(error)")
        }
    }

    /// The top-level keys and values of a YAML mapping; none for an empty text.
    private static func pairs(of text: String, _ what: String) throws(Failure) -> Pairs {
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw Failure(description: "\(what) is not valid YAML: \(error)") }
        guard let node else { return [] }
        guard let mapping = node.mapping else { throw Failure(description: "\(what) must be sections of a spec (`key: value`)") }
        return Array(mapping)
    }

    /// `changes` (a list of entries with ids) laid over the base's list `section`.
    private static func merge(_ changes: Node, into base: Node, _ section: String) throws(Failure) -> Node {
        guard var entries = Self.entries(of: base) else {
            throw Failure(
                description:
                    "`\(section)+:` changes entries of a list by their `id`, but `\(section)` in the base spec is no list of entries with ids (as `retention` and `locations` are not): write `\(section):` to replace it whole"
            )
        }
        guard let changed = Self.entries(of: changes) else {
            throw Failure(description: "`\(section)+:` must hold a list of entries, each with an `id` (`- id: …`)")
        }
        var seen = Set<String>()
        for (id, fields) in changed {
            guard seen.insert(id).inserted else {
                throw Failure(description: "`\(section)+:` names entry `\(id)` twice: write its fields once")
            }
            guard let index = entries.firstIndex(where: { $0.id == id }) else {
                entries.append((id, fields))
                continue
            }
            for (key, value) in fields {
                if let field = entries[index].fields.firstIndex(where: { $0.key.scalar?.string == key.scalar?.string }) {
                    entries[index].fields[field].value = value
                } else {
                    entries[index].fields.append((key, value))
                }
            }
        }
        return list(entries, like: base)
    }

    /// The id and fields of each entry of a list; nil when it is no list or an entry has no `id`.
    private static func entries(of node: Node) -> [(id: String, fields: Pairs)]? {
        guard let sequence = node.sequence else { return nil }
        var result: [(id: String, fields: Pairs)] = []
        for entry in sequence {
            guard let fields = entry.mapping.map(Array.init),
                let id = fields.first(where: { $0.key.scalar?.string == "id" })?.value.scalar?.string
            else { return nil }
            result.append((id, fields))
        }
        return result
    }

    /// A mapping of the pairs, in order.
    private static func mapping(_ pairs: Pairs) -> Node {
        .mapping(Node.Mapping(pairs.map { ($0.key, $0.value) }))
    }

    /// The entries as a list in the style of `original`.
    private static func list(_ entries: [(id: String, fields: Pairs)], like original: Node) -> Node {
        let sequence = original.sequence
        return .sequence(
            Node.Sequence(
                entries.map { mapping($0.fields) },
                sequence?.tag ?? .implicit, sequence?.style ?? .any))
    }

    /// Leaves the part at `path` out of the sections: a path goes down by key in a mapping and by
    /// `id` in a list of entries, as the element paths of findings do.
    private static func remove(_ path: String, from sections: inout Pairs) throws(Failure) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else {
            throw Failure(description: "`\(path)` is no path to leave out: write `section`, `section/id` or `section/id/field`")
        }
        guard case .mapping(let mapping) = try removing(parts[...], from: mapping(sections), path)
        else { return }
        sections = Array(mapping)
    }

    /// `node` without the part at `parts`.
    private static func removing(_ parts: ArraySlice<String>, from node: Node, _ path: String) throws(Failure) -> Node {
        guard let name = parts.first else { return node }
        let rest = parts.dropFirst()
        let within =
            parts.startIndex == 0 ? "the base spec" : "`\(path.split(separator: "/").prefix(parts.startIndex).joined(separator: "/"))`"
        if let mapping = node.mapping {
            var pairs = Array(mapping)
            guard let index = pairs.firstIndex(where: { $0.key.scalar?.string == name }) else {
                throw Failure(description: "`\(path)` cannot be left out: \(within) has no `\(name)`")
            }
            if rest.isEmpty { pairs.remove(at: index) } else { pairs[index].value = try removing(rest, from: pairs[index].value, path) }
            return .mapping(Node.Mapping(pairs.map { ($0.key, $0.value) }, mapping.tag, mapping.style))
        }
        guard var entries = Self.entries(of: node) else {
            throw Failure(description: "`\(path)` cannot be left out: \(within) is neither a mapping nor a list of entries with ids")
        }
        guard let index = entries.firstIndex(where: { $0.id == name }) else {
            throw Failure(
                description:
                    "`\(path)` cannot be left out: \(within) has no entry `\(name)` (it has \(entries.map { "`\($0.id)`" }.joined(separator: ", ")))"
            )
        }
        if rest.isEmpty {
            entries.remove(at: index)
        } else {
            guard
                case .mapping(let fields) = try removing(rest, from: mapping(entries[index].fields), path)
            else { return node }
            entries[index].fields = Array(fields)
        }
        return list(entries, like: node)
    }
}
