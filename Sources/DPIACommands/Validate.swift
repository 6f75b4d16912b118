import ArgumentParser

/// `dpia validate` (not implemented yet).
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia validate is not implemented yet")
    }
}
