import DPIAAnalysis
import DPIAModel
import DPIASpec
import Foundation
import SnapshotTesting
import Testing

@testable import DPIADiff

/// The real HalloWerk spec against a copy in which employers only see their own municipality's candidates.
@Suite struct HalloWerkDiffTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Registers/utrecht/hallowerk.yaml").path
    static let employerRoles: Set<String> = ["werkgever-utrecht", "werkgever-andere-gemeente"]

    /// The spec with `scope: all` turned into `scope: own` in the employer roles, nothing else touched.
    static func ownScopeForEmployers(_ text: String) -> String {
        var role: String?
        var changed = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            if line.hasPrefix("  - id: ") { role = String(line.dropFirst("  - id: ".count)) }
            guard let role, employerRoles.contains(role), line.trimmingCharacters(in: .whitespaces).hasPrefix("scope: all")
            else { return line }
            changed += 1
            return Substring(line.replacingOccurrences(of: "scope: all", with: "scope: own"))
        }
        precondition(changed == employerRoles.count, "the employer roles no longer say scope: all")
        return lines.joined(separator: "\n")
    }

    @Test func employersLimitedToTheirOwnMunicipality() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let result = try LoadedSpecDiffTests.diff(text, Self.ownScopeForEmployers(text))

        // The processing: the two scopes, and who sees whom.
        let roles = result.changes(in: .roles)
        #expect(roles.map(\.path).sorted() == Self.employerRoles.map { "roles/\($0)/sees/scope" }.sorted())
        #expect(roles.allSatisfy { $0.old == .symbol("all") && $0.new == .symbol("own") })
        let visibility = result.changes(in: .visibility)
        #expect(!visibility.isEmpty)
        #expect(
            visibility.allSatisfy { $0.kind == .removed && Self.employerRoles.contains(VisibilityCell.role(ofKey: $0.entry ?? "")) },
            "\(visibility.map(\.path))")
        // Nothing else in the processing or the plan.
        #expect(result.changes.count == roles.count + visibility.count, "\(result.changes.map(\.path))")
        #expect(result.highlights.isEmpty)
        #expect(result.preScan == nil)

        // The risks: only findings that were resolved, among them employers seeing other municipalities.
        #expect(!result.findings.isEmpty)
        #expect(result.findings.allSatisfy { $0.kind == .resolved }, "\(result.findings.map { "\($0.kind) \($0.id)" })")
        #expect(result.newUnaddressedFindings(atOrAbove: .low).isEmpty)

        let page = DiffPresenter(language: .nl).render(result, as: .text)
        #expect(
            page.contains(
                "Rol Werkgever uitgenodigd door Utrecht (Jobport) ziet niet meer: Kandidaten van de gemeente Den Haag, "
                    + "Kandidaten van de gemeente Rotterdam en Kandidaten van de gemeente Amsterdam"))
        #expect(
            page.contains(
                "Rol Werkgever uitgenodigd door Den Haag, Rotterdam of Amsterdam (Jobport) ziet niet meer: "
                    + "Kandidaten (werkzoekenden) van de gemeente Utrecht"))
        #expect(page.contains("Opgelost"))
    }

    /// The reviewer's scenario of issue 19: the employer invited by Utrecht sees one more data item,
    /// signs in with a password instead of two factors, and the dossier is kept 20 years instead of 10.
    static func reviewerScenario(_ text: String) -> String {
        func replacingFirst(_ old: String, _ new: String, in text: Substring) -> String {
            guard let range = text.range(of: old) else { preconditionFailure("hallowerk.yaml no longer has \(old)") }
            return text.replacingCharacters(in: range, with: new)
        }
        // The role's block: from its id to the end; the first `data: [` and `authentication:` in it are its own.
        guard let role = text.range(of: "  - id: werkgever-utrecht\n") else { preconditionFailure("no role werkgever-utrecht") }
        var block = replacingFirst("      data: [", "      data: [klantnummer, ", in: text[role.lowerBound...])
        block = replacingFirst("    authentication: 2fa ", "    authentication: password ", in: block[...])
        let new = String(text[..<role.lowerBound]) + block
        return replacingFirst(
            "    period: P10Y                    # \"Voor de HalloWerk",
            "    period: P20Y                    # \"Voor de HalloWerk", in: new[...])
    }

    @Test func aReviewerReadsTheScenarioAtAGlance() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let result = try LoadedSpecDiffTests.diff(text, Self.reviewerScenario(text))
        // The weaker authentication and the longer retention are widenings.
        let widened = Set(result.widenings.map(\.path))
        #expect(
            widened.isSuperset(of: [
                "roles/werkgever-utrecht/authentication", "retention/hallowerk-dossier/period",
                "roles/werkgever-utrecht/sees/data",
            ]), "\(widened)")
        #expect(result.changes.allSatisfy { $0.direction == .widening }, "\(result.changes.map { "\($0.path) \($0.direction)" })")

        let page = DiffPresenter(language: .nl).render(result, as: .text)
        let lines = page.split(separator: "\n").map(String.init)
        // Listed first, right after the summary, in the reader's words.
        let first = try #require(lines.firstIndex(of: "Ruimer of riskanter"))
        #expect(first == 3, "\(page)")
        #expect(lines[first + 2].hasPrefix("  ▲ Rol Werkgever uitgenodigd door Utrecht (Jobport) — inloggen: Tweefactor → Wachtwoord"))
        #expect(page.contains("  ▲ Bewaartermijn hallowerk-dossier — termijn: 10 jaar → 20 jaar"))
        // Who sees whom: one line naming the four populations.
        let visibility = lines.filter { $0.contains("ziet nu ook Klantnummer") }
        #expect(visibility.count == 1, "\(page)")
        #expect(
            visibility.first?.contains(
                "Kandidaten van de gemeente Den Haag, Kandidaten van de gemeente Rotterdam en "
                    + "Kandidaten van de gemeente Amsterdam") == true)
        // No ids or spec spellings where the spec has names and words.
        for id in ["werkgever-utrecht", "kandidaten-den-haag", "klantnummer", "P10Y", "2fa"] {
            #expect(!lines.dropFirst(2).contains { $0.contains(id) && !$0.contains("'\(id)'") }, "\(id) in \(page)")
        }
    }

    @Test func reviewerScenarioSnapshots() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let result = try LoadedSpecDiffTests.diff(text, Self.reviewerScenario(text))
        assertSnapshot(of: DiffPresenter(language: .nl).render(result, as: .text), as: .lines, named: "text-nl")
        assertSnapshot(of: DiffPresenter(language: .nl).render(result, as: .markdown), as: .lines, named: "markdown-nl")
        assertSnapshot(of: DiffPresenter(language: .en).render(result, as: .markdown), as: .lines, named: "markdown-en")
    }
}
