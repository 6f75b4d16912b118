import DPIAAnalysis
import DPIASpec

/// Loads and analyses spec files on all cores, a window of files at a time, handing what the
/// caller keeps of each file to `consume` in path order.
///
/// Commands over a whole register use this instead of loading every spec first: only a window of
/// activities is in memory at once, so memory stays bounded however many specs there are, and
/// output comes in the same order as the files.
struct SpecStream {
    var files: [String]
    var loader = SpecLoader()
    var analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
    /// Files in flight at once: enough to keep every core busy, few enough to bound memory.
    var window = 256

    /// `keep` runs in parallel on each file's index, load result and, when the spec is valid, its
    /// assessment; `consume` receives the kept values one by one in order.
    func forEach<Kept: Sendable>(
        keep: @Sendable (Int, LoadResult, Assessment?) -> Kept, consume: (Int, Kept) throws -> Void
    ) rethrows {
        let files = files, loader = loader, analyzer = analyzer
        try ParallelWork.stream(files.count, window: window, { index in
            let result = loader.load(file: files[index])
            let assessment = result.isValid ? result.activity.map(analyzer.assess) : nil
            return keep(index, result, assessment)
        }, consume: consume)
    }
}
