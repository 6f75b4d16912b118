import DPIAModel
import DPIASpec

/// The check that no two specs of one run declare the same activity id: where each id is declared.
///
/// The register and the reports keep one version history and one folder per activity id, so two
/// files with the same top-level `id:` overwrite each other's place. `validate`, `check` and every
/// command that loads folders through ``SpecValidation`` warn about it; `record` refuses it.
/// Built in one pass over the specs, indexed by id.
struct DuplicateIDCheck {
    /// An activity id declared in more than one file, with where: in the order of the files.
    struct Shared: Sendable, Hashable {
        var id: String
        var locations: [SourceLocation]
    }

    /// Per id, the locations of its `id:` key, in the order of the specs.
    private var locations: [String: [SourceLocation]] = [:]
    /// Ids in the order they were first met, for deterministic output.
    private var order: [String] = []

    /// Where one spec declares its activity id: all a command streaming a register needs to keep.
    struct Declaration: Sendable, Hashable {
        var id: String
        var location: SourceLocation

        init(_ loaded: LoadedActivity) {
            id = loaded.activity.id
            location = loaded.sourceMap.location(of: "id")
        }
    }

    /// Indexes the activities of `loaded`.
    init(_ loaded: [LoadedActivity]) {
        self.init(loaded.map(Declaration.init))
    }

    /// Indexes the declarations, in the order of the specs.
    init(_ declarations: [Declaration]) {
        for declaration in declarations {
            let id = declaration.id
            if locations[id] == nil { order.append(id) }
            locations[id, default: []].append(declaration.location)
        }
    }

    /// Every id declared in more than one file, in the order of first use.
    var shared: [Shared] {
        order.compactMap { id in
            guard let uses = locations[id], uses.count > 1 else { return nil }
            return Shared(id: id, locations: uses)
        }
    }

    /// The warning for the use of `id` at `location`: it names another file that uses the id.
    func warning(for id: String, at location: SourceLocation) -> Diagnostic? {
        guard let uses = locations[id], uses.count > 1 else { return nil }
        // The first use names the second; every later use names the first.
        let other = uses[0] == location ? uses[1] : uses[0]
        let more = uses.count - 2
        let others = more == 0 ? "" : " (and \(more) more file\(more == 1 ? "" : "s"))"
        return Diagnostic(
            .warning, at: location,
            "activity id '\(id)' is also used by \(other)\(others); "
                + "the register and reports keep one folder per id")
    }

    /// The warning for a declaration, when another spec uses the same id.
    func warning(for declaration: Declaration) -> Diagnostic? {
        warning(for: declaration.id, at: declaration.location)
    }

    /// `diagnostics` (in source order) with `warning` inserted in its place.
    static func inserting(_ warning: Diagnostic, into diagnostics: [Diagnostic]) -> [Diagnostic] {
        var diagnostics = diagnostics
        let index = diagnostics.firstIndex { warning.location < $0.location } ?? diagnostics.endIndex
        diagnostics.insert(warning, at: index)
        return diagnostics
    }

    /// `results` with a warning added to every valid spec whose activity id another spec also uses.
    static func warningAboutSharedIDs(in results: [LoadResult]) -> [LoadResult] {
        let uses = DuplicateIDCheck(results.compactMap(\.activity))
        guard !uses.shared.isEmpty else { return results }
        return results.map { result in
            guard let loaded = result.activity,
                let warning = uses.warning(for: loaded.activity.id, at: loaded.sourceMap.location(of: "id"))
            else { return result }
            var result = result
            result.diagnostics = inserting(warning, into: result.diagnostics)
            return result
        }
    }
}
