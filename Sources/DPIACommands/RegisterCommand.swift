import ArgumentParser

/// `dpia register` (not implemented yet).
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "register", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia register is not implemented yet")
    }
}
