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
    var explanation: String {
        switch self {
        case .diskFull:
            return "the disk is full, so the register could not be written."
        case .inputOutput(let detail):
            return "the register could not be read or written because of an input/output error (\(detail))."
        case .busy:
            return "another program kept the register locked for more than a minute."
        case .permission(let detail):
            return "dpia may not read or write the register (\(detail))."
        }
    }

    /// What to do about it.
    var advice: String {
        switch self {
        case .diskFull:
            return "Free some space on the disk and run the command again."
        case .inputOutput:
            return "Check the disk or network drive the register is on and run the command again."
        case .busy:
            return "Close any other program that has the register open (a database viewer, a backup or sync tool) "
                + "and run the command again."
        case .permission:
            return "Check that you may read and write the file and its folder (dpia also writes <file>-wal, "
                + "<file>-shm and <file>.lock next to it) and run the command again."
        }
    }
}
