import ArgumentParser

/// `dpia check` (not implemented yet).
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia check is not implemented yet")
    }
}
