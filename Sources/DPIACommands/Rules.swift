import ArgumentParser

/// `dpia rules` (not implemented yet).
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia rules is not implemented yet")
    }
}
