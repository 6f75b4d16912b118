import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIAServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// What a person clicking through the pages saw (Selenium screenshots of issue 17), each fixed and kept so.
@Suite("dpia serve: what a person clicking through saw")
struct ServerClickThroughTests {
    @Test("the compare form preselects the previous version against the latest")
    func comparePreselects() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let versions = try fixture.register.history(of: "hallowerk-utrecht").versions.map(\.versionID)
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let page = try await browser.get("/activities/hallowerk-utrecht").body
            let from = try #require(page.range(of: "<select name=\"from\">")), to = try #require(page.range(of: "<select name=\"to\">"))
            let fromSelect = String(page[from.upperBound..<to.lowerBound]), toSelect = String(page[to.upperBound...])
            #expect(fromSelect.contains("<option value=\"\(versions[0])\" selected>"))
            #expect(!fromSelect.contains("<option value=\"\(versions[1])\" selected>"))
            #expect(toSelect.prefix(while: { $0 != "/" }).contains("<option value=\"\(versions[1])\" selected>"))
        }
    }

    @Test("the measure page names the risks it addresses as the report does, not rule ids; dates do not wrap")
    func measureNamesRisks() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let page = try await browser.get("/activities/hallowerk-utrecht/measures/m-vrije-tekst").body
            let addresses = try #require(page.range(of: "<dt>Pakt aan</dt><dd>"))
            let shown = String(page[addresses.upperBound...].prefix { $0 != "/" })
            #expect(shown.hasPrefix("R"), "a risk number as in the report: \(shown)")
            #expect(!shown.contains("_"), "no rule id: \(shown)")
            #expect(page.contains("<td class=\"date\">2025-01-10</td>"))
            let css = try await browser.get("/serve.css").body
            #expect(css.contains(".date { white-space: nowrap; }"))
        }
    }

    @Test("the CSV's statuses and the roles are in Dutch")
    func dutchWords() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            let signedIn = try await browser.signIn("reviewer")
            #expect(signedIn.status == .seeOther)
            let overview = try await browser.get("/").body
            #expect(overview.contains("reviewer (beoordelaar)"))
            let csv = try await browser.get("/actions.csv").body
            #expect(csv.contains(";gepland;"))
            #expect(!csv.contains(";planned;"))
        }
    }

    @Test("the board's activity filter lists the activities by name")
    func boardActivityNames() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let board = try await browser.get("/actions?activity=hallowerk-kopie").body
            #expect(board.contains("<option value=\"hallowerk-kopie\" selected>HalloWerk — matchingsplatform"))
            #expect(board.contains("<option value=\"hallowerk-utrecht\">HalloWerk 2 — matchingsplatform"))
        }
    }

    @Test("an error page has the page header of the signed-in user")
    func errorPageHeader() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            for path in ["/activities/nope", "/no/such/page", "/actions?status=bogus"] {
                let page = try await browser.get(path)
                #expect(page.status.code >= 400, "\(path)")
                #expect(page.body.contains("viewer (meelezer)"), "\(path)")
                #expect(page.body.contains("<a href=\"/actions\">Maatregelen</a>"), "\(path)")
            }
        }
    }

    @Test("saving an update leads back to the measure with a confirmation")
    func savedNotice() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let path = "/activities/hallowerk-utrecht/measures/m-vrije-tekst"
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("lead")
            let before = try await browser.get(path)
            #expect(!before.body.contains("Uw voortgang is vastgelegd"))
            let saved = try await browser.post(path, [("status", "in-progress")])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            #expect(location == path + "?vastgelegd")
            #expect(try await browser.get(location).body.contains("Uw voortgang is vastgelegd"))
            // Somebody else's link with ?vastgelegd confirms nothing.
            var other = Browser(client)
            _ = try await other.signIn("viewer")
            #expect(!(try await other.get(location).body.contains("Uw voortgang is vastgelegd")))
        }
    }

    @Test("the report carries the day its version was recorded")
    func reportDate() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let versions = try fixture.register.history(of: "hallowerk-utrecht").versions.map(\.versionID)
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let latest = try await browser.get("/activities/hallowerk-utrecht/report").body
            #expect(latest.contains("10 februari 2025"))
            #expect(!latest.contains("1 juni 2025"), "not the day the page is opened")
            let first = try await browser.get("/activities/hallowerk-utrecht/report?version=\(versions[0])").body
            #expect(first.contains("10 januari 2025"))
        }
    }

    @Test("the board sees updates made outside the server (dpia actions update) at its next request")
    func boardSeesOtherWriters() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let before = try await browser.get("/actions?activity=hallowerk-kopie&status=done").body
            #expect(!before.contains("/measures/m-vrije-tekst\""))
            _ = try fixture.register.update(
                MeasureUpdate(
                    measureID: "m-vrije-tekst", activityID: "hallowerk-kopie", status: .done, on: ServerFixture.today, author: "cli"))
            let after = try await browser.get("/actions?activity=hallowerk-kopie&status=done").body
            #expect(after.contains("/activities/hallowerk-kopie/measures/m-vrije-tekst\""))
        }
    }

    @Test("a calendar app reads /actions.ics with the user's feed token, which the register keeps only hashed")
    func feedToken() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("lead")
            _ = try await browser.get("/actions?owner=Proceseigenaar")
            let made = try await browser.post("/feed-token", [("owner", "Proceseigenaar")])
            #expect(made.status == .ok)
            let link = try #require(made.body.range(of: "/actions.ics?").map { made.body[$0.lowerBound...].prefix { $0 != "<" } })
            let token = try #require(link.range(of: "token=").map { String(link[$0.upperBound...]) })
            #expect(link.contains("owner=Proceseigenaar"))
            #expect(token.count == 64)

            // Without a session: the token is enough; a wrong one is refused, none asks to sign in.
            let calendar = try await client.execute(uri: String(link).replacingOccurrences(of: "&amp;", with: "&"), method: .get)
            #expect(calendar.status == .ok)
            #expect(String(buffer: calendar.body).contains("DTSTART;VALUE=DATE:20250131"))
            let wrong = try await client.execute(uri: "/actions.ics?token=" + String(repeating: "0", count: 64), method: .get)
            #expect(wrong.status == .forbidden)
            let none = try await client.execute(uri: "/actions.ics", method: .get)
            #expect(none.status == .seeOther)
            // The token opens nothing else.
            let board = try await client.execute(uri: "/actions?token=" + token, method: .get)
            #expect(board.status == .seeOther)

            // A new token replaces the old one.
            _ = try await browser.get("/actions")
            _ = try await browser.post("/feed-token", [])
            let old = try await client.execute(uri: "/actions.ics?token=" + token, method: .get)
            #expect(old.status == .forbidden)
        }
        #expect(try fixture.register.user(withFeedTokenHash: String(repeating: "0", count: 64)) == nil)
    }

    @Test("a removed user's feed token stops working")
    func feedTokenOfRemovedUser() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let token = String(repeating: "ab", count: 32)
        try fixture.register.setFeedTokenHash(SHA256.hexDigest(of: token), ofUser: "viewer", on: ServerFixture.today)
        #expect(try fixture.register.user(withFeedTokenHash: SHA256.hexDigest(of: token))?.name == "viewer")
        try await fixture.test { client in
            #expect(try await client.execute(uri: "/actions.ics?token=" + token, method: .get).status == .ok)
            try fixture.register.removeUser(name: "viewer")
            #expect(try await client.execute(uri: "/actions.ics?token=" + token, method: .get).status == .forbidden)
        }
    }

    @Test("statuses, decisions and the pre-scan verdict read as in the reports and on the command line")
    func sameWordsAsTheReports() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let overview = try await browser.get("/")
            #expect(overview.body.contains("<td>\(PreScanVerdict.mandatory.phrase(.nl))</td>"))
            #expect(overview.body.contains("<td>\(ActivityStatus.draft.name(in: .nl))</td>"))
            // The words the web had of its own before ("in review", "beëindigd"): now the reports' words.
            #expect(overview.body.contains(">in bespreking</option>") && overview.body.contains(">ingetrokken</option>"))
            #expect(!overview.body.contains("in review") && !overview.body.contains("beëindigd"))
            let measure = try await browser.get("/activities/hallowerk-utrecht/measures/m-bbl-doelgroep-zichtbaar")
            #expect(measure.body.contains("<dd>mitigeren</dd>"), "the Rijksmodel's word, as `dpia actions show` says it")
            #expect(!measure.body.contains("beperken"))
            // A measure in progress is "lopend", as the reports say (the web said "in uitvoering").
            var officer = Browser(client)
            _ = try await officer.signIn("officer")
            _ = try await officer.get("/activities/hallowerk-utrecht/measures/m-vrije-tekst")
            _ = try await officer.post("/activities/hallowerk-utrecht/measures/m-vrije-tekst", [("status", "in-progress")])
            let board = try await browser.get("/actions?activity=hallowerk-utrecht")
            #expect(board.body.contains("</small></td><td>Proceseigenaar/projectleider HW</td><td>lopend"), "\(board.body)")
            #expect(!board.body.contains("in uitvoering"))
        }
    }
}
