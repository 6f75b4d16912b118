import ArgumentParser
import DPIAModel
import DPIARegister
import Foundation

/// `dpia restore`: a new register from an export.
struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Make a new register from a JSON export (`dpia export`).",
        discussion: """
            The register given with --db must not exist yet or be empty. Everything is restored, or nothing. Every value \
            is checked first, as the spec loader checks specs (no control characters or direction overrides in texts, \
            ids of lowercase letters, digits and '-', existing dates, content that matches its hash); an export that \
            breaks a rule is refused with its file, line and column, and nothing is written (exit code 2).

            Exit codes:
              0  the register was restored
              2  the file is no export of dpia, a value in it breaks a rule, the register
                 is not empty, or a wrong option
            """)

    @Argument(help: "The export file.")
    var file: String

    @Option(name: .customLong("db"), help: ArgumentHelp("The new register database.", valueName: "file"))
    var database: String

    @OptionGroup var lang: LanguageOption

    /// The largest export read: far above any register (a thousand activities export to a few MB).
    static let maxExportBytes = 4 << 30

    func run() throws {
        let words = try Project.load().words(lang.language)
        try runReportingFailures(words) {
            // Only an ordinary file: a named pipe or /dev/stdin is refused instead of waited on.
            let data: Data
            switch RegularFile.read(file, limit: Self.maxExportBytes) {
            case .success(let bytes) where bytes.count <= Self.maxExportBytes: data = bytes
            case .success, .failure(.tooLarge):
                throw CommandFailure(
                    words.text(
                        nl: "\(file): het bestand is groter dan \(Self.maxExportBytes >> 30) GB; is dit een export van dpia?",
                        en: "\(file): the file is larger than \(Self.maxExportBytes >> 30) GB; is this an export of dpia?"))
            case .failure(.missing): throw CommandFailure(words.text(nl: "\(file): dit bestand bestaat niet", en: "\(file): no such file"))
            case .failure(.folder):
                throw CommandFailure(
                    words.text(
                        nl: "\(file): dit is een map; geef het exportbestand (dpia export --out BESTAND)",
                        en: "\(file): this is a folder; give the export file (dpia export --out FILE)"))
            case .failure(.notRegular(let kind)):
                throw CommandFailure(
                    words.text(
                        nl: "\(file): dit is \(kind), geen gewoon bestand; geef het exportbestand",
                        en: "\(file): this is \(kind), not an ordinary file; give the export file"))
            case .failure(.link):
                throw CommandFailure(words.text(nl: "\(file): dit is een symbolische koppeling", en: "\(file): this is a symbolic link"))
            case .failure(.unreadable(let reason)):
                throw CommandFailure(
                    words.text(
                        nl: "\(file): het bestand kan niet gelezen worden: \(reason.nl)",
                        en: "\(file): cannot read the file: \(reason.en)"))
            }
            let export = try RegisterDatabase.decodeExport(data, file: file)
            let isNew = !FileManager.default.fileExists(atPath: database)
            do {
                try RegisterDatabase(path: database).restore(export, file: file, document: data)
            } catch {
                // Leave no empty register behind when there was none.
                if isNew { for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
                throw error
            }
            print(
                words.text(
                    nl: "\(database) hersteld uit \(file): verwerkingen \(export.activities.count), versies \(export.versions.count), "
                        + "vastleggingen \(export.recordings.count), voortgangsmeldingen \(export.measureEvents.count)",
                    en: "Restored \(database) from \(file): activities \(export.activities.count), versions \(export.versions.count), "
                        + "recordings \(export.recordings.count), measure updates \(export.measureEvents.count)"))
        }
    }
}
