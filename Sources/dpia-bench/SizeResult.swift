/// Everything measured for one register size.
struct SizeResult: Sendable, Codable {
    /// The number of activities.
    var activities: Int
    var bytes: Int
    /// The in-process passes: floor, check, pipeline.
    var passes: [PassMeasurement]
    /// The real commands, end to end.
    var commands: [CommandMeasurement]

    func pass(_ name: String) -> PassMeasurement? { passes.first { $0.pass == name } }
    func command(_ name: String) -> CommandMeasurement? { commands.first { $0.command == name } }
}

/// One run of a `dpia` command, measured from outside like `/usr/bin/time -v`.
struct CommandMeasurement: Sendable, Codable {
    /// `check` or `report`.
    var command: String
    /// The command line, for reproducing it.
    var line: String
    var status: Int32
    var wall: Double
    var cpu: Double
    var peakMemory: Int
    /// Why it failed, when the exit status says it did.
    var error: String?
}
