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
        """,
        subcommands: [Add.self, List.self, Remove.self, Password.self, Assign.self, Unassign.self],
        defaultSubcommand: List.self)
}

extension UserRole: ExpressibleByArgument {}

extension Users {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; the password is asked (or read from standard input).")

        @Argument(help: "The sign-in name: lowercase letters, digits, '.', '_' or '-'.")
        var name: String

        @Option(help: ArgumentHelp("privacy-officer, project-lead, reviewer or viewer.", valueName: "role"))
        var role: UserRole

        @OptionGroup var register: RegisterOptions
        @OptionGroup var day: DayOptions

        func run() throws {
            try runReportingFailures {
                guard UserError.isValidName(name) else { throw UserError.invalidName(name) }
                let database = try register.openExisting()
                if try database.user(named: name) != nil { throw UserError.duplicateName(name) }
                let password = try PasswordInput.read(confirm: true)
                try database.addUser(name: name, role: role, passwordHash: PasswordHasher.hash(password), on: try day.day())
                print("added \(name) (\(role.rawValue)) to \(database.path)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users, their roles and assigned activities.")

        @OptionGroup var register: RegisterOptions

        func run() throws {
            try runReportingFailures {
                let database = try register.openExisting()
                let users = try database.users()
                if users.isEmpty {
                    print("No users yet. Add one with `dpia users add NAME --role privacy-officer`.")
                    return
                }
                var table = TextTable(header: ["NAME", "ROLE", "SINCE", "ACTIVITIES"])
                table.rows = try users.map {
                    [$0.name, $0.role.rawValue, $0.createdOn, try database.assignedActivities(of: $0.name).joined(separator: ", ")]
                }
                print(table.text)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a user; what they recorded keeps their name.")

        @Argument(help: "The user's name.")
        var name: String

        @OptionGroup var register: RegisterOptions

        func run() throws {
            try runReportingFailures {
                let database = try register.openExisting()
                try database.removeUser(name: name)
                print("removed \(name) from \(database.path); a running `dpia serve` signs them out at their next request")
            }
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password for a user.")

        @Argument(help: "The user's name.")
        var name: String

        @OptionGroup var register: RegisterOptions

        func run() throws {
            try runReportingFailures {
                let database = try register.openExisting()
                guard try database.user(named: name) != nil else { throw UserError.unknownUser(name, known: try database.users().map(\.name)) }
                try database.setPasswordHash(PasswordHasher.hash(try PasswordInput.read(confirm: true)), ofUser: name)
                print("new password set for \(name)")
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a project lead update the measures of an activity.")

        @Argument(help: "The user's name.")
        var name: String

        @Option(help: "The id of the activity, as recorded in the register.")
        var activity: String

        @OptionGroup var register: RegisterOptions

        func run() throws {
            try runReportingFailures {
                let database = try register.openExisting()
                try database.assign(user: name, activityID: activity)
                var line = "\(name) may now update the measures of \(activity)"
                if try database.user(named: name)?.role != .projectLead {
                    line += " (as \(try database.user(named: name)?.role.rawValue ?? "?") the assignment changes nothing: "
                        + "privacy officers update every measure, reviewers and viewers none)"
                }
                print(line)
            }
        }
    }

    struct Unassign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take an activity away from a project lead.")

        @Argument(help: "The user's name.")
        var name: String

        @Option(help: "The id of the activity.")
        var activity: String

        @OptionGroup var register: RegisterOptions

        func run() throws {
            try runReportingFailures {
                try register.openExisting().unassign(user: name, activityID: activity)
                print("\(name) no longer updates the measures of \(activity)")
            }
        }
    }
}

