import ArgumentParser
import DPIARegister
import Foundation

/// `dpia history`: the recorded versions of one activity.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the recorded versions of an activity: dates, version ids, hashes, status and findings.",
        discussion: "Version ids (<activity>@<12 hex digits>) identify one exact version in log lines, reports and diffs.")

    @Argument(help: "The activity id (the spec's id:).")
    var activity: String

    @Option(help: "table or json.")
    var format: HistoryFormat = .table

    @OptionGroup var register: RegisterOptions

    func run() throws {
        try runReportingFailures {
            let history = try register.openExisting().history(of: activity)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(history), as: UTF8.self))
            case .table:
                print(Self.text(history))
            }
        }
    }

    static func text(_ history: ActivityHistory) -> String {
        var table = TextTable(header: ["#", "RECORDED", "VERSION ID", "LABEL", "STATUS", "FINDINGS H/M/L", "UNADDRESSED", "SHA-256"])
        table.rows = history.versions.map { version in
            [String(version.sequence), version.recordedOn.description, version.versionID, version.label ?? "",
             version.status?.rawValue ?? "", "\(version.findings.high)/\(version.findings.medium)/\(version.findings.low)",
             String(version.findings.unaddressed), version.contentHash]
        }
        var text = (history.versions.last.map { "\(history.activityID) — \($0.title)\n\n" } ?? "") + table.text
        if let notice = history.reassessment { text += "\n\nwarning: " + notice.message }
        return text
    }
}

/// The output formats of `dpia history`.
enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
