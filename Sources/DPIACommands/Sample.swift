import ArgumentParser
import DPIASample
import Foundation

/// `dpia sample`: writes a synthetic register of valid specs, for benchmarks and for trying `dpia`
/// out on a register of realistic size.
struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a synthetic register of processing activities (for benchmarks and demonstrations).",
        discussion: """
            Writes N made-up but valid specs into DIR/<municipality>/<id>.yaml, shaped like the example \
            registers: about 10 parties, 30 data items, 8 roles, 6 flows and 5 purposes each, some with \
            special categories of data, some visible across municipalities, some clean. The same seed always \
            gives the same files. Existing files with the same names are replaced; other files are left alone.

            Exit codes:
              0  the specs were written
              2  a file cannot be written, or a wrong option
            """)

    @Option(name: .long, help: ArgumentHelp("How many activities to write.", valueName: "N"))
    var activities: Int

    @Option(name: [.customShort("o"), .customLong("out")], help: ArgumentHelp("The folder to write the register into.", valueName: "DIR"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("The seed; the same seed gives the same register.", valueName: "S"))
    var seed: UInt64 = 1

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Path of dpia-spec.schema.json; each file then tells editors where the schema is.", valueName: "FILE"))
    var schema: String?

    func run() throws {
        let words = try Project.load().words()
        try runReportingFailures(words) {
            guard (1...1_000_000).contains(activities) else {
                throw CommandFailure(
                    words.text(
                        nl: "--activities moet tussen 1 en 1000000 liggen, niet \(activities).",
                        en: "--activities must be between 1 and 1000000, not \(activities)."))
            }
            let writer = SampleWriter(register: SampleRegister(count: activities, seed: seed), schema: schema)
            let summary = try writer.write(into: out)
            let folder = URL(fileURLWithPath: out).standardizedFileURL.path, organisations = summary.organisations.count
            print(
                words.text(
                    nl: "\(activities) voorbeeldverwerkingen geschreven in \(organisations) organisatiemappen in \(folder) (seed \(seed)).",
                    en: "Wrote \(activities) sample activities in \(organisations) organisation folders to \(folder) (seed \(seed))."))
        }
    }
}
