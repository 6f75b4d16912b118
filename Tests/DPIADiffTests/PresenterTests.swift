import DPIAAnalysis
import DPIAModel
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
            old: Samples.assessment(
                old, file: "old.yaml", paths: ["roles/werkgever/sees"],
                visibility: [Samples.row("werkgever", [("klanten-a", .own), ("klanten-b", .other)])],
                findings: [resolved], verdict: .recommended),
            new: Samples.assessment(
                new, file: "new.yaml", paths: ["roles/werkgever/sees/scope", "data/belastbaarheid/kind"],
                visibility: [Samples.row("werkgever", [("klanten-a", .own)])],
                findings: [Samples.finding("special_category_without_exception", "data/belastbaarheid")]))
    }()

    @Test func dutchText() {
        let text = DiffPresenter(language: .nl).render(Self.sample, as: .text)
        #expect(text.hasPrefix("Wat is er veranderd: Matching\nmatching, versie 0.3 → 0.4 (old.yaml → new.yaml)\n"))
        #expect(
            text.contains(
                "\n2 wijzigingen maken de verwerking ruimer of riskanter; 4 maken haar beperkter of veiliger; "
                    + "1 andere wijziging; 1 nieuwe bevinding; 1 bevinding opgelost; "))
        #expect(
            text.contains(
                "Let op\n  ! Gegevens Belastbaarheid zijn nu bijzondere persoonsgegevens (art. 9 AVG) (soort Gezondheid, was Profiel).  new.yaml:3"
            ))
        // Widenings first, from every section, then narrowings, then the rest under their section.
        #expect(
            text.contains(
                """
                Ruimer of riskanter
                  ▲ Toegevoegd: partij UWV *vet* & [link](x)  new.yaml:1
                      soort: UWV
                      rol: Verstrekker
                  ▲ Gegevens Belastbaarheid — soort: Profiel → Gezondheid  new.yaml:3

                Beperkter of veiliger
                  ▼ Doel matching — wettelijke bepalingen: erbij Wet SUWI art. 62  new.yaml:1
                  ▼ Rol werkgever — bereik: alle deelnemende partijen → eigen betrokkenen  new.yaml:2
                  ▼ Rol werkgever ziet niet meer: Klanten B  old.yaml:2
                  ▼ Maatregel m-bewaren — status: Gepland → Gereed  new.yaml:1

                Doeleinden en grondslagen
                  ~ Doel matching — noodzaak gewijzigd  new.yaml:1
                """))
        #expect(text.contains("  ✓ Opgelost [hoog]: Titel external_role_sees_other_controllers_subjects — rol werkgever"))
        #expect(text.contains("  ! Nieuw [hoog]: Titel special_category_without_exception — gegevens Belastbaarheid"))
        #expect(text.contains("      nog geen maatregel"))
        #expect(text.contains("Uitkomst: DPIA aanbevolen → DPIA verplicht"))
        #expect(text.hasSuffix("Legenda: ▲ ruimer  ▼ beperkter  ~ gewijzigd  ! let op  ✓ opgelost\n"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func englishText() {
        let text = DiffPresenter(language: .en).render(Self.sample, as: .text)
        #expect(text.hasPrefix("What changed: Matching\n"))
        #expect(text.contains("Data item Belastbaarheid is now special-category data (art. 9 GDPR) (kind Health, was Profile)"))
        #expect(text.contains("Wider or riskier\n  ▲ Added: party UWV"))
        #expect(text.contains("▼ Role werkgever no longer sees: Klanten B"))
        #expect(text.contains("Resolved [high]:"))
    }

    @Test func colourOnlyWhenAskedFor() {
        let text = DiffPresenter(language: .nl, colour: true).render(Self.sample, as: .text)
        #expect(text.contains("\u{1B}[1;31m▲\u{1B}[0m"))
    }

    @Test func markdownIsATablePerBlockAndEscapesUserText() {
        let markdown = DiffPresenter(language: .nl).render(Self.sample, as: .markdown)
        #expect(markdown.hasPrefix("# Wat is er veranderd: Matching\n"))
        #expect(
            markdown.contains(
                """
                ## Ruimer of riskanter

                | Soort | Wijziging | Waar |
                |---|---|---|
                | ▲ ruimer | Toegevoegd: partij **UWV \\*vet\\* & \\[link\\](x)** · soort: UWV · rol: Verstrekker | regel 1 |
                """))
        #expect(markdown.contains("\\<script\\>"))
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("| regel 2, oude versie |"))
        #expect(markdown.contains("Legenda: ▲ ruimer — maakt de verwerking ruimer of riskanter"))
    }

    @Test func aTableCellCannotBeBrokenByUserText() {
        var new = Samples.activity()
        new.parties[0].name = "Gemeente | A\n| --- |"
        let diff = ActivityDiffer().diff(old: Samples.assessment(Samples.activity()), new: Samples.assessment(new, file: "new.yaml"))
        let markdown = DiffPresenter(language: .nl).render(diff, as: .markdown)
        #expect(markdown.contains("Gemeente \\| A \\| --- \\|"), "\(markdown)")
    }

    @Test func lineNumbersLinkToTheRepositoryWhenKnown() throws {
        let link = try #require(
            SourceLink(
                template: "https://example.org/r/blob/{commit}/{path}#L{line}",
                path: "Registers/a b.yaml", commit: "abc123"))
        let presenter = DiffPresenter(language: .nl, newLink: link)
        let markdown = presenter.render(Self.sample, as: .markdown)
        #expect(markdown.contains("[regel 3](https://example.org/r/blob/abc123/Registers/a%20b.yaml#L3)"))
        // Removals point at the old version, which has no link here.
        #expect(markdown.contains("| regel 2, oude versie |"))
        let html = presenter.render(Self.sample, as: .html)
        #expect(html.contains("<a href=\"https://example.org/r/blob/abc123/Registers/a%20b.yaml#L3\">regel 3</a>"))
    }

    @Test func whatAMeasureAddressesIsSaidByTheRuleTitle() {
        var new = Samples.activity()
        new.measures?.append(Measure(id: "m-versleuteling", addresses: ["security_measure_missing"], decision: .mitigate))
        let diff = ActivityDiffer().diff(old: Samples.assessment(Samples.activity()), new: Samples.assessment(new, file: "new.yaml"))
        let text = DiffPresenter(language: .nl).render(diff, as: .text)
        #expect(text.contains("▼ Toegevoegd: maatregel m-versleuteling"), "\(text)")
        #expect(text.contains("      pakt aan: Basisbeveiligingsmaatregel ontbreekt\n"), "\(text)")
        #expect(text.contains("      besluit: Mitigeren\n"), "\(text)")
    }

    @Test func aFindingThatGotOrLostItsMeasureIsNarrowerOrWider() {
        let treatment = Treatment(measures: ["m-bewaren"], decision: .mitigate, residual: .low)
        let assessment = Samples.assessment(Samples.activity())
        func line(old: Treatment?, new: Treatment?) -> String {
            var before = assessment, after = assessment
            before.findings = [Samples.finding("retention_deletion_not_automated", "retention/x", treatment: old)]
            after.findings = [Samples.finding("retention_deletion_not_automated", "retention/x", treatment: new)]
            let text = DiffPresenter(language: .nl).render(ActivityDiffer().diff(old: before, new: after), as: .text)
            return text.split(separator: "\n").first { $0.contains("Gewijzigd:") }.map(String.init) ?? text
        }
        #expect(line(old: nil, new: treatment).hasPrefix("  ▼ Gewijzigd: Titel retention_deletion_not_automated"))
        #expect(line(old: treatment, new: nil).hasPrefix("  ▲ Gewijzigd: Titel retention_deletion_not_automated"))
    }

    @Test func htmlHasALegendAndMarksEveryLine() {
        let html = DiffPresenter(language: .nl).render(Self.sample, as: .html)
        #expect(html.contains("<table class=\"legend\""))
        #expect(html.contains("<td class=\"swatch widening\">ruimer</td>"))
        #expect(html.contains("<li class=\"widening\"><span class=\"tag\">ruimer</span><div>Toegevoegd: partij"))
        #expect(html.contains("@media print"))
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
        #expect(markdown.contains("| ▼ beperkter | Verwijderd: partij **Werkgevers** |  |\n"))
        #expect(markdown.contains("Contact | regel 2 |"))
    }

    @Test func noChangesSaysSo() {
        let assessment = Samples.assessment(Samples.activity())
        let diff = ActivityDiffer().diff(old: assessment, new: assessment)
        #expect(DiffPresenter(language: .nl).render(diff, as: .text).contains("Geen inhoudelijke wijzigingen"))
        #expect(DiffPresenter(language: .en).render(diff, as: .markdown).contains("No changes of substance"))
    }

    @Test func markdownCodeSpansAndDestinations() {
        #expect(DiffMarkdownWriter.code("a`b") == "``a`b``")
        #expect(DiffMarkdownWriter.code("`a") == "`` `a ``")
        #expect(DiffMarkdownWriter.destination("https://x.org/a b)(<c>|`\\") == "https://x.org/a%20b%29%28%3Cc%3E%7C%60%5C")
        #expect(SourceLink(template: "javascript:alert(1)//{line}", path: nil, commit: nil) == nil)
        #expect(SourceLink(template: "https://x.org/{commit}#{line}", path: nil, commit: nil) == nil)
        #expect(
            SourceLink(template: "https://x.org/{path}#{line}", path: "a/ü b.yaml", commit: nil)?.url(line: 4)
                == "https://x.org/a/%C3%BC%20b.yaml#4")
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        #expect(DiffValueText.oneLine("a\u{1B}[31mb\nc\u{9B}d") == "a[31mb cd")
    }
}
