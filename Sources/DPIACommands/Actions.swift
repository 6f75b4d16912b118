import ArgumentParser

/// `dpia actions` (not implemented yet).
struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actions", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia actions is not implemented yet")
    }
}
