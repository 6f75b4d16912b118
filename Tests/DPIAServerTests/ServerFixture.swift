import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIARender
import DPIAServer
import DPIASpec
import Foundation
import Hummingbird
import HummingbirdTesting

/// A register with two activities (HalloWerk in two versions, and a copy of it under another id), four users
/// (one of each role; the project lead is assigned HalloWerk only) and a server on it, in a fresh folder.
struct ServerFixture {
    static let today = CalendarDate(year: 2025, month: 6, day: 1)
    static let password = "correct horse battery staple"
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let directory: URL
    let register: RegisterDatabase
    let server: RegisterServer

    init(trustHeader: String? = nil, pageSize: Int = 10, language: ReportLanguage = .nl) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-serve-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("register.sqlite").path
        register = try RegisterDatabase(path: path)
        let original = try String(contentsOf: Self.repository.appendingPathComponent("Registers/utrecht/hallowerk.yaml"), encoding: .utf8)
        // A deadline before `today`, so that the board has an overdue measure.
        let withDeadline = original.replacingOccurrences(
            of: "    owner: Proceseigenaar/projectleider HW\n  - id: m-toegang-accountmanagers",
            with: "    owner: Proceseigenaar/projectleider HW\n    due: 2025-01-31\n  - id: m-toegang-accountmanagers")
        let second = withDeadline.replacingOccurrences(
            of: "title: HalloWerk — matchingsplatform", with: "title: HalloWerk 2 — matchingsplatform")
        let other = withDeadline.replacingOccurrences(of: "id: hallowerk-utrecht", with: "id: hallowerk-kopie")
        let analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin), loader = SpecLoader()
        func assess(_ text: String, _ name: String) throws -> Assessment {
            let result = loader.load(text: text, path: name)
            guard let loaded = result.activity, result.isValid else {
                throw FixtureError(message: result.diagnostics.map(\.description).joined(separator: "\n"))
            }
            return analyzer.assess(loaded)
        }
        _ = try register.record(
            [try assess(withDeadline, "hallowerk.yaml"), try assess(other, "kopie.yaml")],
            on: CalendarDate(year: 2025, month: 1, day: 10))
        _ = try register.record([try assess(second, "hallowerk.yaml")], on: CalendarDate(year: 2025, month: 2, day: 10))
        for (name, role) in [("officer", UserRole.privacyOfficer), ("lead", .projectLead), ("reviewer", .reviewer), ("viewer", .viewer)] {
            try register.addUser(name: name, role: role, passwordHash: PasswordHasher.hash(Self.password, cost: 4), on: Self.today)
        }
        try register.assign(user: "lead", activityID: "hallowerk-utrecht")
        server = try RegisterServer(
            configuration: ServerConfiguration(
                databasePath: path, templates: try TemplateSet(root: Self.repository.appendingPathComponent("Templates").path),
                trustHeader: trustHeader, today: { ServerFixture.today }, loginDelay: 1, maximumLoginDelay: 5,
                boardPageSize: pageSize, language: language))
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Runs `body` with the server in process.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: server.router())
        try await app.test(.router) { client in try await body(client) }
    }
}

struct FixtureError: Error { var message: String }

/// A browser in tests: keeps the session cookie and the form token of the last page.
struct Browser {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
    }

    @discardableResult
    mutating func get(_ uri: String, headers extra: HTTPFields = [:]) async throws -> Page {
        var headers = extra
        if let cookie { headers[.cookie] = "dpia_session=" + cookie }
        let response = try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
        return remember(response)
    }

    @discardableResult
    mutating func post(_ uri: String, _ fields: [(String, String)], withToken: Bool = true) async throws -> Page {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = "dpia_session=" + cookie }
        var all = fields
        if withToken, let csrf { all.append(("csrf", csrf)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        return remember(response)
    }

    mutating func signIn(_ name: String, password: String = ServerFixture.password) async throws -> Page {
        try await get("/login")
        return try await post("/login", [("name", name), ("password", password)])
    }

    private mutating func remember(_ response: TestResponse) -> Page {
        for value in response.headers[values: .setCookie] where value.hasPrefix("dpia_session=") {
            let id = value.dropFirst("dpia_session=".count).prefix { $0 != ";" }
            cookie = id.isEmpty ? nil : String(id)
        }
        let body = String(buffer: response.body)
        if let range = body.range(of: "name=\"csrf\" value=\"") {
            csrf = String(body[range.upperBound...].prefix { $0 != "\"" })
        }
        return Page(status: response.status, headers: response.headers, body: body)
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
