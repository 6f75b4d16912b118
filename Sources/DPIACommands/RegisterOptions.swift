import ArgumentParser
import DPIAModel
import DPIARegister
import DPIARender
import DPIAReportEngine
import Foundation

/// The `--db` option of the register commands, and where the register is when it is not given.
struct RegisterOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The register database.",
            discussion: "Default: register.sqlite next to the specs for `record`; for the other commands ./register.sqlite, "
                + "or the only Registers/<org>/register.sqlite below the current folder.",
            valueName: "file"))
    var database: String?

    /// The register for commands that read or update one: `--db`, `./register.sqlite`, or the only
    /// `Registers/*/register.sqlite`. Never creates a register.
    /// Its messages are in `words` (default: the project's language).
    func openExisting(_ project: Project = .none, words: Words? = nil) throws -> RegisterDatabase {
        try RegisterDatabase(path: existingPath(project, words ?? project.words()), create: false)
    }

    /// `--db`, else the project file's `register:` (nil: none named).
    func named(_ project: Project) -> String? { database ?? project.file?.register }

    private func existingPath(_ project: Project, _ words: Words) throws -> String {
        if let database = named(project) {
            if database == project.file?.register, !FileManager.default.fileExists(atPath: database) {
                throw CommandFailure(
                    words.text(
                        nl: "het register \(ReportInputs.display(database)) uit het projectbestand bestaat nog niet: "
                            + "leg de specs eerst vast met `dpia record`",
                        en: "the register \(ReportInputs.display(database)) named in the project file does not exist yet: "
                            + "record the specs first with `dpia record`"))
            }
            return database
        }
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: RegisterDatabase.defaultFileName) { return RegisterDatabase.defaultFileName }
        let organisations = ((try? fileManager.contentsOfDirectory(atPath: "Registers")) ?? []).sorted()
        let found = organisations.map { "Registers/\($0)/\(RegisterDatabase.defaultFileName)" }
            .filter { fileManager.fileExists(atPath: $0) }
        switch found.count {
        case 1: return found[0]
        case 0:
            throw CommandFailure(
                words.text(
                    nl: "geen register gevonden: geef het bestand met --db, of leg eerst specs vast met `dpia record <map>`",
                    en: "no register found: give its file with --db, or record specs first with `dpia record <folder>`"))
        default:
            throw CommandFailure(
                words.text(
                    nl: "meerdere registers gevonden (\(found.joined(separator: ", "))): kies er een met --db",
                    en: "several registers found (\(found.joined(separator: ", "))): say which with --db"))
        }
    }

    /// The register for specs: `--db`, else `register.sqlite` in the folder that holds them
    /// (the folder given, or the folder of the spec files given).
    func pathForSpecs(_ arguments: [String], project: Project = .none) throws -> String {
        if let database = named(project) { return database }
        let folders = Set(
            arguments.map { argument -> String in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
                let folder = exists && isDirectory.boolValue ? argument : (argument as NSString).deletingLastPathComponent
                let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
                return trimmed.isEmpty ? "." : trimmed
            })
        guard folders.count == 1, let folder = folders.first else {
            throw CommandFailure(
                "the specs are in several folders (\(folders.sorted().joined(separator: ", "))); "
                    + "a register belongs to one folder: record them one folder at a time, or choose the register with --db")
        }
        return folder == "." ? RegisterDatabase.defaultFileName : folder + "/" + RegisterDatabase.defaultFileName
    }
}

/// The `--date` option: the day to use instead of today, so that output can be reproduced.
struct DayOptions: ParsableArguments {
    @Option(name: .customLong("date"), help: ArgumentHelp("The day to use instead of today.", valueName: "YYYY-MM-DD"))
    var date: String?

    /// The given day, or today in the local time zone.
    func day() throws -> CalendarDate {
        guard let date else {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
        }
        guard let day = CalendarDate(iso: date) else {
            throw CommandFailure("--date: '\(date)' is not a day; write it as YYYY-MM-DD, for example 2025-06-30")
        }
        return day
    }
}

/// An error the command has explained in words: printed as `error: …`, exit code 2.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs the body of a command, turning its errors into a message in `words` and exit code 2.
@discardableResult
func runReportingFailures<Value>(_ words: Words, _ body: () throws -> Value) throws -> Value {
    do {
        return try body()
    } catch let error as BilingualError {
        throw fail(error.message[words.language])
    } catch let error as CommandFailure {
        throw fail(error.description)
    } catch let error as TemplateError {
        // Its text names file, line and column and says "error:" itself.
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(ExitStatus.invalidInput)
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        // Not one of dpia's own errors (never seen): said as the system gave it.
        throw fail(words.text(nl: "onverwachte fout: \(error)", en: "unexpected error: \(error)"))
    }
}

private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    return ExitCode(ExitStatus.invalidInput)
}
