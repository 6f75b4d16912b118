import DPIAAnalysis
import DPIAModel
import DPIASpec

/// Loads and analyses spec files on all cores, a window of files at a time, handing what the
/// caller keeps of each file to `consume` in path order.
///
/// Commands over a whole register use this instead of loading every spec first: only a window of
/// activities is in memory at once, so memory stays bounded however many specs there are, and
/// output comes in the same order as the files.
public struct SpecStream {
    public var files: [String]
    public var loader = SpecLoader()
    public var analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
    /// Files in flight at once: enough to keep every core busy, few enough to bound memory.
    public var window = 256
    /// Bytes of spec in flight at once (see ``windows(files:window:bytesInFlight:loader:)``).
    public var bytesInFlight = Self.defaultBytesInFlight

    /// The specs of `files`, handled `window` files at a time.
    public init(files: [String], window: Int = 256) {
        self.files = files
        self.window = window
    }

    /// 10 MB, the largest spec: a spec of that size is handled alone.
    public static let defaultBytesInFlight = SpecLimits.default.maxFileBytes

    /// The windows of `files` handled one after the other: at most `window` files, and at most
    /// `bytesInFlight` bytes of spec (a larger file alone). Loading, analysing and reporting a spec
    /// takes memory in proportion to its size (up to some 200 times it, docs/security.md), so the
    /// bytes in flight, not the number of files, bound the memory of a run; thousands of small
    /// specs still go 256 at a time.
    public static func windows(files: [String], window: Int, bytesInFlight: Int, loader: SpecLoader) -> [Range<Int>] {
        ParallelWork.windows(files.count, maxCount: window, maxWeight: bytesInFlight) { loader.byteCount(file: files[$0]) }
    }

    /// `keep` runs in parallel on each file's index, load result and, when the spec is valid, its
    /// assessment; `consume` receives the kept values one by one in order.
    public func forEach<Kept: Sendable>(
        keep: @Sendable (Int, LoadResult, Assessment?) -> Kept, consume: (Int, Kept) throws -> Void
    ) rethrows {
        let files = files, loader = loader, analyzer = analyzer
        let windows = Self.windows(files: files, window: window, bytesInFlight: bytesInFlight, loader: loader)
        try ParallelWork.stream(
            windows: windows,
            { index in
                let result = loader.load(file: files[index])
                let assessment = result.isValid ? result.activity.map(analyzer.assess) : nil
                return keep(index, result, assessment)
            }, consume: consume)
    }
}
