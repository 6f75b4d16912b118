import DPIAModel
import DPIASpec
import Foundation

/// The hostile and broken specs in `Corpus/`, next to this file. They also seed the fuzzer
/// (`Scripts/fuzz.sh`), so every file here is a starting point for mutations.
enum Corpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// The names of every file in the corpus, sorted.
    static var names: [String] {
        get throws {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        }
    }

    /// Loads the corpus file `name` as `dpia` does (from the file) and returns its diagnostics as
    /// printed, without the path: `7:11: error: ...`.
    static func messages(_ name: String, limits: SpecLimits = .default) -> [String] {
        let path = path(name)
        return SpecLoader(limits: limits).load(file: path).diagnostics.map {
            String($0.description.dropFirst(path.count + 1))
        }
    }

    /// Loads the corpus file `name`, which must be valid.
    static func activity(_ name: String) throws -> LoadedActivity {
        let result = SpecLoader().load(file: path(name))
        guard result.isValid, let activity = result.activity else {
            throw CorpusError.invalid(name, result.diagnostics.map(\.description))
        }
        return activity
    }

    enum CorpusError: Error, CustomStringConvertible {
        case invalid(String, [String])
        var description: String {
            switch self {
            case .invalid(let name, let messages): "\(name) does not load: \(messages.joined(separator: "\n"))"
            }
        }
    }
}
