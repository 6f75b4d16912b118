import DPIAAnalysis
import DPIACommands
import DPIAModel
import DPIARender
import DPIASpec
import DPIATestSupport
import Foundation
import Testing

/// The limits of SpecLimits on inputs too large to keep in the corpus, and the error limit.
@Suite struct LimitTests {
    static let base = String(decoding: try! Corpus.data("valid-base.yaml"), as: UTF8.self)

    func messages(_ text: String, limits: SpecLimits = .default) -> (messages: [String], seconds: Double) {
        var messages: [String] = []
        let seconds = CPUTime.measure {
            messages = SpecLoader(limits: limits).load(text: text, path: "spec.yaml").diagnostics.map {
                String($0.description.dropFirst("spec.yaml:".count))
            }
        }
        return (messages, seconds)
    }

    @Test func stopsAfterAHundredErrors() {
        let messages = Corpus.messages("limits-many-errors.yaml")
        #expect(messages.count == 101)
        let first: String =
            "17:11: error: unknown data kind 'onbekend'; allowed: identification, contact, "
            + "demographic, profile, work, education, financial, usage, communication, location, media, assessment, "
            + "free-text, national-id, health, ethnicity, religion, political, trade-union, sex-life, genetic, "
            + "biometric, criminal"
        #expect(messages.first == first)
        #expect(messages.last == "314:11: note: stopped after 100 errors; correct these and validate again")
    }

    /// A file over 10 MB is refused from its size, before it is read.
    @Test func refusesAFileOverTenMegabytesWithoutReadingIt() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = workspace.path("huge.yaml")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 10 * 1024 * 1024 + 1)   // sparse: no 10 MB written
        try handle.close()
        var result: LoadResult?
        let seconds = CPUTime.measure { result = SpecLoader().load(file: path) }
        #expect(
            result?.diagnostics.map(\.description) == [
                "\(path):1:1: error: the file is larger than 10 MB, the limit for one spec (one processing activity "
                    + "needs far less); is this the right file?"
            ])
        #expect(seconds < 0.1)
        #expect(
            SpecLoader().load(data: Data(count: 10 * 1024 * 1024 + 1), path: path).diagnostics
                == result?.diagnostics)
    }

    /// Thousands of ids and as many unknown references: the walk stops at the error limit, and
    /// suggestions stop at their budget of comparisons, so the work stays linear and small.
    @Test func manyUnknownReferencesAmongManyIDs() {
        let count = 5_000
        var text = Self.base.replacingOccurrences(
            of: "parties:\n",
            with: "parties:\n"
                + (0..<count).map {
                    "  - {id: partij-\($0), name: Partij, type: supplier, role: processor}\n"
                }.joined())
        text = text.replacingOccurrences(
            of: "subjects:\n",
            with: "subjects:\n"
                + (0..<count).map {
                    "  - {id: groep-\($0), name: Groep, of: [partij-\($0)x]}\n"
                }.joined())
        let (messages, seconds) = messages(text)
        #expect(messages.count == 101)
        #expect(messages.first == "5011:37: error: unknown party id 'partij-0x'; did you mean 'partij-0'?")
        #expect(
            messages.dropLast().last == "5110:38: error: unknown party id 'partij-99x'; 'parties' has: "
                + "partij-0, partij-1, partij-2, partij-3, partij-4, partij-5, partij-6, partij-7, …")
        #expect(seconds < 3)
    }

    /// A list of 200,000 references to one id loads, in time linear in its length.
    @Test func enormousListOfReferences() {
        let text = Self.base.replacingOccurrences(
            of: "    data: [contact]\n",
            with: "    data: [" + Array(repeating: "contact", count: 200_000).joined(separator: ", ") + "]\n")
        let (messages, seconds) = messages(text)
        #expect(messages == [])
        #expect(seconds < 5)
    }

    /// `dpia check` and `dpia report` work on a window of specs at a time: at most 256 specs and at
    /// most 10 MB of them (one spec of the largest size alone), because memory grows with the bytes
    /// being worked on. Four specs of 9.9 MB went all at once (3.9 GB on two cores); now one by one.
    @Test func largeSpecsAreHandledOneAtATime() {
        let tenMegabytes = SpecLimits.default.maxFileBytes
        #expect(
            ParallelWork.windows(4, maxCount: 256, maxWeight: tenMegabytes) { _ in 9_900_000 }
                == [0..<1, 1..<2, 2..<3, 3..<4])
        // 1,000 specs of 21 kB, the sample register's average: 256 at a time, as before.
        #expect(
            ParallelWork.windows(1000, maxCount: 256, maxWeight: tenMegabytes) { _ in 21_000 }
                == [0..<256, 256..<512, 512..<768, 768..<1000])
        // Small specs share a window up to 10 MB; a larger one (refused unread: 0 bytes) does not count.
        let sizes = [4_000_000, 4_000_000, 4_000_000, 100, 0, 9_000_000, 100]
        #expect(
            ParallelWork.windows(sizes.count, maxCount: 256, maxWeight: tenMegabytes) { sizes[$0] }
                == [0..<2, 2..<5, 5..<7])
        #expect(ParallelWork.windows(0, maxCount: 256, maxWeight: tenMegabytes) { _ in 1 } == [])
    }

    /// The loader counts the bytes it would read: the file's size, or 0 for a file it refuses unread.
    @Test func bytesInFlightAreTheBytesTheLoaderReads() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let path = try workspace.write("spec.yaml", Self.base)
        #expect(SpecLoader().byteCount(file: path) == Self.base.utf8.count)
        #expect(SpecLoader(limits: SpecLimits(maxFileBytes: 10)).byteCount(file: path) == 0)
        #expect(SpecLoader().byteCount(file: workspace.path("missing.yaml")) == 0)
    }

    /// The node budget: 1,000 aliases of a rule that holds 1,000 aliases.
    @Test func aliasesExpandingBeyondTheBudget() {
        #expect(
            Corpus.messages("limits-alias-bomb-walked.yaml") == [
                "26:15: error: this file expands to more than 211543 values through YAML aliases (*name); "
                    + "write the values out instead of repeating aliases"
            ])
    }

    @Test func nestingJustWithinTheLimitLoadsBeyondItIsRefused() {
        func nested(_ depth: Int) -> String {
            Self.base + "policies: " + String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth) + "\n"
        }
        let limits = SpecLimits(maxDepth: 20)
        #expect(messages(nested(17), limits: limits).messages.allSatisfy { !$0.contains("nests") })
        #expect(
            messages(nested(40), limits: limits).messages == [
                "25:29: error: the YAML nests lists and mappings more than 20 levels deep; a spec needs fewer than 10"
            ])
    }

    /// A circle of ten parties is named by its first five; a chain of 5,000 is checked in one pass.
    @Test func longCirclesAndChainsOfPartOf() {
        func parties(_ count: Int, circle: Bool) -> String {
            Self.base.replacingOccurrences(
                of: "parties:\n",
                with: "parties:\n"
                    + (0..<count).map { number in
                        let parent = number + 1 < count ? "team-\(number + 1)" : (circle ? "team-0" : "gemeente")
                        return "  - {id: team-\(number), name: Team, type: municipality, role: controller, part_of: \(parent)}\n"
                    }.joined())
        }
        #expect(
            messages(parties(10, circle: true)).messages == [
                "6:68: error: 'part_of' goes round in a circle: team-0 → team-1 → team-2 → team-3 → team-4 → … (10 in all); "
                    + "one of these parties must be the top, without 'part_of'"
            ])
        let chain = messages(parties(5_000, circle: false))
        #expect(chain.messages == [])
        #expect(chain.seconds < 3)
    }

    /// Paths in the source map repeat an entry's id or a retention rule's data ids: a 500,000-character
    /// id over 50,000 references, or one rule of 50,000 ids, once took minutes.
    @Test func longIDsAndLargeRetentionRulesStayLinear() {
        let longID = Self.base
            .replacingOccurrences(of: "  - id: dienstverlening\n", with: "  - id: " + String(repeating: "a", count: 500_000) + "\n")
            .replacingOccurrences(
                of: "    data: [contact]\n",
                with: "    data: [" + Array(repeating: "contact", count: 50_000).joined(separator: ", ") + "]\n")
        let (longIDMessages, longIDSeconds) = messages(longID)
        #expect(
            longIDMessages == [
                "20:9: error: the id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' is 500000 characters long; "
                    + "an id has at most 100"
            ])
        #expect(longIDSeconds < 3)
        let retention =
            Self.base + "retention:\n  - data: ["
            + (0..<50_000).map { "contact-\($0 % 2)" }
            .joined(separator: ", ") + "]\n    period: P1Y\n"
        let (retentionMessages, retentionSeconds) = messages(retention)
        #expect(retentionMessages.count == 101)
        #expect(retentionSeconds < 3)
    }

    /// Who sees whom grows with roles × subject categories × data categories: at the limit of
    /// 1,000,000 combinations a spec is analysed and reported in seconds; beyond it, it is refused.
    @Test func whoSeesWhomAtTheLimit() throws {
        func spec(roles: Int) -> String {
            Self.base
                .replacingOccurrences(
                    of: "subjects:\n",
                    with: "subjects:\n"
                        + (0..<99).map {
                            "  - {id: s\($0), name: S, of: [gemeente]}\n"
                        }.joined()
                )
                .replacingOccurrences(
                    of: "data:\n  - id: contact",
                    with: "data:\n"
                        + (0..<98).map {
                            "  - {id: d\($0), name: D, kind: health}\n"
                        }.joined() + "  - id: contact")
                + "roles:\n"
                + (0..<roles).map {
                    "  - {id: r\($0), party: gemeente, sees: {data: all, subjects: all, scope: all}}\n"
                }.joined()
        }
        // 100 roles × 100 subject categories × 99 data categories = 990,000.
        let result = SpecLoader().load(text: spec(roles: 100), path: "spec.yaml")
        let loaded = try #require(result.activity)
        var assessment: Assessment?
        let seconds = try CPUTime.measure {
            assessment = Analyzer(catalogue: ProvisionCatalogueLoader.builtin).assess(loaded)
            let templates = try TemplateSet(root: BuiltProgram.repository.appendingPathComponent("Templates").path)
            _ = try ReportRenderer(templates: templates).render(try #require(assessment))
        }
        #expect(assessment?.visibility.rows.count == 100)
        #expect(seconds < 20)
        #expect(
            messages(spec(roles: 102)).messages == [
                "222:1: error: the roles and flows of this spec give up to 1009800 combinations of a subject category and "
                    + "a data category in who sees whom; dpia analyses at most 1000000: combine categories, or describe the "
                    + "activity in several specs"
            ])
    }
}
