import DPIAAnalysis
import DPIAModel
import DPIARender
import DPIAReportEngine
import DPIASpec
import Foundation

/// What `dpia report` and `dpia register` share: valid, analysed specs; the templates; the date;
/// the output folder. Every problem becomes a ``CommandFailure`` (exit code 2) that says what to do.
struct ReportInputs {
    /// The loaded specs, in path order.
    let loaded: [LoadedActivity]
    /// Their assessments, in the same order.
    let assessments: [Assessment]

    /// Loads and analyses the specs at `paths`. Invalid specs print their diagnostics to standard
    /// error, as `dpia validate` does, and nothing is written.
    init(paths: [String], words: Words = Words(.en)) throws {
        let validation = SpecValidation(paths: paths, loader: SpecLoader())
        let results = validation.results
        let invalid = results.filter { !$0.isValid }
        let language = words.language
        try Self.requireValid(
            problems: validation.problems.map { $0.description(in: language) },
            errors: invalid.flatMap { ReportRun.errors(of: $0, in: language) },
            invalid: invalid.count, total: results.count, words: words)
        loaded = results.compactMap(\.activity)
        assessments = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(all: loaded)
    }

    /// Prints the problems with the paths and the errors of the specs that did not validate, and
    /// fails when there are any: reports are only written when every spec validates.
    static func requireValid(problems: [String], errors: [String], invalid: Int, total: Int, words: Words = Words(.en)) throws {
        let lines = problems + errors
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        guard invalid > 0 else {
            throw CommandFailure(
                words.text(
                    nl: "geen specs om over te rapporteren; er is niets geschreven",
                    en: "no specs to report on; nothing was written"))
        }
        throw CommandFailure(
            words.text(
                nl: "\(invalid) van \(total) specs \(invalid == 1 ? "is" : "zijn") niet geldig; er is niets geschreven. "
                    + "Herstel de fouten hierboven (`dpia validate` toont ook de waarschuwingen).",
                en: "\(SpecValidation.count(invalid, "spec")) of \(total) did not validate; nothing was written. "
                    + "Fix the errors above (`dpia validate` shows warnings too)."))
    }

    /// The templates: `--templates`, else dpia's own (``TemplateLocator``). Says on standard error which
    /// folder is used when it is not dpia's own, and when a `Templates/` folder in the current folder is
    /// passed over (earlier versions used it without being asked).
    static func templates(_ explicit: String?, words: Words) throws -> TemplateSet {
        let current = FileManager.default.currentDirectoryPath
        do {
            // A release binary uses the templates it was built with, wherever it lies.
            if explicit == nil, let builtIn = try BuiltInFiles.templateSet() { return builtIn }
            let root = try TemplateLocator().locate(
                explicit: explicit, currentDirectory: current,
                executablePath: TemplateLocator.currentExecutablePath)
            let local = URL(fileURLWithPath: current).appendingPathComponent("Templates").standardizedFileURL.path
            if explicit != nil {
                say(
                    words.text(
                        nl: "dpia gebruikt de templates in \(display(root)) (--templates)",
                        en: "using the templates in \(display(root)) (--templates)"))
            } else if FolderWalk.resolved(local) != FolderWalk.resolved(root),
                FileManager.default.fileExists(atPath: local + "/" + TemplateLocator.marker)
            {
                say(
                    words.text(
                        nl: "let op: de map Templates/ hier wordt niet gebruikt; dpia gebruikt zijn eigen templates (\(root)). "
                            + "Geef --templates Templates om die map te gebruiken",
                        en: "note: the folder Templates/ here is not used; dpia uses its own templates (\(root)). "
                            + "Give --templates Templates to use it"))
            }
            return try TemplateSet(root: root)
        } catch let error as TemplateError {
            throw CommandFailure(error.description)
        }
    }

    /// Writes one line to standard error.
    private static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `--date YYYY-MM-DD`, or nil: without a date the output carries none and stays byte-identical.
    static func day(_ text: String?) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(iso: text) else {
            throw CommandFailure("--date: '\(text)' is not a day; write it as YYYY-MM-DD, for example 2025-06-30")
        }
        return day
    }

    /// Says on standard error why a run waits: another run holds the output folder's lock.
    static func sayWaiting(for folder: OutputFolder, words: Words) {
        let path = display(folder.root.path)
        let line = words.text(
            nl: "een andere dpia-opdracht schrijft in \(path); dpia wacht tot die klaar is",
            en: "another dpia run is writing into \(path); waiting until it is done")
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `path` relative to the current folder when it lies below it, for short messages.
    static func display(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
