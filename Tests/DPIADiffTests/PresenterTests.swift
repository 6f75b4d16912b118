import DPIAModel
import DPIAAnalysis
import Foundation
import Testing
@testable import DPIADiff

/// The "what changed" page in text, Markdown, HTML and JSON, in Dutch and English.
@Suite struct PresenterTests {
    /// A diff with a bit of everything: a call-out, a field change, a visibility change, findings and a measure.
    static let sample: ActivityDiff = {
        var old = Samples.activity()
        old.roles?[0].sees.scope = .all
        var new = Samples.activity()
        new.version = "0.4"
        new.data[2].kind = .health
        new.purposes[0].law.append("Wet SUWI art. 62")
        new.purposes[0].necessity = "Zonder profiel <script>alert(1)</script> geen match."
        new.parties.append(Party(id: "uwv", name: "UWV *vet* & [link](x)", type: .uwv, role: .source))
        new.measures?[0].status = .done
        let resolved = Samples.finding("external_role_sees_other_controllers_subjects", "roles/werkgever", file: "old.yaml")
        return ActivityDiffer().diff(
            old: Samples.assessment(old, file: "old.yaml", paths: ["roles/werkgever/sees"],
                                    visibility: [Samples.row("werkgever", [("klanten-a", .own), ("klanten-b", .other)])],
                                    findings: [resolved], verdict: .recommended),
            new: Samples.assessment(new, file: "new.yaml", paths: ["roles/werkgever/sees/scope", "data/belastbaarheid/kind"],
                                    visibility: [Samples.row("werkgever", [("klanten-a", .own)])],
                                    findings: [Samples.finding("special_category_without_exception", "data/belastbaarheid")]))
    }()

    @Test func dutchText() {
        let text = DiffPresenter(language: .nl).render(Self.sample, as: .text)
        #expect(text.hasPrefix("Wat is er veranderd: Matching\nmatching, versie 0.3 → 0.4 (old.yaml → new.yaml)\n"))
        #expect(text.contains("Let op\n  ! Gegevens belastbaarheid zijn nu bijzondere persoonsgegevens (art. 9 AVG) (soort health, was profile).  new.yaml:3"))
        #expect(text.contains("  ~ Rol werkgever — bereik (own: eigen klanten, all: alle deelnemers): all → own  new.yaml:2"))
        #expect(text.contains("  - Rol werkgever ziet niet meer: klanten-b  old.yaml:2"))
        #expect(text.contains("  ✓ Opgelost [hoog]: Titel external_role_sees_other_controllers_subjects"))
        #expect(text.contains("  ! Nieuw [hoog]: Titel special_category_without_exception"))
        #expect(text.contains("      nog geen maatregel"))
        #expect(text.contains("  ~ Doel matching — wettelijke bepalingen: erbij \"Wet SUWI art. 62\"") == false)
        #expect(text.contains("  ~ Doel matching — wettelijke bepalingen: erbij Wet SUWI art. 62"))
        #expect(text.contains("  ~ Maatregel m-bewaren — status: planned → done"))
        #expect(text.contains("Uitkomst: DPIA aanbevolen → DPIA verplicht"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func englishText() {
        let text = DiffPresenter(language: .en).render(Self.sample, as: .text)
        #expect(text.hasPrefix("What changed: Matching\n"))
        #expect(text.contains("Data item belastbaarheid is now special-category data (art. 9 GDPR)"))
        #expect(text.contains("Role werkgever no longer sees: klanten-b"))
        #expect(text.contains("Resolved [high]:"))
    }

    @Test func colourOnlyWhenAskedFor() {
        let text = DiffPresenter(language: .nl, colour: true).render(Self.sample, as: .text)
        #expect(text.contains("\u{1B}[32m+\u{1B}[0m"))
    }

    @Test func markdownEscapesUserText() {
        let markdown = DiffPresenter(language: .nl).render(Self.sample, as: .markdown)
        #expect(markdown.hasPrefix("# Wat is er veranderd: Matching\n"))
        #expect(markdown.contains("## Partijen\n\n- Toegevoegd: partij `uwv` (UWV \\*vet\\* \\& \\[link\\](x)) _(regel 1)_"))
        #expect(markdown.contains("\\<script\\>"))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("_(regel 2, oude versie)_"))
    }

    @Test func htmlEscapesUserText() {
        let html = DiffPresenter(language: .en).render(Self.sample, as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("UWV *vet* &amp; [link](x)"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func jsonIsDeterministicAndComplete() throws {
        let presenter = DiffPresenter(language: .nl)
        let json = presenter.render(Self.sample, as: .json)
        #expect(json == presenter.render(Self.sample, as: .json))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["old", "new", "changes", "highlights", "findings", "preScan"])
        #expect(json.contains("\"path\" : \"roles/werkgever/sees/scope\""))
    }

    @Test func aRecordedVersionWithoutLinesGetsNoLocations() {
        var recorded = Samples.assessment(Samples.activity())
        recorded.sourceMap = SourceMap(file: "matching@0123abcd")
        var new = Samples.activity()
        new.parties.removeLast()
        new.data[0].name = "Contact"
        let diff = ActivityDiffer().diff(old: recorded, new: Samples.assessment(new, file: "new.yaml", paths: ["data"]))
        let markdown = DiffPresenter(language: .nl).render(diff, as: .markdown)
        #expect(markdown.contains("- Verwijderd: partij `werkgevers` (Werkgevers)\n"))
        #expect(markdown.contains("Contact _(regel 2)_"))
    }

    @Test func noChangesSaysSo() {
        let assessment = Samples.assessment(Samples.activity())
        let diff = ActivityDiffer().diff(old: assessment, new: assessment)
        #expect(DiffPresenter(language: .nl).render(diff, as: .text).contains("Geen inhoudelijke wijzigingen"))
        #expect(DiffPresenter(language: .en).render(diff, as: .markdown).contains("No changes of substance"))
    }

    @Test func markdownCodeSpansAndLineStarts() {
        #expect(DiffMarkdownWriter.code("a`b") == "``a`b``")
        #expect(DiffMarkdownWriter.code("`a") == "`` `a ``")
        #expect(DiffMarkdownWriter.lineStart("- x") == "\\- x")
        #expect(DiffMarkdownWriter.lineStart("12. x") == "12\\. x")
        #expect(DiffMarkdownWriter.lineStart("12 x") == "12 x")
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        #expect(DiffValueText.oneLine("a\u{1B}[31mb\nc\u{9B}d") == "a[31mb cd")
    }
}
