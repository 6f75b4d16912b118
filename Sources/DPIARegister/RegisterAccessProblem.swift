import DPIAModel

/// Why a register that is itself sound could not be read or written: its surroundings, not its content.
public enum RegisterAccessProblem: Sendable, Hashable {
    /// The disk (or the user's quota) is full.
    case diskFull
    /// The operating system reported an input/output error (a failing disk, a network drive that went away).
    case inputOutput(detail: String)
    /// Another program kept the register locked for longer than dpia waits (a minute).
    case busy
    /// dpia may not read or write the file, its folder, or the files SQLite keeps next to it.
    case permission(detail: String)

    /// What happened, as a sentence.
    var explanation: LocalizedText {
        switch self {
        case .diskFull:
            return LocalizedText(
                nl: "de schijf is vol, dus het register kon niet worden geschreven.",
                en: "the disk is full, so the register could not be written.")
        case .inputOutput(let detail):
            return LocalizedText(
                nl: "het register kon niet worden gelezen of geschreven door een lees- of schrijffout van de schijf (\(detail)).",
                en: "the register could not be read or written because of an input/output error (\(detail)).")
        case .busy:
            return LocalizedText(
                nl: "een ander programma hield het register langer dan een minuut bezet.",
                en: "another program kept the register locked for more than a minute.")
        case .permission(let detail):
            return LocalizedText(
                nl: "dpia mag het register niet lezen of schrijven (\(detail)).",
                en: "dpia may not read or write the register (\(detail)).")
        }
    }

    /// What to do about it.
    var advice: LocalizedText {
        switch self {
        case .diskFull:
            return LocalizedText(
                nl: "Maak ruimte vrij op de schijf en voer de opdracht opnieuw uit.",
                en: "Free some space on the disk and run the command again.")
        case .inputOutput:
            return LocalizedText(
                nl: "Controleer de schijf of netwerkschijf waarop het register staat en voer de opdracht opnieuw uit.",
                en: "Check the disk or network drive the register is on and run the command again.")
        case .busy:
            return LocalizedText(
                nl: "Sluit elk ander programma dat het register open heeft (een databaseviewer, een back-up- of "
                    + "synchronisatieprogramma) en voer de opdracht opnieuw uit.",
                en: "Close any other program that has the register open (a database viewer, a backup or sync tool) "
                    + "and run the command again.")
        case .permission:
            return LocalizedText(
                nl: "Controleer of u het bestand en de map waarin het staat mag lezen en schrijven (dpia schrijft er ook <bestand>-wal, "
                    + "<bestand>-shm en <bestand>.lock naast) en voer de opdracht opnieuw uit.",
                en: "Check that you may read and write the file and its folder (dpia also writes <file>-wal, "
                    + "<file>-shm and <file>.lock next to it) and run the command again.")
        }
    }
}
