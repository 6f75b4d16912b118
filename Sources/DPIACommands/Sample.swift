import ArgumentParser

/// `dpia sample` (not implemented yet).
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sample", abstract: "Not implemented yet.")

    func run() throws {
        throw ValidationError("dpia sample is not implemented yet")
    }
}
