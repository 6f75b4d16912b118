import ArgumentParser

/// `dpia history` (not implemented yet).
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia history is not implemented yet")
    }
}
