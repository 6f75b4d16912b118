import ArgumentParser

/// `dpia record` (not implemented yet).
struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "record", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia record is not implemented yet")
    }
}
