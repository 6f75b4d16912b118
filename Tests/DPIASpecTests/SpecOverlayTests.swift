import DPIASpec
import Testing
import Yams

/// ``SpecOverlay``: how a rule example's fragment is laid over the base spec.
@Suite struct SpecOverlayTests {
    static let base = """
        title: Basis
        data:
          - id: naam
            name: Naam
            kind: identification
            subjects: [werkzoekenden]
          - id: werkervaring
            name: Werkervaring
            kind: work
        retention:
          - data: [naam, werkervaring]
            period: P10Y
        rights:
          access: Via Mijn Gemeente.
          erasure: Op verzoek.
        """

    /// `text` as the overlay writes YAML, so that expectations do not depend on indentation.
    func written(_ text: String) throws -> String {
        try Yams.serialize(node: try #require(try Yams.compose(yaml: text)), width: -1, allowUnicode: true)
    }

    func compose(_ fragment: String, removing: [String] = []) throws -> String {
        try SpecOverlay.compose(base: Self.base, fragment: fragment, removing: removing)
    }

    func failure(_ fragment: String, removing: [String] = []) -> String? {
        do throws(SpecOverlay.Failure) {
            _ = try SpecOverlay.compose(base: Self.base, fragment: fragment, removing: removing)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func emptyFragmentGivesTheBase() throws {
        #expect(try compose("") == written(Self.base))
    }

    @Test func plainSectionReplacesWholeOrIsAdded() throws {
        let composed = try compose("title: Ander\nflows:\n  - id: f\n    from: a\n")
        #expect(
            composed
                == (try written(
                    Self.base.replacingOccurrences(of: "title: Basis", with: "title: Ander") + "\nflows:\n  - id: f\n    from: a")))
    }

    @Test func plusChangesNamedFieldsOfAnEntryAndKeepsTheOthers() throws {
        let composed = try compose(
            """
            data+:
              - id: werkervaring
                kind: health
                visible_to_subject: false
            """)
        let expected = Self.base.replacingOccurrences(
            of: "    kind: work", with: "    kind: health\n    visible_to_subject: false")
        #expect(composed == (try written(expected)))
    }

    @Test func plusAddsAnEntryWithANewId() throws {
        let composed = try compose("data+:\n  - id: bsn\n    name: BSN\n    kind: national-id\n")
        let expected = Self.base.replacingOccurrences(
            of: "    kind: work\n", with: "    kind: work\n  - id: bsn\n    name: BSN\n    kind: national-id\n")
        #expect(composed == (try written(expected)))
    }

    @Test func removingLeavesOutSectionsEntriesAndFields() throws {
        let composed = try compose("", removing: ["retention", "data/naam", "data/werkervaring/kind", "rights/erasure"])
        let expected = """
            title: Basis
            data:
              - id: werkervaring
                name: Werkervaring
            rights:
              access: Via Mijn Gemeente.
            """
        #expect(composed == (try written(expected)))
    }

    @Test func removedFieldCanBeWrittenAgainByThePlusSection() throws {
        let composed = try compose("data+:\n  - id: naam\n    subjects: [anderen]\n", removing: ["data/naam/subjects"])
        #expect(composed == (try written(Self.base.replacingOccurrences(of: "[werkzoekenden]", with: "[anderen]"))))
    }

    @Test func malformedFragmentsSayWhatIsWrong() {
        #expect(failure("rights+:\n  - id: access\n")?.contains("`rights` in the base spec is no list of entries with ids") == true)
        #expect(failure("retention+:\n  - id: x\n")?.contains("write `retention:` to replace it whole") == true)
        #expect(failure("flows+:\n  - id: f\n")?.contains("the base spec has no `flows`: write `flows:`") == true)
        #expect(failure("data:\n  - id: x\ndata+:\n  - id: y\n")?.contains("`data:` and `data+:` both stand") == true)
        #expect(failure("data+:\n  - name: Zonder id\n")?.contains("must hold a list of entries, each with an `id`") == true)
        #expect(failure("data+:\n  kind: health\n")?.contains("must hold a list of entries") == true)
        #expect(failure("data+:\n  - id: naam\n  - id: naam\n")?.contains("names entry `naam` twice") == true)
        #expect(failure("data: [unclosed\n")?.contains("the fragment is not valid YAML") == true)
    }

    @Test func removingAPathTheBaseLacksSaysWhatItHas() {
        #expect(
            failure("", removing: ["data/bsn"])
                == "`data/bsn` cannot be left out: `data` has no entry `bsn` (it has `naam`, `werkervaring`)")
        #expect(failure("", removing: ["data/naam/fields"]) == "`data/naam/fields` cannot be left out: `data/naam` has no `fields`")
        #expect(failure("", removing: ["flows"]) == "`flows` cannot be left out: the base spec has no `flows`")
        #expect(failure("", removing: ["title/x"])?.contains("`title` is neither a mapping nor a list of entries with ids") == true)
        #expect(failure("", removing: ["data//kind"])?.contains("is no path to leave out") == true)
    }
}
