import DPIAModel

/// What can go wrong with a register, in words a privacy officer or project lead understands.
public enum RegisterError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    /// The file was written by a newer `dpia` with schema changes this program does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The file is not a register database (not SQLite, or SQLite without the register tables).
    /// Only this error advises removing the file: every other problem leaves a register worth keeping.
    case notARegister(path: String, reason: String)
    /// SQLite found the register file damaged. The file may still hold most of its rows: it is kept.
    case damagedRegister(path: String, reason: String)
    /// The register could not be read or written for a reason outside it (a full disk, an input/output
    /// error, no permission, another program holding it locked). The transaction was rolled back:
    /// the register holds what it held before the command.
    case unavailable(path: String, problem: RegisterAccessProblem)
    /// A command that only reads found no register file.
    case missingRegister(path: String)
    case unknownActivity(String, known: [String])
    /// No recorded version of any activity has a measure with this id.
    case unknownMeasure(String, activity: String?, suggestions: [String])
    /// The measure id occurs in several activities: `--activity` must say which.
    case ambiguousMeasure(String, activities: [String])
    /// A text of a measure update (`note`, `evidence`, `author`) breaks the loader's text rule.
    case invalidUpdateText(field: LocalizedText, problem: LocalizedText)
    /// Restore refuses to write into a register that already holds data.
    case restoreTargetNotEmpty(path: String)
    /// Two different contents of one activity got the same short version id (astronomically unlikely).
    case versionCollision(activityID: String, versionID: String)
    /// No recorded version has this id.
    case unknownVersion(String, suggestions: [String], reason: LocalizedText)
    /// A stored version could not be read back as an activity.
    case unreadableVersion(String, reason: String)
    /// The export file is not a register export this program can read.
    case unreadableExport(file: String, reason: LocalizedText)
    /// A value of the export breaks a rule (``ExportCheck``): where (line and column when known) and what.
    case invalidExport(file: String, line: Int?, column: Int?, message: String)

    /// The English words (``message``'s `en`).
    public var description: String { message.en }

    /// The message in Dutch and English: one table, so that no error is added in one language only.
    /// What comes from elsewhere stays as it came: SQLite's own reason for a damaged file, and the
    /// details of an export that breaks a rule.
    public var message: LocalizedText {
        switch self {
        case .newerSchema(let path, let unknown):
            return LocalizedText(
                nl: "\(path): dit register is geschreven door een nieuwere versie van dpia (het bevat de schemawijzigingen "
                    + "\(unknown.joined(separator: ", ")), die deze versie niet kent). Het bestand is niet aangeraakt; "
                    + "werk ermee met de nieuwere dpia.",
                en: "\(path): this register was written by a newer version of dpia (it contains the schema changes "
                    + "\(unknown.joined(separator: ", ")), which this version does not know). The file was left untouched; "
                    + "use the newer dpia to work with it.")
        case .notARegister(let path, let reason):
            return LocalizedText(
                nl: "\(path): dit is geen DPIA-registerdatabase (\(reason)). Geef met --db een ander bestand, "
                    + "of verwijder dit bestand om een nieuw register te beginnen.",
                en: "\(path): not a DPIA register database (\(reason)). Give another file with --db, "
                    + "or remove this one to start a new register.")
        case .damagedRegister(let path, let reason):
            return LocalizedText(
                nl: "\(path): het registerbestand is beschadigd (\(reason)). Verwijder het niet: kopieer het eerst naar "
                    + "een veilige plek. Zet daarna uw laatste export terug in een nieuw bestand "
                    + "(`dpia restore <export.json> --db <nieuw bestand>`), of laat iemand die SQLite kent de rijen redden "
                    + "(`sqlite3 <bestand> .recover`).",
                en: "\(path): the register file is damaged (\(reason)). Do not remove it: copy it somewhere safe first. "
                    + "Then restore your latest export into a new file (`dpia restore <export.json> --db <new file>`), "
                    + "or let someone who knows SQLite save its rows (`sqlite3 <file> .recover`).")
        case .unavailable(let path, let problem):
            return LocalizedText(
                nl: "\(path): \(problem.explanation.nl) Er is niets veranderd: het register is onbeschadigd. \(problem.advice.nl)",
                en: "\(path): \(problem.explanation.en) Nothing was changed: the register is intact. \(problem.advice.en)")
        case .missingRegister(let path):
            return LocalizedText(
                nl: "\(path): hier is nog geen register. Leg de specs eerst vast met `dpia record <map>`, "
                    + "of wijs met --db een bestaand register aan.",
                en: "\(path): no register here yet. Record the specs first with `dpia record <folder>`, "
                    + "or point to an existing register with --db.")
        case .unknownActivity(let id, let known):
            return LocalizedText(
                nl: "Geen verwerking '\(id)' in het register ("
                    + (known.isEmpty
                        ? "het register bevat nog geen verwerkingen" : "bekende verwerkingen: " + known.joined(separator: ", "))
                    + ").",
                en: "No activity '\(id)' in the register ("
                    + (known.isEmpty ? "the register holds no activities yet" : "known activities: " + known.joined(separator: ", "))
                    + ").")
        case .unknownMeasure(let id, let activity, let suggestions):
            let quoted = suggestions.map { "'\($0)'" }
            return LocalizedText(
                nl: (activity.map { "Geen maatregel '\(id)' in verwerking '\($0)'." }
                    ?? "Geen enkele vastgelegde verwerking heeft maatregel '\(id)'.")
                    + (quoted.isEmpty ? "" : " Bedoelt u \(quoted.joined(separator: " of "))?")
                    + " `dpia actions list` toont alle maatregelen; "
                    + "leg de spec eerst vast (`dpia record`) als de maatregel nieuw is.",
                en: "No measure '\(id)' in \(activity.map { "activity '\($0)'" } ?? "any recorded activity")."
                    + (quoted.isEmpty ? "" : " Did you mean \(quoted.joined(separator: " or "))?")
                    + " `dpia actions list` shows all measures; "
                    + "record the spec first (`dpia record`) when the measure is new.")
        case .ambiguousMeasure(let id, let activities):
            return LocalizedText(
                nl: "Maatregel '\(id)' komt voor in meerdere verwerkingen: \(activities.joined(separator: ", ")). "
                    + "Geef met --activity aan welke, bijvoorbeeld --activity \(activities[0]).",
                en: "Measure '\(id)' occurs in several activities: \(activities.joined(separator: ", ")). "
                    + "Say which with --activity, for example --activity \(activities[0]).")
        case .invalidUpdateText(let field, let problem):
            return LocalizedText(
                nl: "De \(field.nl) van de update \(problem.nl). Er is niets vastgelegd.",
                en: "The \(field.en) of the update \(problem.en). Nothing was recorded.")
        case .restoreTargetNotEmpty(let path):
            return LocalizedText(
                nl: "\(path): dit register bevat al gegevens; restore schrijft alleen in een nieuw, leeg register. "
                    + "Kies een nieuw bestand met --db.",
                en: "\(path): this register already holds data; restore only writes into a new, empty register. "
                    + "Choose a new file with --db.")
        case .versionCollision(let activityID, let versionID):
            return LocalizedText(
                nl: "Twee verschillende versies van \(activityID) hebben dezelfde versie-id \(versionID); er is niets "
                    + "vastgelegd. Breng een kleine wijziging aan in de spec (bijvoorbeeld het versielabel) en leg opnieuw vast.",
                en: "Two different versions of \(activityID) share the version id \(versionID); nothing was recorded. "
                    + "Make any small change to the spec (for example its version label) and record again.")
        case .unknownVersion(let text, let suggestions, let reason):
            let listed = suggestions.prefix(10).joined(separator: ", ")
            return LocalizedText(
                nl: "Geen vastgelegde versie '\(text)': \(reason.nl)." + (suggestions.isEmpty ? "" : " Vastgelegd: \(listed)."),
                en: "No recorded version '\(text)': \(reason.en)." + (suggestions.isEmpty ? "" : " Recorded: \(listed)."))
        case .unreadableVersion(let id, let reason):
            return LocalizedText(
                nl: "De vastgelegde versie \(id) kon niet worden teruggelezen (\(reason)); het register komt mogelijk van "
                    + "een andere versie van dpia.",
                en: "The recorded version \(id) could not be read back (\(reason)); the register may come from another build of dpia.")
        case .unreadableExport(let file, let reason):
            return LocalizedText(
                nl: "\(file): geen registerexport die deze versie van dpia kan lezen: \(reason.nl).",
                en: "\(file): not a register export this version of dpia can read: \(reason.en).")
        case .invalidExport(let file, let line, let column, let message):
            let place = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
            return LocalizedText(
                nl: "\(file)\(place): \(message). Er is niets teruggezet.",
                en: "\(file)\(place): \(message). Nothing was restored.")
        }
    }
}
