import ArgumentParser
import DPIARegister
import Foundation

/// `dpia history`: the recorded versions of one activity.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the recorded versions of an activity: dates, version ids, hashes, status and findings.",
        discussion: """
            Version ids (<activity>@<12 hex digits>) identify one exact version in log lines, reports and diffs.

            Exit codes:
              0  the versions were shown
              2  no register, an activity it does not hold, or a wrong option
            """)

    @Argument(help: "The activity id (the spec's id:).")
    var activity: String

    @Option(help: "table or json.")
    var format: HistoryFormat = .table

    @OptionGroup var register: RegisterOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        try register.session(lang) { session in
            let history = try session.database().history(of: activity)
            switch format {
            case .json:
                print(JSONText.encode(HistoryJSON(history)))
            case .table:
                print(Self.text(history, words: session.words))
            }
        }
    }

    static func text(_ history: ActivityHistory, words: Words = Words(.en)) -> String {
        var table = TextTable(
            header: words.language == .nl
                ? ["#", "VASTGELEGD", "VERSIE-ID", "LABEL", "STATUS", "BEVINDINGEN H/M/L", "NIET BEHANDELD", "SHA-256"]
                : ["#", "RECORDED", "VERSION ID", "LABEL", "STATUS", "FINDINGS H/M/L", "UNADDRESSED", "SHA-256"])
        table.rows = history.versions.map { version in
            [
                String(version.sequence), version.recordedOn.description, version.versionID, version.label ?? "",
                version.status?.name(in: words.language) ?? "",
                "\(version.findings.high)/\(version.findings.medium)/\(version.findings.low)",
                String(version.findings.unaddressed), version.contentHash,
            ]
        }
        var text = (history.versions.last.map { "\(history.activityID) — \($0.title)\n\n" } ?? "") + table.text
        if let notice = history.reassessment { text += "\n\n" + words.text(nl: "waarschuwing: ", en: "warning: ") + notice.message }
        return text
    }
}

/// The output formats of `dpia history`.
enum HistoryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// `dpia history --format json`: the versions with days as `YYYY-MM-DD`.
private struct HistoryJSON: Encodable {
    struct Version: Encodable {
        var sequence: Int
        var recordedOn: String
        var versionID: String
        var contentHash: String
        var title: String
        var label: String?
        var status: String?
        var sourcePath: String?
        var findings: FindingCounts
    }

    struct Reassessment: Encodable {
        var adoptedVersionID: String
        var adoptedRecordedOn: String
        var currentVersionID: String
        var changedSections: [String]
    }

    var activity: String
    var versions: [Version]
    var needsReassessment: Reassessment?

    init(_ history: ActivityHistory) {
        activity = history.activityID
        versions = history.versions.map {
            Version(
                sequence: $0.sequence, recordedOn: $0.recordedOn.description, versionID: $0.versionID,
                contentHash: $0.contentHash, title: $0.title, label: $0.label, status: $0.status?.rawValue,
                sourcePath: $0.sourcePath, findings: $0.findings)
        }
        needsReassessment = history.reassessment.map {
            Reassessment(
                adoptedVersionID: $0.adoptedVersionID, adoptedRecordedOn: $0.adoptedRecordedOn.description,
                currentVersionID: $0.currentVersionID, changedSections: $0.changedSections)
        }
    }
}
