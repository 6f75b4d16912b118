import DPIAModel
import DPIAAnalysis
import DPIASpec
import Foundation
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
        #expect(visibility.allSatisfy { $0.kind == .removed && Self.employerRoles.contains(VisibilityCell.role(ofKey: $0.entry ?? "")) },
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
        #expect(page.contains("Rol werkgever-utrecht ziet niet meer: kandidaten-den-haag, kandidaten-rotterdam, kandidaten-amsterdam"))
        #expect(page.contains("Rol werkgever-andere-gemeente ziet niet meer: kandidaten-utrecht"))
        #expect(page.contains("Opgelost"))
    }
}
