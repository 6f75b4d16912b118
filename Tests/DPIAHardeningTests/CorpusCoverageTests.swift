import DPIATestSupport
import Foundation
import Testing

/// Every corpus file has an exact expected outcome, and the corpus is as large as promised.
@Suite struct CorpusCoverageTests {
    /// The tables of expected diagnostics, one per theme.
    static let tables: [[String: [String]]] = [
        SyntaxCorpusTests.expected, EncodingCorpusTests.expected, TypeCorpusTests.expected,
        UnknownKeyCorpusTests.expected, LimitCorpusTests.expected, IdentifierCorpusTests.expected,
        TextCorpusTests.expected, ReferenceCorpusTests.expected, InjectionCorpusTests.expected,
        ValidCorpusTests.expected, SecretCorpusTests.expected, FuzzFindingCorpusTests.expected,
    ]

    /// Files whose outcome is too long for a table; each has its own test.
    static let testedElsewhere: Set<String> = ["limits-many-errors.yaml"]

    @Test func everyFileHasAnExpectedOutcome() throws {
        let expected = Set(Self.tables.flatMap(\.keys)).union(Self.testedElsewhere)
        let names = Set(try Corpus.names)
        #expect(names.subtracting(expected).sorted() == [], "corpus files without an expected outcome")
        #expect(expected.subtracting(names).sorted() == [], "expected outcomes without a corpus file")
    }

    @Test func theCorpusHasAtLeastSixtyFiles() throws {
        #expect(try Corpus.names.count >= 60)
    }

    /// Each file loads in well under a second of processor time (the slowest, the walked alias bomb,
    /// takes about 0.3 s in a debug build).
    @Test(arguments: try! Corpus.names)
    func loadsQuickly(_ name: String) {
        let seconds = CPUTime.measure { _ = Corpus.messages(name) }
        #expect(seconds < 3, "\(name) took \(seconds) s")
    }
}
