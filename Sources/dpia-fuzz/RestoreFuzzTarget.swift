import DPIAModel
import DPIARegister
import DPIASpec
import Foundation

/// What the fuzzer checks for each input in restore mode (`DPIA_FUZZ_TARGET=restore`): reading an
/// export never crashes or hangs; a refused export gets one line that names the export at a real
/// line and column and shows no control character or direction override; an accepted export restores
/// into a new register (or is refused by the schema, with such a message), the restored register is
/// sound, holds only texts the loader would accept, and still takes a new measure update.
///
/// A broken promise stops the program with `preconditionFailure`, which libFuzzer reports as a crash.
enum RestoreFuzzTarget {
    /// The file name messages carry.
    static let file = "fuzz.json"

    /// A folder of this process for the scratch register, removed when the process exits.
    static let scratch: String = {
        let folder = NSTemporaryDirectory() + "/dpia-fuzz-restore-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: RestoreFuzzTarget.scratch) }
        return folder
    }()

    static func run(_ data: Data) {
        let export: RegisterExport
        do {
            export = try RegisterDatabase.decodeExport(data, file: file)
        } catch let error as RegisterError {
            return check(error, in: data)
        } catch {
            preconditionFailure("reading an export threw something other than a register error: \(error)")
        }
        restore(export, from: data)
    }

    private static func restore(_ export: RegisterExport, from data: Data) {
        let path = scratch + "/register.sqlite"
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let register: RegisterDatabase
        do {
            register = try RegisterDatabase(path: path)
        } catch {
            preconditionFailure("a new scratch register could not be made: \(error)")
        }
        do {
            try register.restore(export, file: file, document: data)
        } catch let error as RegisterError {
            return check(error, in: data)
        } catch {
            preconditionFailure("restore threw something other than a register error: \(error)")
        }
        do {
            let problems = try register.integrityProblems()
            if !problems.isEmpty { preconditionFailure("the restored register is not sound: \(problems)") }
            let restored = try register.export()
            for text in restored.versions.map(\.title) + restored.measureEvents.compactMap(\.note)
            where SpecValueRules.textProblem(text) != nil {
                preconditionFailure("a restored text breaks the loader's rule: \(SpecValueRules.visible(text))")
            }
            guard restored.measureEvents.count == export.measureEvents.count,
                restored.recordings.count == export.recordings.count
            else {
                preconditionFailure("the restored register lost rows")
            }
            let today = CalendarDate(year: 2030, month: 1, day: 1)
            if let measure = try register.measures(matching: MeasureQuery(today: today)).first(where: { !$0.progress.removed }) {
                _ = try register.update(
                    MeasureUpdate(
                        measureID: measure.measure.id, activityID: measure.activityID,
                        status: .done, on: today, note: "fuzz"))
            }
        } catch {
            preconditionFailure("the restored register cannot be used: \(error)")
        }
    }

    /// One line, naming the export, at a real line and column, with nothing that acts on a terminal.
    private static func check(_ error: RegisterError, in data: Data) {
        let message = error.description
        guard message.hasPrefix(file + ":") else { preconditionFailure("message does not name the export: \(message)") }
        if let scalar = message.unicodeScalars.first(where: {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }) {
            preconditionFailure("message contains U+\(String(scalar.value, radix: 16)): \(SpecValueRules.visible(message))")
        }
        guard case .invalidExport(_, let line?, let column?, _) = error else { return }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count, column >= 1, column <= lines[line - 1].count + 1 else {
            preconditionFailure("message points outside the export (\(lines.count) lines): \(message)")
        }
    }
}
