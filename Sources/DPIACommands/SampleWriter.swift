import DPIAModel
import DPIARender
import DPIASample
import Foundation

/// Writes a ``SampleRegister`` into a folder, one file per activity (`DIR/<organisation>/<id>.yaml`),
/// on all cores and atomically (through ``OutputFolder``). Used by `dpia sample` and by the benchmark.
public struct SampleWriter: Sendable {
    /// What was written.
    public struct Summary: Sendable {
        /// The organisation folders, in order of first use.
        public var organisations: [String]
        /// The files written, in activity order.
        public var files: [String]
    }

    public var register: SampleRegister
    /// The JSON Schema each file points editors at (relative to the file), if any.
    public var schema: String?

    public init(register: SampleRegister, schema: String? = nil) {
        self.register = register; self.schema = schema
    }

    /// Writes every activity into `folder`, creating it and its organisation folders.
    public func write(into folder: String) throws -> Summary {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let schemaURL = schema.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let register = register
        let entries = ParallelWork.map(register.count) { register.entry(at: $0) }
        var organisations: [String] = []
        for entry in entries where !organisations.contains(entry.organisation) { organisations.append(entry.organisation) }
        let output = OutputFolder(root: root)
        let failures = ParallelWork.map(register.count) { index -> LocalizedText? in
            let entry = entries[index]
            let schemaPath = schemaURL.map { RelativePath.from(folder: root.appendingPathComponent(entry.organisation), to: $0) }
            do {
                try output.write(
                    register.yaml(at: index, schema: schemaPath), folders: [entry.organisation],
                    fileName: "\(entry.id).yaml")
                return nil
            } catch {
                return (error as? OutputError)?.message ?? LocalizedText("\(error)")
            }
        }.compactMap { $0 }
        let files = entries.map { root.appendingPathComponent($0.relativePath).path }
        if let first = failures.first {
            throw SampleWriteError(
                message: LocalizedText(
                    nl: "\(failures.count) van \(register.count) bestanden konden niet worden geschreven; het eerste: \(first.nl)",
                    en: "could not write \(failures.count) of \(register.count) files; the first: \(first.en)"))
        }
        return Summary(organisations: organisations, files: files)
    }
}

/// A sample register could not be written; the message says which file or folder and why.
public struct SampleWriteError: BilingualError, CustomStringConvertible {
    public var message: LocalizedText
    public var description: String { message.en }
}

/// Relative paths between files, for the schema comment at the top of a sample spec.
enum RelativePath {
    /// The path from `folder` to `target`, for example `../../docs/dpia-spec.schema.json`.
    static func from(folder: URL, to target: URL) -> String {
        let from = folder.standardizedFileURL.pathComponents
        let to = target.standardizedFileURL.pathComponents
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }
}
