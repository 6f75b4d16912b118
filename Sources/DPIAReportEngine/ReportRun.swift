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
///
/// Each window goes through three phases — ``scan`` (read, hash, load), ``classify`` (validity, ids,
/// measure progress, what must be rendered) and ``render`` (analyse, render, stage) — and the run ends
/// with ``commit`` (move the staged reports into place, record the state).
public struct ReportRun {
    public var files: [String]
    /// The lines of the path arguments that gave no specs: every spec is still validated, but nothing is written.
    public var problems: [String]
    public var renderer: ReportRenderer
    public var language: ReportLanguage?
    public var date: CalendarDate?
    public var progress: MeasureProgressLookup
    public var output: OutputFolder
    /// The formats written (``ReportFormat``), and the programs that write Word and PDF.
    public var formats: [ReportFormat] = ReportFormat.defaults
    public var converters = ReportConverters()
    /// Write every report, whatever the state says.
    public var force = false
    public var loader = SpecLoader()
    public var analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
    /// Files in flight at once: enough to keep every core busy, few enough to bound memory.
    public var window = 256
    /// Bytes of spec in flight at once (``SpecStream/windows(files:window:bytesInFlight:loader:)``).
    public var bytesInFlight = SpecStream.defaultBytesInFlight
    /// Called after each window with the number of specs handled so far and the total.
    public var progressed: (Int, Int) -> Void = { _, _ in }
    /// Called once when another run holds the output folder and this one waits for it.
    public var waiting: () -> Void = {}

    public init(
        files: [String], problems: [String], renderer: ReportRenderer, language: ReportLanguage?,
        date: CalendarDate?, progress: MeasureProgressLookup, output: OutputFolder,
        formats: [ReportFormat] = ReportFormat.defaults, converters: ReportConverters = ReportConverters(),
        force: Bool = false
    ) {
        self.files = files
        self.problems = problems
        self.renderer = renderer
        self.language = language
        self.date = date
        self.progress = progress
        self.output = output
        self.formats = formats
        self.converters = converters
        self.force = force
    }

    /// What a run did.
    public struct Summary {
        /// The first file of each report written (its Markdown file, unless only other formats were asked for), in path order.
        public var written: [String] = []
        /// Reports that were already up to date.
        public var unchanged = 0
    }

    /// Why a run wrote nothing: path arguments that gave no specs, or specs that did not validate.
    public struct InvalidSpecs: Error {
        /// The lines of the path arguments that gave no specs (``ReportRun/problems``).
        public var problems: [String]
        /// The error lines of the specs that did not validate, in path order.
        public var errors: [String]
        /// How many specs did not validate, of `total`.
        public var invalid: Int
        public var total: Int
    }

    /// Reports on every spec, calling `wrote` with the first file of each report moved into place.
    /// Throws ``InvalidSpecs``, ``ReportFailure`` or `OutputError`; nothing is written then.
    public mutating func run(wrote: (String) -> Void) throws -> Summary {
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

    /// What the windows handled so far found, carried from one window to the next.
    private struct Tally {
        /// This run's state entries: the reports left as they were, then those committed.
        var reports: [String: ReportState.Entry] = [:]
        /// Staged reports, in path order, to move into place once every spec validated.
        var pending: [(key: String, entry: ReportState.Entry)] = []
        /// The error lines of the specs that did not validate.
        var errors: [String] = []
        var invalid = 0
        /// The spec file of each id seen, to find two specs with one id.
        var owners: [String: String] = [:]
        /// The first id that cannot be a report folder, or that two specs share.
        var idProblem: ReportFailure?
        /// The first report that could not be rendered or staged.
        var renderFailure: ReportFailure?
        /// Reports that were already up to date.
        var unchanged = 0

        /// Whether nothing will be written: from then on, specs are only validated.
        var failed: Bool { invalid > 0 || idProblem != nil || renderFailure != nil }
    }

    private mutating func run(staging: ReportStaging, wrote: (String) -> Void) throws -> Summary {
        let previous = ReportState.read(in: output.root)
        let fingerprint = ReportFingerprint(templates: renderer.templates, language: language, date: date, converters: converters)
        var tally = Tally()
        for range in SpecStream.windows(files: files, window: window, bytesInFlight: bytesInFlight, loader: loader) {
            let scanned = scan(range, previous: previous, staging: staging)
            let queued = try classify(
                scanned, from: range.lowerBound, previous: previous, fingerprint: fingerprint,
                tally: &tally)
            // Once a spec failed nothing will be written: only validate the rest.
            try render(tally.failed ? [] : queued, staging: staging, tally: &tally)
            progressed(range.upperBound, files.count)
        }
        if !problems.isEmpty || !tally.errors.isEmpty {
            throw InvalidSpecs(problems: problems, errors: tally.errors, invalid: tally.invalid, total: files.count)
        }
        if let problem = tally.idProblem ?? tally.renderFailure { throw problem }
        return try commit(tally, previous: previous, staging: staging, wrote: wrote)
    }

    /// Scan: reads and hashes the files of `range` and, unless their bytes are as recorded, loads them, on all cores.
    private func scan(_ range: Range<Int>, previous: ReportState, staging: ReportStaging) -> [Scanned] {
        let files = files, loader = loader, force = force, formats = formats
        return ParallelWork.map(range.count) { offset -> Scanned in
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
    }

    /// Classify, in path order: validity, ids, measure progress, and which reports must be rendered.
    private mutating func classify(
        _ scanned: [Scanned], from first: Int, previous: ReportState,
        fingerprint: ReportFingerprint, tally: inout Tally
    ) throws -> [Job] {
        var queued: [Job] = []
        for (offset, item) in scanned.enumerated() {
            let index = first + offset, path = files[index]
            if let result = item.result, !result.isValid || result.activity == nil {
                tally.invalid += 1
                tally.errors += ReportRun.errors(of: result, in: language)
                continue
            }
            // Every spec that was read has a digest; one that could not be read is invalid (above).
            guard let digest = item.digest,
                let id = item.result?.activity?.activity.id ?? previous.reports[item.key]?.id
            else { continue }
            if tally.idProblem == nil { tally.idProblem = Self.idProblem(id, file: path, owners: &tally.owners) }
            let measures = try progress.progressByMeasure(activityID: id, specFile: path)
            let versions = try progress.recordedVersions(activityID: id, specFile: path)
            guard problems.isEmpty, !tally.failed else { continue }
            let inputs = fingerprint.digest(progress: measures, versions: versions)
            if item.result == nil, item.intact, let entry = previous.reports[item.key], entry.inputs == inputs {
                tally.reports[item.key] = entry
                tally.unchanged += 1
                continue
            }
            queued.append(
                Job(
                    index: index, key: item.key, digest: digest, id: id, inputs: inputs, progress: measures,
                    versions: versions, result: item.result, bytes: item.bytes))
        }
        return queued
    }

    /// Render: loads what was skipped but must be rendered after all, analyses, renders and stages, on all cores.
    private func render(_ jobs: [Job], staging: ReportStaging, tally: inout Tally) throws {
        if !jobs.isEmpty { try staging.create() }
        let files = files, loader = loader, analyzer = analyzer, renderer = renderer
        let formats = formats, converters = converters, language = language
        let options = ReportOptions(language: language, date: date)
        let failures = ParallelWork.map(jobs.count) { number -> ReportFailure? in
            let job = jobs[number], path = files[job.index]
            let result = job.result ?? loader.load(data: job.bytes ?? Data(), path: path)
            guard result.isValid, let loaded = result.activity else {
                return ReportRun.errors(of: result, in: language).first.map { ReportFailure($0) }
                    ?? ReportFailure(
                        nl: "\(path): de spec kon niet opnieuw worden gelezen", en: "\(path): the spec could not be read again")
            }
            do {
                var options = options
                options.progress = job.progress
                options.recordedVersions = job.versions
                try staging.stage(
                    try renderer.render(analyzer.assess(loaded), options: options), id: job.id,
                    formats: formats, converters: converters)
                return nil
            } catch let error as ReportFailure {
                return error
            } catch {
                return ReportFailure(
                    nl: "\(path): het rapport kon niet worden gemaakt: \(error)", en: "\(path): the report could not be rendered: \(error)")
            }
        }
        for (job, failure) in zip(jobs, failures) {
            if let failure {
                if tally.renderFailure == nil { tally.renderFailure = failure }
                continue
            }
            tally.pending.append((job.key, ReportState.Entry(spec: job.digest, id: job.id, inputs: job.inputs, files: [:])))
        }
    }

    /// Commit: every spec is valid, so the staged reports move into place, then the state is recorded.
    private func commit(
        _ tally: Tally, previous: ReportState, staging: ReportStaging,
        wrote: (String) -> Void
    ) throws -> Summary {
        var summary = Summary(unchanged: tally.unchanged)
        var reports = tally.reports
        // First every report folder, so that a link or a file in the way of one stops the run before any
        // report is replaced.
        for (_, entry) in tally.pending { try output.check([entry.id]) }
        for (key, entry) in tally.pending {
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
        if state.reports != previous.reports || !tally.pending.isEmpty || force {
            try state.write(in: output.root)
        }
        return summary
    }

    /// The error lines of a spec, as `dpia validate` prints them: in `language` when one was asked for
    /// (--lang, the project), else in English.
    public static func errors(of result: LoadResult, in language: ReportLanguage? = nil) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { $0.description(in: language ?? .en) }
    }

    /// Why `id` cannot name the report folder of `file`: not a safe folder name, or already used by
    /// another spec in `owners` (which records it otherwise).
    static func idProblem(_ id: String, file: String, owners: inout [String: String]) -> ReportFailure? {
        do {
            _ = try OutputFolder.safeComponent(id)
        } catch {
            return ReportFailure(
                nl: "\(file): de id '\(id)' kan geen mapnaam zijn: gebruik kleine letters, cijfers en '-'",
                en: "\(file): the id '\(id)' cannot be a folder name: use lowercase letters, digits and '-'")
        }
        if let other = owners[id] {
            return ReportFailure(
                nl: "\(other) en \(file) hebben dezelfde id '\(id)': hun rapporten zouden elkaar overschrijven in "
                    + "\(id)/; geef een van beide een andere id (houd de oude als renamed_from)",
                en: "\(other) and \(file) have the same id '\(id)': their reports would "
                    + "overwrite each other in \(id)/; give one of them another id (keep the old one as renamed_from)")
        }
        owners[id] = file
        return nil
    }
}
