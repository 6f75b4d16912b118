import DPIAAnalysis
import DPIACommands
import DPIAModel
import DPIARegister
import DPIARender
import DPIASpec
import Foundation
import Yams

/// Runs one pass over the spec files of a sample register, streaming: every file goes through
/// all stages of the pass on one core, and nothing but counts is kept, so memory stays bounded.
struct PassRunner {
    var files: [String]
    /// A scratch folder for the register database.
    var scratch: String
    /// Files handled in parallel before their results are consumed (recorded) in order.
    var window = 256

    /// Reading the files and composing the YAML with Yams alone: the cost no loader can avoid.
    func floor() throws -> PassMeasurement {
        let clock = StageClock()
        let files = files
        return try measure("floor", stages: [.parse], clock: clock) {
            let failures = ParallelWork.map(files.count) { index -> Int in
                clock.measure(.parse) {
                    guard let text = try? String(contentsOfFile: files[index], encoding: .utf8),
                        (try? Yams.compose(yaml: text)) != nil
                    else { return 1 }
                    return 0
                }
            }
            return Counts(invalid: failures.reduce(0, +))
        }
    }

    /// The given stages in order (`load` and `analyse` at least), streamed over all files.
    func pipeline(_ name: String, stages: [Stage]) throws -> PassMeasurement {
        let clock = StageClock()
        let files = files
        let loader = SpecLoader()
        let analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
        let database =
            try stages.contains(.record)
            ? RegisterDatabase(path: scratch + "/register-\(name).sqlite") : nil
        let day = CalendarDate(year: 2025, month: 6, day: 30)
        let templates = stages.contains(.markdown) || stages.contains(.html) ? try Self.templates() : nil
        let options = ReportOptions(date: day)
        return try measure(name, stages: stages, clock: clock) {
            var counts = Counts()
            var unrecorded: [Assessment] = []
            func record() throws {
                guard let database, !unrecorded.isEmpty else { return }
                try clock.measure(.record) { _ = try database.record(unrecorded, on: day) }
                unrecorded.removeAll(keepingCapacity: true)
            }
            try ParallelWork.stream(
                files.count, window: window,
                { index -> FileOutcome in
                    let loaded = clock.measure(.load) { loader.load(file: files[index]) }
                    var outcome = FileOutcome()
                    guard loaded.isValid, let activity = loaded.activity else {
                        outcome.invalid = true
                        return outcome
                    }
                    guard stages.contains(.analyse) else { return outcome }
                    let assessment = clock.measure(.analyse) { analyzer.assess(activity) }
                    outcome.findings = assessment.findings.count
                    if let templates {
                        let model = clock.measure(.markdown) { ReportViewModel(assessment: assessment, options: options) }
                        for (stage, format) in [(Stage.markdown, "md"), (.html, "html")] where stages.contains(stage) {
                            let text = clock.measure(stage) {
                                try? templates.render(document: "dpia.\(format)", language: model.language, model)
                            }
                            outcome.renderedBytes += text?.utf8.count ?? 0
                        }
                    }
                    if stages.contains(.record) { outcome.assessment = assessment }
                    return outcome
                },
                consume: { _, outcome in
                    counts.add(outcome)
                    if let assessment = outcome.assessment { unrecorded.append(assessment) }
                    if unrecorded.count >= window { try record() }
                })
            try record()
            return counts
        }
    }

    /// The templates `dpia report` would use when run from the current folder.
    static func templates() throws -> TemplateSet {
        let root = try TemplateLocator().locate(
            explicit: nil, currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: TemplateLocator.currentExecutablePath)
        return try TemplateSet(root: root)
    }

    private func measure(_ pass: String, stages: [Stage], clock: StageClock, _ body: () throws -> Counts) throws -> PassMeasurement {
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let before = ResourceUsage.current()
        let start = Clock.wall()
        let counts = try body()
        let wall = Clock.wall() - start
        let after = ResourceUsage.current()
        return PassMeasurement(
            pass: pass, stages: stages, files: files.count, bytes: bytes, wall: wall,
            cpu: after.cpu - before.cpu, peakMemory: after.peakMemory, stageCPU: clock.totals,
            invalid: counts.invalid, findings: counts.findings, renderedBytes: counts.renderedBytes)
    }
}

/// What one file gave in a pass; the assessment is kept only until it is recorded.
struct FileOutcome: Sendable {
    var invalid = false
    var findings = 0
    var renderedBytes = 0
    var assessment: Assessment?
}

/// Running totals of a pass.
struct Counts {
    var invalid = 0
    var findings = 0
    var renderedBytes = 0

    mutating func add(_ outcome: FileOutcome) {
        invalid += outcome.invalid ? 1 : 0
        findings += outcome.findings
        renderedBytes += outcome.renderedBytes
    }
}
