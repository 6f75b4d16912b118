import ArgumentParser

/// `dpia diff` (not implemented yet).
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia diff is not implemented yet")
    }
}
