import ArgumentParser
import DPIAModel
import DPIARegister
import DPIARender
import DPIAServer
import Foundation
import Synchronization

/// `dpia serve`: the register on the web, for project leads, reviewers and privacy officers (docs/serve.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the register as web pages: activities, DPIAs, diffs, the actions board, feeds.",
        discussion: """
            Users sign in with an account made by `dpia users add`; there is no default password and no self-registration. \
            Privacy officers update every measure, project leads the measures of activities assigned to them \
            (`dpia users assign`), reviewers and viewers read. Every update is the same event `dpia actions update` records, \
            with the user as author.

            The server listens on 127.0.0.1:8080 by default. Put it behind a TLS reverse proxy and give --secure-cookies; \
            see docs/serve.md. It stops cleanly on SIGTERM or Ctrl-C. The register stays usable by the other dpia commands \
            while it runs.

            Exit codes:
              0  the server stopped cleanly (SIGTERM or Ctrl-C)
              2  no register, the address cannot be used, or a wrong option
            """)

    @Option(help: ArgumentHelp("The folder of the specs (used to find the register when --db is not given).", valueName: "folder"))
    var specs: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(name: .customLong("secure-cookies"), help: "Send the session cookie only over HTTPS (behind a TLS reverse proxy).")
    var secureCookies = false

    @Option(
        name: .customLong("trust-header"),
        help: ArgumentHelp(
            "Take the signed-in user from this header set by a single-sign-on proxy (for example X-Remote-User). "
                + "Only safe when nobody can reach the server except through that proxy: see docs/serve.md.",
            valueName: "header"))
    var trustHeader: String?

    @Option(name: .customLong("templates"), help: ArgumentHelp("A folder of templates to use instead of Templates/.", valueName: "folder"))
    var templates: String?

    @Option(name: .customLong("lang"), help: "Language of the web pages: nl or en (default: the project file's `language`, else nl).")
    var language: ReportLanguage?

    @OptionGroup var register: RegisterOptions

    /// The options argument-parser cannot check by their type, in the run's words.
    func checkOptions(_ words: Words) throws {
        guard (1...65535).contains(port) else {
            throw CommandFailure(
                words.text(
                    nl: "--port: \(port) is geen poort; gebruik 1 tot en met 65535, bijvoorbeeld 8080",
                    en: "--port: \(port) is not a port; use 1 to 65535, for example 8080"))
        }
        if let trustHeader, trustHeader.isEmpty || !trustHeader.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            throw CommandFailure(
                words.text(
                    nl: "--trust-header: '\(trustHeader)' is geen naam van een header; schrijf hem als X-Remote-User",
                    en: "--trust-header: '\(trustHeader)' is not a header name; write it like X-Remote-User"))
        }
    }

    func run() throws {
        let project = try Project.load()
        let pagesLanguage = project.language(language) ?? .nl
        let words = project.words(language)   // the terminal's lines, as every command's
        try runReportingFailures(words) {
            try checkOptions(words)
            let path = try register.database ?? specs.map { try register.pathForSpecs([$0]) } ?? register.openExisting().path
            let templateSet = try ReportInputs.templates(templates, words: words)
            let server = try RegisterServer(
                configuration: ServerConfiguration(
                    host: host, port: port, databasePath: path, templates: templateSet, secureCookies: secureCookies,
                    trustHeader: trustHeader, language: pagesLanguage))
            if try RegisterDatabase(path: path, create: false).users().isEmpty && trustHeader == nil {
                let add = "`dpia users add NAME --role privacy-officer --db \(path)`"
                FileHandle.standardError.write(
                    Data(
                        words.text(
                            nl: "waarschuwing: het register heeft nog geen gebruikers; niemand kan inloggen. Voeg er een toe met \(add).\n",
                            en: "warning: the register has no users yet; nobody can sign in. Add one with \(add).\n"
                        ).utf8))
            }
            // Written at once (print is buffered in a pipe): a service manager's log or a test reads it.
            FileHandle.standardOutput.write(
                Data(
                    words.text(
                        nl: "register \(path) is te bereiken op http://\(host):\(port) (stoppen met Ctrl-C)\n",
                        en: "serving \(path) on http://\(host):\(port) (stop with Ctrl-C)\n"
                    ).utf8))
            let failure = Mutex<(any Error)?>(nil)
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await server.run() } catch { failure.withLock { $0 = error } }
                done.signal()
            }
            done.wait()
            if let error = failure.withLock({ $0 }) {
                // Rare: the address taken, for example.
                throw CommandFailure(words.text(nl: "de server is gestopt: \(error)", en: "the server stopped: \(error)"))
            }
        }
    }
}
