import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIAServer
import DPIASpec
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("dpia serve: pages, sign-in, roles, CSRF, feeds")
struct ServerPagesTests {
    @Test("without a session every page leads to the sign-in page; the sign-in page has a form token and a strict cookie")
    func signInRequired() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            for path in ["/", "/actions", "/activities/hallowerk-utrecht", "/actions.csv", "/register.json"] {
                let page = try await browser.get(path)
                #expect(page.status == .seeOther, "\(path)")
                #expect(page.headers[.location] == "/login")
            }
            let login = try await browser.get("/login")
            #expect(login.status == .ok)
            #expect(browser.csrf?.count == 64)
            let cookie = login.headers[values: .setCookie].first ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
            #expect(login.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'none'") == true)
            #expect(!login.body.contains("<script"))
        }
    }

    @Test("signing in with the right password opens the register; a wrong one is refused; signing out ends the session")
    func signInAndOut() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            let wrong = try await browser.signIn("officer", password: "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.contains("Naam of wachtwoord klopt niet"))
            let unknown = try await browser.signIn("nobody", password: "whatever it is")
            #expect(unknown.status == .unauthorized)
            let anonymousCookie = browser.cookie
            let right = try await browser.signIn("officer")
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/")
            #expect(browser.cookie != anonymousCookie, "a new session id after signing in")
            let overview = try await browser.get("/")
            #expect(overview.status == .ok)
            #expect(overview.body.contains("officer"))
            // Removing a user with `dpia users remove` signs them out at their next request.
            var other = Browser(client)
            _ = try await other.signIn("viewer")
            try fixture.register.removeUser(name: "viewer")
            let gone = try await other.get("/")
            #expect(gone.status == .seeOther)
            let out = try await browser.post("/logout", [])
            #expect(out.status == .seeOther)
            let result1 = try await browser.get("/")
            #expect(result1.status == .seeOther)
        }
    }

    @Test("every page renders for a signed-in reader")
    func everyPage() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let overview = try await browser.get("/")
            #expect(overview.status == .ok)
            #expect(overview.body.contains("HalloWerk 2"))
            #expect(overview.body.contains("hallowerk-kopie"))
            #expect(overview.body.contains("DPIA verplicht") || overview.body.contains("DPIA aanbevolen"))
            #expect(!overview.body.contains("alert\">0<"), "a count of 0 is not highlighted")

            let activity = try await browser.get("/activities/hallowerk-utrecht")
            #expect(activity.status == .ok)
            #expect(activity.body.contains("m-vrije-tekst"))
            #expect(activity.body.contains("wat veranderde"))

            let report = try await browser.get("/activities/hallowerk-utrecht/report")
            #expect(report.status == .ok)
            #expect(report.body.contains("HalloWerk 2"))

            let versions = try fixture.register.history(of: "hallowerk-utrecht").versions.map(\.versionID)
            let diff = try await browser.get("/activities/hallowerk-utrecht/diff?from=\(versions[0])&to=\(versions[1])")
            #expect(diff.status == .ok)
            #expect(diff.body.contains("HalloWerk 2"))
            #expect(diff.body.contains("versie \(versions[0]) → \(versions[1])"), "the bar above the diff names the versions")

            let board = try await browser.get("/actions")
            #expect(board.status == .ok)
            #expect(board.body.contains("te laat"))

            let measure = try await browser.get("/activities/hallowerk-utrecht/measures/m-vrije-tekst")
            #expect(measure.status == .ok)
            #expect(measure.body.contains("Proceseigenaar/projectleider HW"))
            #expect(!measure.body.contains("Voortgang vastleggen"), "a viewer gets no update form")

            let result2 = try await browser.get("/activities/nope")
            #expect(result2.status == .notFound)
            let result3 = try await browser.get("/activities/hallowerk-utrecht/measures/nope")
            #expect(result3.status == .notFound)
            let missing = try await browser.get("/no/such/page")
            #expect(missing.status == .notFound)
            #expect(missing.body.contains("Deze pagina bestaat niet"))
            let result4 = try await browser.get("/activities/hallowerk-utrecht/diff?from=hallowerk-kopie@0000")
            #expect(result4.status == .notFound)
        }
    }

    @Test("the board filters by owner, status and activity and sorts by deadline")
    func boardFilters() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("reviewer")
            let overdue = try await browser.get("/actions?status=overdue")
            #expect(overdue.body.contains("m-vrije-tekst"))
            #expect(!overdue.body.contains("m-toegang-accountmanagers"))
            let one = try await browser.get("/actions?activity=hallowerk-kopie&owner=nobody-has-this")
            #expect(one.body.contains("0 maatregelen"))
            let kopie = try await browser.get("/actions?activity=hallowerk-kopie")
            #expect(!kopie.body.contains("<small>hallowerk-utrecht</small>"))
            let result5 = try await browser.get("/actions?status=bogus")
            #expect(result5.status == .badRequest)
            let board = try await browser.get("/actions")
            let first = try #require(board.body.range(of: "2025-01-31"))
            let other = try #require(board.body.range(of: "<td class=\"date\">–</td>"))
            #expect(first.lowerBound < other.lowerBound, "measures with a deadline come first")
            // Ten measures a page (the fixture's page size); the links keep the filters.
            #expect(board.body.contains("maatregel 1–10 van"))
            let second = try await browser.get("/actions?owner=Proceseigenaar&page=2")
            #expect(second.body.contains("maatregel 11–20 van"))
            #expect(second.body.contains("href=\"/actions?owner=Proceseigenaar&amp;page=1\""))
            #expect(second.body.contains("href=\"/actions?owner=Proceseigenaar&amp;page=3\""))
        }
    }

    @Test("the register overview shows one page of activities at a time, with open and overdue measures")
    func overviewPages() async throws {
        let fixture = try ServerFixture(pageSize: 1)
        defer { fixture.remove() }
        let measures = try fixture.register.measures(matching: MeasureQuery(activityID: "hallowerk-utrecht", today: ServerFixture.today))
        let open = measures.count(where: \.isOpen), overdue = measures.count(where: \.isOverdue)
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("viewer")
            let first = try await browser.get("/?sort=title")
            #expect(first.body.contains("verwerking 1–1 van 2"))
            #expect(first.body.contains("href=\"/?sort=title&amp;page=2\""))
            #expect(first.body.contains("<small>hallowerk-utrecht</small>"), "“HalloWerk 2 —” sorts before “HalloWerk —”")
            #expect(!first.body.contains("<small>hallowerk-kopie</small>"))
            #expect(first.body.contains("<td class=\"n\">\(open)</td><td class=\"n alert\">\(overdue)</td>"))
            let second = try await browser.get("/?sort=title&page=2")
            #expect(second.body.contains("verwerking 2–2 van 2"))
            #expect(second.body.contains("<small>hallowerk-kopie</small>"))
            #expect(second.body.contains("href=\"/?sort=title&amp;page=1\""))
            #expect(!second.body.contains("volgende"))
            // A measure update while the server runs: the overview's open count follows it.
            var officer = Browser(client)
            _ = try await officer.signIn("officer")
            let openOne = try #require(measures.first { $0.isOpen }).measure.id
            _ = try await officer.get("/activities/hallowerk-utrecht/measures/\(openOne)")
            #expect(try await officer.post("/activities/hallowerk-utrecht/measures/\(openOne)", [("status", "done")]).status == .seeOther)
            let updated = try await browser.get("/?sort=title")
            #expect(updated.body.contains("<td class=\"n\">\(open - 1)</td>"), "\(updated.body)")
            // A version recorded while the server runs (the overview keeps the versions between requests) shows.
            var activity = try fixture.register.activity(version: try fixture.register.latestVersions()[1].versionID)
            activity.title = "HalloWerk 3 — herzien"
            let assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(
                LoadedActivity(activity: activity, sourceMap: SourceMap(file: "hallowerk.yaml")))
            _ = try fixture.register.record([assessment], on: ServerFixture.today)
            let after = try await browser.get("/?sort=title")
            #expect(after.body.contains("HalloWerk 3 — herzien"), "\(after.body)")
        }
        #expect(overdue > 0)
    }

    @Test("each role may or may not update a measure; refused is 403")
    func roles() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let own = "/activities/hallowerk-utrecht/measures/m-vrije-tekst"
        let other = "/activities/hallowerk-kopie/measures/m-vrije-tekst"
        let update = [("status", "in-progress"), ("note", "gestart"), ("evidence", "https://intranet.example/besluit")]
        try await fixture.test { client in
            for (name, ownAllowed, otherAllowed) in [
                ("officer", true, true), ("lead", true, false),
                ("reviewer", false, false), ("viewer", false, false),
            ] {
                var browser = Browser(client)
                _ = try await browser.signIn(name)
                let page = try await browser.get(own)
                #expect(page.body.contains("Voortgang vastleggen") == ownAllowed, "\(name)")
                let result6 = try await browser.post(own, update)
                #expect(result6.status == (ownAllowed ? .seeOther : .forbidden), "\(name)")
                try await browser.get(other)
                let refused = try await browser.post(other, update)
                #expect(refused.status == (otherAllowed ? .seeOther : .forbidden), "\(name)")
                if !otherAllowed { #expect(refused.body.contains("Geen toegang")) }
            }
        }
        let events = try fixture.register.history(ofMeasure: "m-vrije-tekst", activityID: "hallowerk-utrecht", today: ServerFixture.today)
            .events
        #expect(events.compactMap(\.author) == ["officer", "lead"])
    }

    @Test("updating a measure or activity the register does not know is 404 and records nothing")
    func updateOfUnknownMeasure() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let before = try fixture.register.stamp()
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("officer")
            try await browser.get("/activities/hallowerk-utrecht/measures/m-vrije-tekst")
            let unknownMeasure = try await browser.post("/activities/hallowerk-utrecht/measures/m-bestaat-niet", [("status", "done")])
            #expect(unknownMeasure.status == .notFound)
            #expect(unknownMeasure.body.contains("heeft geen maatregel"))
            let unknownActivity = try await browser.post("/activities/bestaat-niet/measures/m-vrije-tekst", [("status", "done")])
            #expect(unknownActivity.status == .notFound)
        }
        #expect(try fixture.register.stamp() == before)
    }

    @Test("a form without the session's token is refused and changes nothing")
    func csrf() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let path = "/activities/hallowerk-utrecht/measures/m-vrije-tekst"
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("officer")
            try await browser.get(path)
            let result7 = try await browser.post(path, [("status", "done")], withToken: false)
            #expect(result7.status == .forbidden)
            let forged = try await browser.post(
                path, [("status", "done"), ("csrf", String(repeating: "0", count: 64))],
                withToken: false)
            #expect(forged.status == .forbidden)
            // Signing in needs the sign-in page's token too.
            var stranger = Browser(client)
            let result8 = try await stranger.post("/login", [("name", "officer"), ("password", ServerFixture.password)])
            #expect(result8.status == .forbidden)
        }
        #expect(
            try fixture.register.history(
                ofMeasure: "m-vrije-tekst", activityID: "hallowerk-utrecht",
                today: ServerFixture.today
            ).events.isEmpty)
    }

    @Test("an update made on the web is the event `dpia actions update` writes, visible through the register")
    func updateVisibleInRegister() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        let path = "/activities/hallowerk-utrecht/measures/m-vrije-tekst"
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("lead")
            try await browser.get(path)
            let done = try await browser.post(
                path,
                [
                    ("status", "done"), ("note", "<b>afgerond</b>"),
                    ("evidence", "https://intranet.example/verslag"),
                ])
            #expect(done.status == .seeOther)
            let page = try await browser.get(path)
            #expect(page.body.contains("&lt;b&gt;afgerond&lt;/b&gt;"))
            #expect(!page.body.contains("<b>afgerond"))
            #expect(page.body.contains("href=\"https://intranet.example/verslag\""))
            let evil = try await browser.post(path, [("status", "done"), ("evidence", "javascript:alert(1)")])
            #expect(evil.status == .seeOther)
            let result9 = try await browser.get(path)
            #expect(!(result9.body.contains("href=\"javascript:")))
        }
        let history = try fixture.register.history(ofMeasure: "m-vrije-tekst", activityID: "hallowerk-utrecht", today: ServerFixture.today)
        let first = try #require(history.events.first)
        #expect(first.status == .done)
        #expect(first.author == "lead")
        #expect(first.occurredOn == "2025-06-01")
        #expect(first.evidence == "https://intranet.example/verslag")
        #expect(first.note == "<b>afgerond</b>")
    }

    @Test("feeds: CSV with the formula guard, iCalendar deadlines, the art. 30 register as JSON")
    func feeds() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("officer")
            let path = "/activities/hallowerk-utrecht/measures/m-vrije-tekst"
            try await browser.get(path)
            try await browser.post(path, [("status", "in-progress"), ("evidence", "=HYPERLINK(\"http://evil\")")])
            let csv = try await browser.get("/actions.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.body.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
            let ics = try await browser.get("/actions.ics?owner=Proceseigenaar")
            #expect(ics.body.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(ics.body.contains("DTSTART;VALUE=DATE:20250131"))
            #expect(ics.body.contains("DTEND;VALUE=DATE:20250201"))
            let json = try await browser.get("/register.json")
            #expect(json.status == .ok)
            #expect(json.body.contains("hallowerk-kopie"))
            _ = try JSONSerialization.jsonObject(with: Data(json.body.utf8))
        }
    }

    @Test("a body larger than the limit is refused")
    func bodyLimit() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            _ = try await browser.signIn("officer")
            let path = "/activities/hallowerk-utrecht/measures/m-vrije-tekst"
            try await browser.get(path)
            let page = try await browser.post(path, [("status", "done"), ("note", String(repeating: "x", count: 40_000))])
            #expect(page.status == .contentTooLarge)
        }
    }

    @Test("with --trust-header the proxy's header names the user; without it nobody is signed in")
    func trustHeader() async throws {
        let fixture = try ServerFixture(trustHeader: "X-Remote-User")
        defer { fixture.remove() }
        try await fixture.test { client in
            var browser = Browser(client)
            let result10 = try await browser.get("/")
            #expect(result10.status == .seeOther)
            let header: HTTPFields = [HTTPField.Name("X-Remote-User")!: "reviewer"]
            let result11 = try await browser.get("/", headers: header)
            #expect(result11.status == .ok)
            let result12 = try await browser.get("/", headers: [HTTPField.Name("X-Remote-User")!: "nobody"])
            #expect(result12.status == .seeOther)
        }
    }
}
