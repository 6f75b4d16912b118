import ArgumentParser
import DPIAModel
import DPIARegister
import Foundation

/// `dpia actions`: follow the measures of every DPIA until they are done, also after sign-off.
struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Follow the measures of the DPIAs in a register: list them, record progress, show their history.",
        discussion: """
            The plan (what, who, when) lives in the spec's measures:; progress lives in the register. The status of a \
            measure is its latest update, else the status the spec gives, else planned. A measure is overdue when its \
            due date has passed and it is neither done nor dropped.

            Exit codes:
              0  done (without a subcommand: the measures were listed)
              1  actions list --fail-if-any, and a measure is listed
              2  no register, an unknown measure, or a wrong option
            """,
        subcommands: [List.self, Update.self, Show.self],
        defaultSubcommand: List.self
    )
}

extension Actions {
    /// `dpia actions list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the measures of all activities, from each activity's latest recorded version.",
            discussion: """
                Measures that an earlier version had and the latest no longer has are listed as removed.

                Exit codes:
                  0  the measures were listed
                  1  --fail-if-any, and a measure is listed (for example: dpia actions list
                     --overdue --fail-if-any)
                  2  no register, or a wrong option
                """)

        @Option(help: "Only measures whose owner contains this text (ignoring case).")
        var owner: String?

        @Option(
            help: ArgumentHelp(
                "Only measures with this status: planned, in-progress, done, dropped, or open (planned or in-progress).",
                valueName: "status"))
        var status: String?

        @Flag(help: "Only measures past their due date that are neither done nor dropped.")
        var overdue = false

        @Option(help: "Only the measures of this activity (its id).")
        var activity: String?

        @Option(help: "table, json or csv (for spreadsheets: semicolons and a byte order mark, as the register's CSV).")
        var format: ActionsFormat = .table

        @Flag(name: .customLong("fail-if-any"), help: "Exit with 1 when a measure is listed (with --overdue: for a scheduled check).")
        var failIfAny = false

        @OptionGroup var register: RegisterOptions
        @OptionGroup var day: DayOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                let query = MeasureQuery(
                    activityID: activity, owner: owner, statuses: try statuses(session.words), overdueOnly: overdue,
                    today: try day.day())
                let measures = try session.database().measures(matching: query)
                let listing = ActionsListing(measures: measures, words: session.words)
                if format == .csv {
                    FileHandle.standardOutput.write(Data(listing.csv.utf8))
                } else {
                    print(listing.render(format))
                }
                if failIfAny, !measures.isEmpty { throw ExitCode(ExitStatus.findings) }
            }
        }

        private func statuses(_ words: Words) throws -> Set<MeasureStatus>? {
            guard let status else { return nil }
            if status == "open" || status == "openstaand" { return [.planned, .inProgress] }
            guard let value = MeasureStatus(spelling: status) else {
                throw CommandFailure(
                    words.text(
                        nl: "--status: '\(status)' is geen status; gebruik planned, in-progress, done, dropped of open",
                        en: "--status: '\(status)' is not a status; use one of planned, in-progress, done, dropped, open"))
            }
            return [value]
        }
    }

    /// `dpia actions update`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Record progress of a measure: in-progress, done or dropped, with a note and evidence.",
            discussion: """
                Exit codes:
                  0  the progress was recorded
                  2  no register, an unknown measure, or a wrong option
                """)

        @Argument(help: "The id of the measure, as in the spec's measures:.")
        var measure: String

        @Option(help: ArgumentHelp("in-progress, done or dropped (planned reopens a measure).", valueName: "status"))
        var status: String

        @Option(help: "What was done or decided.")
        var note: String?

        @Option(help: ArgumentHelp("A link or document that shows it.", valueName: "URL"))
        var evidence: String?

        @Option(name: .customLong("by"), help: ArgumentHelp("Who reports the progress.", valueName: "name"))
        var author: String?

        @Option(help: "The activity the measure belongs to; needed when several activities have a measure with this id.")
        var activity: String?

        @OptionGroup var register: RegisterOptions
        @OptionGroup var day: DayOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                let words = session.words
                guard let value = MeasureStatus(spelling: status) else {
                    throw CommandFailure(
                        words.text(
                            nl: "--status: '\(status)' is geen status; gebruik in-progress, done of dropped (of planned)",
                            en: "--status: '\(status)' is not a status; use in-progress, done or dropped (or planned)"))
                }
                let database = try session.database()
                let tracked = try database.update(
                    MeasureUpdate(
                        measureID: measure, activityID: activity, status: value, on: try day.day(), note: note,
                        evidence: evidence, author: author))
                var line =
                    "\(tracked.activityID) / \(tracked.measure.id): \(ActionsListing.statusWord(tracked.progress.status, words: words)) "
                    + words.text(nl: "op ", en: "on ") + (tracked.progress.updatedOn.map(\.description) ?? "")
                if let evidence = tracked.progress.evidence { line += words.text(nl: ", bewijs ", en: ", evidence ") + evidence }
                print(line + words.text(nl: " (vastgelegd in \(database.path))", en: " (recorded in \(database.path))"))
            }
        }
    }

    /// `dpia actions show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a measure: the plan, its status, and every change and update.",
            discussion: """
                Exit codes:
                  0  the measure was shown
                  2  no register, an unknown measure, or a wrong option
                """)

        @Argument(help: "The id of the measure.")
        var measure: String

        @Option(help: "The activity the measure belongs to; needed when several activities have a measure with this id.")
        var activity: String?

        @OptionGroup var register: RegisterOptions
        @OptionGroup var day: DayOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                let history = try session.database().history(ofMeasure: measure, activityID: activity, today: try day.day())
                print(MeasureHistoryText(history: history, words: session.words).text)
            }
        }
    }
}

/// The output formats of `dpia actions list`.
enum ActionsFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
