import DPIAAnalysis
import DPIAModel
import DPIARender
import DPIASpec
import Foundation

/// One run of `dpia report`: every spec is read once, validated, and — when its report would differ
/// from the one already in the output folder — analysed, rendered and staged, in one streamed pass.
///
/// Specs are handled a window at a time on all cores, so memory stays bounded: a rendered report goes
/// to the staging folder (``ReportStaging``) as soon as it is made. Only when every spec validated,
/// every id can be a folder name and no two specs share one, are the staged reports moved into place
/// and the state (``ReportState``) written; otherwise the output folder is left as it was.
///
/// A spec is skipped (not loaded, rendered or written) when its bytes, its id, its inputs
/// (``ReportFingerprint``) and both report files are as recorded in the state of the last run.
struct ReportRun {
    var files: [String]
    var problems: [SpecPaths.Problem]
    var renderer: ReportRenderer
    var language: ReportLanguage?
    var date: CalendarDate?
    var progress: MeasureProgressLookup
    var output: OutputFolder
    /// The formats written (``ReportFormat``), and the programs that write Word and PDF.
    var formats: [ReportFormat] = ReportFormat.defaults
    var converters = ReportConverters()
    /// Write every report, whatever the state says.
    var force = false
    var loader = SpecLoader()
    var analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
    /// Files in flight at once: enough to keep every core busy, few enough to bound memory.
    var window = 256
    /// Bytes of spec in flight at once (``SpecStream/windows(files:window:bytesInFlight:loader:)``).
    var bytesInFlight = SpecStream.defaultBytesInFlight
    /// Called after each window with the number of specs handled so far and the total.
    var progressed: (Int, Int) -> Void = { _, _ in }
    /// Called once when another run holds the output folder and this one waits for it.
    var waiting: () -> Void = {}

    /// What a run did.
    struct Summary {
        /// The first file of each report written (its Markdown file, unless only other formats were asked for), in path order.
        var written: [String] = []
        /// Reports that were already up to date.
        var unchanged = 0
    }

    /// Reports on every spec, calling `wrote` with the first file of each report moved into place.
    mutating func run(wrote: (String) -> Void) throws -> Summary {
        let existed = FileManager.default.fileExists(atPath: output.root.path)
        // One run at a time per output folder: another run's staging folder is never removed, nor its files mixed in.
        let lock = try output.lock(waiting: waiting)
        defer { lock.release() }
        ReportStaging.removeLeftovers(in: output.root)
        let staging = ReportStaging(output: output, outputExisted: existed)
        do {
            return try run(staging: staging, wrote: wrote)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// One spec file after the parallel read: its digest, and its load result unless the bytes are as recorded.
    private struct Scanned: Sendable {
        var key: String
        /// The SHA-256 of the bytes; nil when the file could not be read (`result` says why).
        var digest: String?
        /// Nil when the spec was not loaded because its bytes are as recorded.
        var result: LoadResult?
        /// The bytes, kept only when the spec was not loaded, in case it has to be rendered after all.
        var bytes: Data?
        /// Whether the report files of every format asked for are as the state recorded them.
        var intact = false
    }

    /// A spec whose report is rendered.
    private struct Job: Sendable {
        var index: Int
        var key: String
        var digest: String
        var id: String
        var inputs: String
        var progress: [String: MeasureProgress]
        var versions: [DocumentVersion]
        var result: LoadResult?
        var bytes: Data?
    }

    private mutating func run(staging: ReportStaging, wrote: (String) -> Void) throws -> Summary {
        let previous = ReportState.read(in: output.root)
        let fingerprint = ReportFingerprint(templates: renderer.templates, language: language, date: date)
        var reports: [String: ReportState.Entry] = [:]   // this run's entries
        var pending: [(key: String, entry: ReportState.Entry)] = []   // staged, to move into place
        var errors: [String] = []
        var invalid = 0
        var owners: [String: String] = [:]
        var idProblem: String?
        var renderFailure: String?
        var unchanged = 0
        let files = files, loader = loader, analyzer = analyzer, force = force, renderer = renderer
        let formats = formats, converters = converters
        let options = ReportOptions(language: language, date: date)
        for range in SpecStream.windows(files: files, window: window, bytesInFlight: bytesInFlight, loader: loader) {
            // Read, hash and (unless the bytes are as recorded) load, on all cores.
            let scanned = ParallelWork.map(range.count) { offset -> Scanned in
                let path = files[range.lowerBound + offset]
                let key = ReportState.key(of: path)
                let data: Data
                switch loader.bytes(file: path) {
                case .success(let bytes): data = bytes
                case .failure(let refused): return Scanned(key: key, result: refused.result)
                }
                let digest = ReportFingerprint.digest(spec: data)
                if !force, let entry = previous.reports[key], entry.spec == digest {
                    let intact = entry.intact(formats) { staging.target(entry.id, $0).path }
                    return Scanned(key: key, digest: digest, bytes: data, intact: intact)
                }
                return Scanned(key: key, digest: digest, result: loader.load(data: data, path: path))
            }
            // In path order: validity, ids, measure progress, and what needs rendering.
            var queued: [Job] = []
            for (offset, item) in scanned.enumerated() {
                let index = range.lowerBound + offset, path = files[index]
                if let result = item.result, !result.isValid || result.activity == nil {
                    invalid += 1
                    errors += ReportInputs.errors(of: result)
                    continue
                }
                // Every spec that was read has a digest; one that could not be read is invalid (above).
                guard let digest = item.digest,
                      let id = item.result?.activity?.activity.id ?? previous.reports[item.key]?.id else { continue }
                if idProblem == nil { idProblem = Self.idProblem(id, file: path, owners: &owners) }
                let measures = try progress.progressByMeasure(activityID: id, specFile: path)
                let versions = try progress.recordedVersions(activityID: id, specFile: path)
                guard problems.isEmpty, invalid == 0, idProblem == nil, renderFailure == nil else { continue }
                let inputs = fingerprint.digest(progress: measures, versions: versions)
                if item.result == nil, item.intact, let entry = previous.reports[item.key], entry.inputs == inputs {
                    reports[item.key] = entry
                    unchanged += 1
                    continue
                }
                queued.append(Job(index: index, key: item.key, digest: digest, id: id, inputs: inputs, progress: measures,
                                versions: versions, result: item.result, bytes: item.bytes))
            }
            // Load what was skipped but must be rendered after all, analyse, render and stage, on all cores.
            // Once a spec failed nothing will be written: only validate the rest.
            let jobs = invalid == 0 && idProblem == nil && renderFailure == nil ? queued : []
            if !jobs.isEmpty { try staging.create() }
            let failures = ParallelWork.map(jobs.count) { number -> String? in
                let job = jobs[number], path = files[job.index]
                let result = job.result ?? loader.load(data: job.bytes ?? Data(), path: path)
                guard result.isValid, let loaded = result.activity else {
                    return ReportInputs.errors(of: result).first ?? "\(path): the spec could not be read again"
                }
                do {
                    var options = options
                    options.progress = job.progress
                    options.recordedVersions = job.versions
                    try staging.stage(try renderer.render(analyzer.assess(loaded), options: options), id: job.id,
                                      formats: formats, converters: converters)
                    return nil
                } catch let error as CommandFailure {
                    return error.description
                } catch {
                    return "\(path): the report could not be rendered: \(error)"
                }
            }
            for (job, failure) in zip(jobs, failures) {
                if let failure {
                    if renderFailure == nil { renderFailure = failure }
                    continue
                }
                pending.append((job.key, ReportState.Entry(spec: job.digest, id: job.id, inputs: job.inputs, files: [:])))
            }
            progressed(range.upperBound, files.count)
        }
        try ReportInputs.requireValid(problems: problems, errors: errors, invalid: invalid, total: files.count)
        if let problem = idProblem ?? renderFailure { throw CommandFailure(problem) }

        // Every spec is valid: move the staged reports into place, then record the state.
        var summary = Summary(unchanged: unchanged)
        // First every report folder, so that a link or a file in the way of one stops the run before any
        // report is replaced.
        for (_, entry) in pending { try output.check([entry.id]) }
        for (key, entry) in pending {
            var entry = entry
            entry.files = try staging.commit(entry.id, formats: formats)
            reports[key] = entry
            let first = staging.target(entry.id, formats.first?.fileName ?? ReportFormat.md.fileName).path
            summary.written.append(first)
            wrote(first)
        }
        staging.finish()
        var state = previous
        state.reports = previous.reports.filter { key, _ in FileManager.default.fileExists(atPath: key) }
            .merging(reports) { _, new in new }
        if state.reports != previous.reports || !pending.isEmpty || force {
            try state.write(in: output.root)
        }
        return summary
    }

    /// Why `id` cannot name the report folder of `file`: not a safe folder name, or already used by
    /// another spec in `owners` (which records it otherwise).
    static func idProblem(_ id: String, file: String, owners: inout [String: String]) -> String? {
        do {
            _ = try OutputFolder.safeComponent(id)
        } catch {
            return "\(file): the id '\(id)' cannot be a folder name: use lowercase letters, digits and '-'"
        }
        if let other = owners[id] {
            return "\(other) and \(file) have the same id '\(id)': their reports would "
                + "overwrite each other in \(id)/; give one of them another id (keep the old one as renamed_from)"
        }
        owners[id] = file
        return nil
    }
}
