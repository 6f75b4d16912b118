import DPIAModel
import Foundation
import Testing

@testable import DPIASpec

/// The provision catalogue: the built-in file, citations parsed into exactly one provision or none,
/// and catalogues a privacy officer adds with `--provisions`.
@Suite struct ProvisionCatalogueTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Provisions/provisions.yaml")

    let catalogue = ProvisionCatalogueLoader.builtin

    @Test func builtInCatalogueIsTheReviewedFile() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(
            BuiltinProvisions.yaml + "\n" == text || BuiltinProvisions.yaml == text,
            "Provisions/provisions.yaml changed: run Scripts/provisions.sh")
    }

    @Test func builtInCatalogueLoadsWithoutDiagnostics() {
        let (loaded, diagnostics) = ProvisionCatalogueLoader.load(text: BuiltinProvisions.yaml, path: "provisions.yaml", knownLaws: [])
        #expect(diagnostics.map(\.description) == [])
        #expect((loaded?.provisions.count ?? 0) > 80)
        #expect(catalogue.provisions.count == loaded?.provisions.count)
    }

    /// Every entry is found by its id and by its own citation, and by nothing else.
    @Test func everyProvisionResolvesByIdAndCitation() {
        for provision in catalogue.provisions {
            #expect(catalogue.resolve(provision.id).provisions == [provision], "\(provision.id)")
            #expect(catalogue.resolve(catalogue.cite(provision)).provisions.map(\.id) == [provision.id], "\(catalogue.cite(provision))")
            #expect(!provision.source.isEmpty)
        }
    }

    @Test(arguments: [
        ("Participatiewet art. 65 lid 1 onder c", ["pw-65-1-c"]),
        ("art. 65 lid 1 sub c Participatiewet", ["pw-65-1-c"]),
        ("Artikel 65, eerste lid, onderdeel c, van de Participatiewet", ["pw-65-1-c"]),
        ("Pw art. 65 lid 1 onder a en b", ["pw-65-1-a", "pw-65-1-b"]),
        ("Participatiewet art. 7 lid 1 onder a", ["pw-7-1-a"]),
        ("Art. 5.1.1. lid 4 Wmo-2015", ["wmo-5-1-1-4"]),
        ("art. 9(2)(g) GDPR", ["avg-9-2-g"]),
        ("UAVG art. 30 lid 1 onder a jo. art. 9 lid 2 onder b AVG", ["uavg-30-1-a", "avg-9-2-b"]),
        ("Wet SUWI art. 62", ["suwi-62"]),
        ("Wet structuur uitvoeringsorganisatie werk en inkomen art. 30a", ["suwi-30a"]),
        ("Wmo 2015 art. 5.1.1 (gezondheidsgegevens, voor zover noodzakelijk)", ["wmo-5-1-1"]),
    ])
    func citationsNameTheirProvision(text: String, ids: [String]) {
        let resolution = catalogue.resolve(text)
        #expect(resolution.provisions.map(\.id) == ids)
        #expect(resolution.unresolved.isEmpty, "\(resolution.unresolved.map(\.text))")
    }

    /// Texts a keyword search would take for a provision: none of them names one.
    @Test(arguments: [
        "geen bezwaar gemaakt",   // words of exception b, no citation
        "art. 65 lid 1 onder c",   // no law
        "Participatiewet art. 7 lid 1 laatste zin",   // words that are no part of a citation
        "Participatiewet art. 65 lid 1 onder d",   // no such letter in the catalogue
        "Nog niet gesloten",
        "wettelijk voorschrift (Participatiewet)",
        "",
    ])
    func otherTextsNameNothing(text: String) {
        let resolution = catalogue.resolve(text)
        #expect(resolution.provisions.isEmpty, "\(resolution.provisions.map(\.id))")
        #expect(!resolution.unresolved.isEmpty)
    }

    @Test func unresolvedCitationsSuggestTheArticle() {
        let resolution = catalogue.resolve("Participatiewet art. 65 lid 1 onder d")
        #expect(resolution.unresolved.first?.suggestions.map(\.id).contains("pw-65-1-c") == true)
    }

    @Test func aFileAddsAndReplacesEntries() throws {
        let extra = """
            laws:
              - id: wsnp
                name: Wet schuldsanering natuurlijke personen
                names: [Wsnp]
                source: wetten.overheid.nl BWBR0008021
            provisions:
              - id: wsnp-1
                law: wsnp
                article: "1"
                title: Een nieuwe bepaling
                effect: task
                parties: [municipality]
                source: test
              - id: pw-7-1-a
                law: pw
                article: "7"
                lid: "1"
                letter: a
                title: Gecorrigeerd
                effect: task
                parties: [municipality, uwv]
                source: test
            """
        let (loaded, diagnostics) = ProvisionCatalogueLoader.load(
            text: extra, path: "extra.yaml",
            knownLaws: Set(catalogue.laws.map(\.id)))
        #expect(diagnostics.isEmpty)
        let merged = catalogue.merging(try #require(loaded))
        #expect(merged.resolve("Wsnp art. 1").provisions.map(\.id) == ["wsnp-1"])
        #expect(merged.provision(id: "pw-7-1-a")?.title == "Gecorrigeerd")
        #expect(merged.provisions.count == catalogue.provisions.count + 1)
    }

    @Test func aBrokenFileNamesLineAndColumn() {
        let broken = """
            provisions:
              - id: x-1
                law: onbekend
                article: "1"
                title: X
                effect: secrecy-exception
                source: test
            """
        let (loaded, diagnostics) = ProvisionCatalogueLoader.load(text: broken, path: "extra.yaml", knownLaws: ["pw"])
        #expect(loaded == nil)
        let messages = diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("extra.yaml:3:10: error: unknown law 'onbekend'") })
        #expect(messages.contains { $0.contains("needs 'exception: a', 'b' or 'c'") })
    }
}
