import DPIAModel
import DPIARegister
import DPIARender
import DPIAServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("dpia serve: the pages speak the project's language")
struct ServerLanguageTests {
    /// Words only the Dutch pages use; none may show on an English server's own text.
    static let dutch = [
        "Maatregelen", "te laat", "vorige", "volgende", "Inloggen", "Uitloggen", "Wachtwoord", "Eigenaar", "Bewijs",
        "Verwerking", "Register van", "Niet gevonden", "alle", "gepland", "lang=\"nl\"", "serve_",
    ]

    static func dutchWords(in body: String) -> [String] { dutch.filter { body.contains($0) } }

    @Test("an English server shows English on the sign-in page, the overview, the board and an error page")
    func english() async throws {
        let fixture = try ServerFixture(language: .en)
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            let login = try await browser.get("/login")
            #expect(login.body.contains("<h1>Sign in</h1>"))
            #expect(login.body.contains("<html lang=\"en\">"))
            #expect(Self.dutchWords(in: login.body).isEmpty, "\(Self.dutchWords(in: login.body))")
            let wrong = try await browser.signIn("officer", password: "not the password")
            #expect(wrong.body.contains("The name or the password is wrong."))
            _ = try await browser.signIn("officer")
            let overview = try await browser.get("/")
            #expect(overview.body.contains("<h1>Register of processing activities</h1>"))
            #expect(overview.body.contains("Sign out"))
            #expect(overview.body.contains("<option value=\"\" selected>all</option>"))
            #expect(Self.dutchWords(in: overview.body).isEmpty, "\(Self.dutchWords(in: overview.body))")
            let board = try await browser.get("/actions?status=overdue")
            #expect(board.body.contains("<h1>Measures</h1>"))
            #expect(board.body.contains("<strong class=\"alert\">overdue</strong>"))
            #expect(board.body.contains("measures, of which 2 overdue · sorted by deadline"))
            let error = try await browser.get("/activities/onbekend-id")
            #expect(error.status == .notFound)
            #expect(error.body.contains("<h1>Not found</h1>"))
            #expect(error.body.contains("The register does not know this processing activity."))
            #expect(Self.dutchWords(in: error.body).isEmpty, "\(Self.dutchWords(in: error.body))")
            let refused = try await browser.get("/actions?status=klaar")
            #expect(refused.body.contains("&#39;klaar&#39; is not a status of a measure."))
            let csv = try await browser.get("/actions.csv")
            #expect(csv.body.contains("activity;measure;status;overdue;deadline;owner;updated;evidence"))
            // The form's refusals: a measure the activity does not have, a note with a control character.
            _ = try await browser.get("/activities/hallowerk-utrecht/measures/m-vrije-tekst")
            let unknown = try await browser.post("/activities/hallowerk-utrecht/measures/m-bestaat-niet", [("status", "done")])
            #expect(unknown.status == .notFound)
            #expect(unknown.body.contains("Processing activity hallowerk-utrecht has no measure &#39;m-bestaat-niet&#39;."))
            #expect(Self.dutchWords(in: unknown.body).isEmpty, "\(Self.dutchWords(in: unknown.body))")
            _ = try await browser.get("/activities/hallowerk-utrecht/measures/m-vrije-tekst")
            let control = try await browser.post(
                "/activities/hallowerk-utrecht/measures/m-vrije-tekst", [("status", "done"), ("note", "klaar\u{1B}[2J")])
            #expect(control.status == .badRequest)
            #expect(control.body.contains("The note of the update contains the control character"), "\(control.body)")
        }
    }

    @Test("a templates folder whose catalogue lacks the pages' words is refused at the start, naming file and word")
    func catalogueWithoutServeWordsIsRefused() throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let folder = fixture.directory.appendingPathComponent("eigen-templates")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nl"), withIntermediateDirectories: true)
        let own = try Data(contentsOf: ServerFixture.repository.appendingPathComponent("Templates/nl/words.json"))
        let copied = try JSONDecoder().decode([String: String].self, from: own).filter { !$0.key.hasPrefix("serve_") }
        try JSONEncoder().encode(copied).write(to: folder.appendingPathComponent("nl/words.json"))
        let templates = try TemplateSet(root: folder.path)
        #expect(templates.missingWord(prefix: "serve_", language: .nl) != nil)
        let path = fixture.directory.appendingPathComponent("register.sqlite").path
        #expect {
            _ = try RegisterServer(configuration: ServerConfiguration(databasePath: path, templates: templates))
        } throws: { error in
            "\(error)".contains("eigen-templates/nl/words.json") && "\(error)".contains("serve_")
        }
        let complete = try TemplateSet(root: ServerFixture.repository.appendingPathComponent("Templates").path)
        #expect(complete.missingWord(prefix: "serve_", language: .nl) == nil)
        #expect(complete.missingWord(prefix: "serve_", language: .en) == nil)
    }
}
