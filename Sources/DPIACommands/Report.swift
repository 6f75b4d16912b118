import ArgumentParser

/// `dpia report` (not implemented yet).
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia report is not implemented yet")
    }
}
