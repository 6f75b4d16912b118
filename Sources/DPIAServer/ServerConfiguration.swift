import DPIAModel
import DPIARender
import Foundation

/// How `dpia serve` runs: where it listens, which register it serves, and how it treats cookies and sign-in.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The register database file (`--db`).
    public var databasePath: String
    /// The templates, as read from a folder or built into dpia (the reports' templates and `serve/`).
    public var templates: TemplateSet
    /// Sets `Secure` on the session cookie: on behind a TLS reverse proxy (`--secure-cookies`).
    public var secureCookies: Bool
    /// A header set by a single-sign-on proxy that names the signed-in user (`--trust-header`); nil: sign in with a password.
    public var trustHeader: String?
    /// Today, for overdue measures and the day of an update (injected, so that tests are reproducible).
    public var today: @Sendable () -> CalendarDate
    /// How long a failed sign-in is held back at first, in milliseconds; doubles per failure up to ``maximumLoginDelay``.
    public var loginDelay: Int
    public var maximumLoginDelay: Int
    /// The largest request body accepted, in bytes (forms are small).
    public var maximumBodySize: Int
    /// How many measures one page of the actions board shows, and activities one page of the register
    /// overview (the feeds have all).
    public var boardPageSize: Int
    /// The language of the pages (the project's `language:` or `--lang`): their words come from
    /// `Templates/<lang>/words.json`.
    public var language: ReportLanguage

    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String, templates: TemplateSet,
        secureCookies: Bool = false, trustHeader: String? = nil,
        today: @escaping @Sendable () -> CalendarDate = ServerConfiguration.localToday,
        loginDelay: Int = 500, maximumLoginDelay: Int = 8_000, maximumBodySize: Int = 16 * 1024,
        boardPageSize: Int = 50, language: ReportLanguage = .nl
    ) {
        self.host = host; self.port = port; self.databasePath = databasePath; self.templates = templates
        self.secureCookies = secureCookies; self.trustHeader = trustHeader; self.today = today
        self.loginDelay = loginDelay; self.maximumLoginDelay = maximumLoginDelay; self.maximumBodySize = maximumBodySize
        self.boardPageSize = max(1, boardPageSize); self.language = language
    }

    /// Today in the server's time zone.
    @Sendable public static func localToday() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
