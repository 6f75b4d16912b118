import DPIAModel
import Foundation
import Testing

@testable import DPIARegister

@Suite struct FingerprintTests {
    @Test func sameModelGivesSameHashInEveryRun() throws {
        let first = try ActivityFingerprint(Fixtures.activity())
        let second = try ActivityFingerprint(Fixtures.activity())
        #expect(first.contentHash == second.contentHash)
        #expect(first.contentHash.count == 64)
        #expect(first.versionID == "hallowerk@" + first.contentHash.prefix(12))
    }

    @Test func reorderingEntriesIsNotAChange() throws {
        var reordered = Fixtures.activity()
        reordered.parties.reverse()
        reordered.data.reverse()
        reordered.measures?.reverse()
        #expect(try ActivityFingerprint(reordered).contentHash == ActivityFingerprint(Fixtures.activity()).contentHash)
    }

    @Test func everyValueChangeIsAChange() throws {
        let base = try ActivityFingerprint(Fixtures.activity())
        var changed = Fixtures.activity()
        changed.data[0].name = "Naam"
        #expect(try ActivityFingerprint(changed).contentHash != base.contentHash)
        var listOrder = Fixtures.activity()
        listOrder.purposes[0].law.append("Wet SUWI art. 30a")
        #expect(try ActivityFingerprint(listOrder).contentHash != base.contentHash)
        var status = Fixtures.activity()
        status.status = .adopted
        #expect(try ActivityFingerprint(status).contentHash != base.contentHash)
    }

    @Test func rightsAreAnObjectNotAnArrayInHashOrder() throws {
        let fingerprint = try ActivityFingerprint(Fixtures.activity())
        #expect(fingerprint.contentText.contains(#""rights":{"procedures":{"access":"Via Mijn Utrecht","erasure""#))
    }

    @Test func canonicalTextEscapesOnlyWhatJSONRequires() throws {
        let value = JSONValue.object(["b": .string("a/b \"c\"\n\u{1}é"), "a": .array([.integer(2), .bool(true), .null])])
        #expect(value.canonicalText == #"{"a":[2,true,null],"b":"a/b \"c\"\n\u0001é"}"#)
        #expect(try JSONValue(canonicalParsing: value.canonicalText) == value)
    }

    /// The one JSON value type keeps lists as encoded; only the register's canonical form sorts entries by id
    /// (and keeps lists of plain values in their order), so a test's tree and a content hash never disagree.
    @Test func canonicalFormSortsEntriesOnlyWhereAsked() throws {
        let text = #"{"entries":[{"id":"b"},{"id":"a"}],"law":["z","y"]}"#
        #expect(try JSONValue(parsing: text).members["entries"] == .array([.object(["id": .string("b")]), .object(["id": .string("a")])]))
        let canonical = try JSONValue(canonicalParsing: text)
        #expect(canonical.canonicalText == #"{"entries":[{"id":"a"},{"id":"b"}],"law":["z","y"]}"#)
        #expect(try JSONValue(canonicalEncoding: try JSONValue(parsing: text)) == canonical)
    }

    @Test func changedSectionsNameSpecKeys() throws {
        let base = try ActivityFingerprint(Fixtures.activity())
        var changed = Fixtures.activity(status: .inReview, summary: "Nieuw")
        changed.measures?.removeLast()
        let sections = try ActivityFingerprint(changed).changedSections(since: base)
        #expect(sections == ["measures", "status", "summary"])
        #expect(ActivityFingerprint.specKey("subjectViews") == "subject_views")
    }

    @Test func storedContentRebuildsTheSameFingerprint() throws {
        let original = try ActivityFingerprint(Fixtures.activity())
        let rebuilt = try ActivityFingerprint(activityID: "hallowerk", storedContent: original.contentText)
        #expect(rebuilt == original)
    }
}
