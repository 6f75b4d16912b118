import ArgumentParser
import DPIAModel
import DPIARegister
import DPIAServer
import Foundation

/// `dpia users`: the accounts of `dpia serve`, kept in the register database.
struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage who may sign in to `dpia serve`: add, list, remove users; assign activities to project leads.",
        discussion: """
            Roles: privacy-officer (reads everything, updates every measure), project-lead (updates the measures of the \
            activities assigned to them), reviewer and viewer (read). A password is asked without showing it, or read \
            from the first line of standard input when that is not a terminal; it is never an argument (arguments end up \
            in shell histories and process lists). Only its bcrypt hash is stored.

            Exit codes:
              0  done
              2  no register, an unknown user or activity, no password, or a wrong option
            """,
        subcommands: [Add.self, List.self, Remove.self, Password.self, Assign.self, Unassign.self],
        defaultSubcommand: List.self)
}

extension UserRole: ExpressibleByArgument {}

extension Users {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user; the password is asked (or read from standard input).",
            discussion: """
                Exit codes:
                  0  done
                  2  no register, a name that is taken or not spelled as a name, no password,
                     or a wrong option
                """)

        @Argument(help: "The sign-in name: lowercase letters, digits, '.', '_' or '-'.")
        var name: String

        @Option(help: ArgumentHelp("privacy-officer, project-lead, reviewer or viewer.", valueName: "role"))
        var role: UserRole

        @OptionGroup var register: RegisterOptions
        @OptionGroup var day: DayOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                guard UserError.isValidName(name) else { throw UserError.invalidName(name) }
                let database = try session.database()
                if try database.user(named: name) != nil { throw UserError.duplicateName(name) }
                let password = try PasswordInput.read(confirm: true, words: session.words)
                try database.addUser(name: name, role: role, passwordHash: PasswordHasher.hash(password), on: try day.day())
                session.say(
                    nl: "\(name) (\(role.rawValue)) toegevoegd aan \(database.path)",
                    en: "added \(name) (\(role.rawValue)) to \(database.path)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the users, their roles and assigned activities.",
            discussion: """
                Exit codes:
                  0  done
                  2  no register, or a wrong option
                """)

        @OptionGroup var register: RegisterOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                let database = try session.database()
                let users = try database.users()
                if users.isEmpty {
                    session.say(
                        nl: "Nog geen gebruikers. Voeg er een toe met `dpia users add NAAM --role privacy-officer`.",
                        en: "No users yet. Add one with `dpia users add NAME --role privacy-officer`.")
                    return
                }
                var table = TextTable(
                    header: session.words.language == .nl
                        ? ["NAAM", "ROL", "SINDS", "VERWERKINGEN"]
                        : ["NAME", "ROLE", "SINCE", "ACTIVITIES"])
                table.rows = try users.map {
                    [$0.name, $0.role.rawValue, $0.createdOn, try database.assignedActivities(of: $0.name).joined(separator: ", ")]
                }
                print(table.text)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a user; what they recorded keeps their name.",
            discussion: """
                Exit codes:
                  0  done
                  2  no register, an unknown user, or a wrong option
                """)

        @Argument(help: "The user's name.")
        var name: String

        @OptionGroup var register: RegisterOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                let database = try session.database()
                try database.removeUser(name: name)
                session.say(
                    nl:
                        "\(name) verwijderd uit \(database.path); een draaiende `dpia serve` meldt deze gebruiker af bij het volgende verzoek",
                    en: "removed \(name) from \(database.path); a running `dpia serve` signs them out at their next request")
            }
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a new password for a user.",
            discussion: """
                Exit codes:
                  0  done
                  2  no register, an unknown user, no password or two different ones, or a
                     wrong option
                """)

        @Argument(help: "The user's name.")
        var name: String

        @OptionGroup var register: RegisterOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                let database = try session.database()
                guard try database.user(named: name) != nil else {
                    throw UserError.unknownUser(name, known: try database.users().map(\.name))
                }
                let password = try PasswordInput.read(confirm: true, words: session.words)
                try database.setPasswordHash(PasswordHasher.hash(password), ofUser: name)
                session.say(nl: "nieuw wachtwoord ingesteld voor \(name)", en: "new password set for \(name)")
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let a project lead update the measures of an activity.",
            discussion: """
                Exit codes:
                  0  done
                  2  no register, an unknown user or activity, or a wrong option
                """)

        @Argument(help: "The user's name.")
        var name: String

        @Option(help: "The id of the activity, as recorded in the register.")
        var activity: String

        @OptionGroup var register: RegisterOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                let words = session.words
                let database = try session.database()
                try database.assign(user: name, activityID: activity)
                var line = words.text(
                    nl: "\(name) mag nu de maatregelen van \(activity) bijwerken",
                    en: "\(name) may now update the measures of \(activity)")
                if let role = try database.user(named: name)?.role, role != .projectLead {
                    line += words.text(
                        nl: " (als \(role.name(in: .nl)) verandert de toewijzing niets: een privacy officer werkt elke maatregel bij, "
                            + "beoordelaars en meelezers geen)",
                        en: " (as \(role.name(in: .en)) the assignment changes nothing: a privacy officer updates every measure, "
                            + "reviewers and viewers none)")
                }
                print(line)
            }
        }
    }

    struct Unassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take an activity away from a project lead.",
            discussion: """
                Exit codes:
                  0  done
                  2  no register, an unknown user, or a wrong option
                """)

        @Argument(help: "The user's name.")
        var name: String

        @Option(help: "The id of the activity.")
        var activity: String

        @OptionGroup var register: RegisterOptions
        @OptionGroup var lang: LanguageOption

        func run() throws {
            try register.session(lang) { session in
                try session.database().unassign(user: name, activityID: activity)
                session.say(
                    nl: "\(name) werkt de maatregelen van \(activity) niet meer bij",
                    en: "\(name) no longer updates the measures of \(activity)")
            }
        }
    }
}
