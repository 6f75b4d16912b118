/// Element paths and where each was written, recorded as a tree while a spec is read.
///
/// A path is its parent's path, `/`, and one component (a top-level path has no parent). Recording
/// builds no path strings and hashes nothing: the loader records a place for nearly every key of a
/// spec, and a ``SourceMap`` made from the tree looks up the few paths that findings name.
public struct SourcePaths: Sendable {
    /// One path of the tree.
    public struct Path: Sendable, Equatable {
        let index: Int32
    }

    /// The empty path `""`, the parent of the top-level paths.
    public static let root = Path(index: -1)

    struct Entry: Sendable {
        /// The parent entry, or -1 for a top-level path (and for `""`).
        let parent: Int32
        let component: String
        /// 1-based; 0 while nothing was recorded at this entry.
        var line: Int32 = 0
        var column: Int32 = 0
        /// The entry's position in ``order``, or -1 while nothing was recorded at it.
        var rank: Int32 = -1
    }

    private(set) var entries: [Entry] = []
    /// Entries in the order their place was recorded: the first place recorded for a path wins.
    private(set) var order: [Int32] = []
    /// The entry that ``root`` is recorded at, once it is.
    private var rootEntry: Int32?
    /// The rank of the first place recorded for `""`.
    private(set) var emptyPathRank: Int32?

    public init() {}

    /// Room for about `count` paths.
    public mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
        order.reserveCapacity(count)
    }

    /// `parent/component`, or `component` when `parent` is ``root``.
    public mutating func child(_ parent: Path, _ component: String) -> Path {
        entries.append(Entry(parent: parent.index, component: component))
        return Path(index: Int32(truncatingIfNeeded: entries.count - 1))
    }

    /// Records that `path` was written at `line` and `column`, unless a place was recorded for it before.
    public mutating func record(_ path: Path, line: Int, column: Int) {
        var index = path.index
        if index < 0 {
            if rootEntry == nil {
                entries.append(Entry(parent: -1, component: ""))
                rootEntry = Int32(truncatingIfNeeded: entries.count - 1)
            }
            index = rootEntry!
        }
        let slot = Int(index)
        guard entries[slot].rank < 0 else { return }
        let rank = Int32(truncatingIfNeeded: order.count)
        entries[slot].line = Int32(truncatingIfNeeded: line)
        entries[slot].column = Int32(truncatingIfNeeded: column)
        entries[slot].rank = rank
        order.append(index)
        if entries[slot].parent < 0, emptyPathRank == nil, entries[slot].component.isEmpty { emptyPathRank = rank }
    }

    /// The text of `path`, such as `roles/werkgever/sees`.
    public func text(of path: Path) -> String {
        guard path.index >= 0 else { return "" }
        var components: [String] = []
        var index = path.index
        while index >= 0 {
            components.append(entries[Int(index)].component)
            index = entries[Int(index)].parent
        }
        return components.reversed().joined(separator: "/")
    }

    /// The number of paths with a recorded place (counting a path recorded twice twice).
    public var recordedCount: Int { order.count }
}
