import DPIAModel
import Testing

@testable import DPIASample

@Suite struct SampleRegisterTests {
    @Test func sameSeedGivesTheSameRegister() {
        let first = SampleRegister(count: 50, seed: 11)
        let second = SampleRegister(count: 50, seed: 11)
        for index in [0, 1, 17, 49] {
            #expect(first.yaml(at: index) == second.yaml(at: index))
            #expect(first.activity(at: index) == second.activity(at: index))
        }
    }

    @Test func otherSeedGivesAnotherRegister() {
        let first = SampleRegister(count: 20, seed: 1)
        let second = SampleRegister(count: 20, seed: 2)
        let differing = (0..<20).filter { first.yaml(at: $0) != second.yaml(at: $0) }
        #expect(differing.count == 20)
    }

    @Test func activitiesDoNotDependOnTheOrderOfGeneration() {
        let register = SampleRegister(count: 30, seed: 5)
        let forward = (0..<30).map { register.activity(at: $0) }
        let backward = (0..<30).reversed().map { register.activity(at: $0) }.reversed()
        #expect(forward == Array(backward))
    }

    @Test func idsAreNumberedFromOneAndPadded() {
        let register = SampleRegister(count: 1000, seed: 1)
        #expect(register.entry(at: 0).relativePath == register.entry(at: 0).organisation + "/" + register.activity(at: 0).id + ".yaml")
        #expect(register.entry(at: 0).id.hasSuffix("-00001"))
        #expect(register.entry(at: 999).id.hasSuffix("-01000"))
    }

    @Test func entriesAreUniqueAndSpreadOverOrganisations() {
        let register = SampleRegister(count: 600, seed: 3)
        let entries = (0..<600).map { register.entry(at: $0) }
        #expect(Set(entries.map(\.id)).count == 600)
        #expect(Set(entries.map(\.organisation)).count == SampleCatalogue.organisations.count)
        for index in [0, 299, 599] {
            #expect(register.activity(at: index).id == entries[index].id)
        }
    }

    @Test func activitiesHaveTheShapeOfTheExampleRegisters() {
        let register = SampleRegister(count: 200, seed: 1)
        let activities = (0..<200).map { register.activity(at: $0) }
        func average(_ count: (ProcessingActivity) -> Int) -> Double {
            Double(activities.map(count).reduce(0, +)) / Double(activities.count)
        }
        #expect((8.0...12.0).contains(average { $0.parties.count }))
        #expect((27.0...33.0).contains(average { $0.data.count }))
        #expect((6.0...10.0).contains(average { $0.roles?.count ?? 0 }))
        #expect((4.0...8.0).contains(average { $0.flows?.count ?? 0 }))
        #expect((4.0...6.0).contains(average { $0.purposes.count }))
        #expect(activities.allSatisfy { !($0.retention ?? []).isEmpty && !($0.measures ?? []).isEmpty })

        let special = activities.filter { $0.data.contains { $0.kind.isSpecialCategory } }
        let crossMunicipality = activities.filter { ($0.roles ?? []).contains { $0.sees.scope == .all } }
        let clean = activities.filter { activity in
            !activity.data.contains { $0.kind.isSpecialCategory }
                && !(activity.roles ?? []).contains { $0.sees.scope == .all || $0.sees.data == .all }
                && (activity.rights?.procedures.count ?? 0) == SubjectRight.allCases.count
        }
        #expect(special.count > 30 && special.count < 120)
        #expect(crossMunicipality.count > 20 && crossMunicipality.count < 100)
        #expect(clean.count > 30)
    }

    @Test func everyReferenceResolves() {
        let register = SampleRegister(count: 300, seed: 8)
        for index in 0..<300 {
            let problems = unresolvedReferences(in: register.activity(at: index))
            #expect(problems.isEmpty, "activity \(index): \(problems)")
        }
    }

    @Test func writesTheSchemaCommentFirst() {
        let text = SampleRegister(count: 3, seed: 1).yaml(at: 2, schema: "../../docs/dpia-spec.schema.json")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../docs/dpia-spec.schema.json\n"))
        #expect(text.contains("\nspec: dpia/v1\n"))
    }

    /// Every id reference that does not name an element of the activity, as `where → id`.
    private func unresolvedReferences(in activity: ProcessingActivity) -> [String] {
        let parties = Set(activity.parties.map(\.id)), subjects = Set(activity.subjects.map(\.id))
        let data = Set(activity.data.map(\.id)), purposes = Set(activity.purposes.map(\.id))
        let risks = Set((activity.risks ?? []).map(\.id))
        var problems: [String] = []
        func check(_ ids: [String], in known: Set<String>, _ place: String) {
            for id in ids where !known.contains(id) { problems.append("\(place) → \(id)") }
        }
        func check(_ selection: Selection?, in known: Set<String>, _ place: String) {
            if case .only(let ids)? = selection { check(ids, in: known, place) }
        }
        for list in [
            activity.parties.map(\.id), activity.subjects.map(\.id), activity.data.map(\.id),
            activity.purposes.map(\.id), (activity.roles ?? []).map(\.id), (activity.flows ?? []).map(\.id),
            (activity.risks ?? []).map(\.id), (activity.measures ?? []).map(\.id),
        ] where Set(list).count != list.count {
            problems.append("duplicate ids in \(list)")
        }
        check([activity.controller], in: parties, "controller")
        for party in activity.parties { check(party.affiliated + [party.partOf].compactMap { $0 }, in: parties, "parties/\(party.id)") }
        for subject in activity.subjects { check(subject.of, in: parties, "subjects/\(subject.id)") }
        for item in activity.data { check(item.subjects, in: subjects, "data/\(item.id)") }
        for purpose in activity.purposes {
            check(purpose.data, in: data, "purposes/\(purpose.id)")
            check([purpose.furtherProcessingOf].compactMap { $0 }, in: purposes, "purposes/\(purpose.id)")
        }
        for role in activity.roles ?? [] {
            check([role.party], in: parties, "roles/\(role.id)/party")
            check(role.sees.data, in: data, "roles/\(role.id)/sees/data")
            check(role.sees.subjects, in: subjects, "roles/\(role.id)/sees/subjects")
            check(role.edits, in: data, "roles/\(role.id)/edits")
            check(role.purposes, in: purposes, "roles/\(role.id)/purposes")
        }
        for flow in activity.flows ?? [] {
            check([flow.from, flow.to], in: parties, "flows/\(flow.id)")
            check(flow.data, in: data, "flows/\(flow.id)/data")
            check([flow.purpose].compactMap { $0 }, in: purposes, "flows/\(flow.id)/purpose")
        }
        for rule in activity.retention ?? [] { check(rule.data, in: data, "retention/\(rule.key)") }
        for location in activity.locations ?? [] { check([location.party], in: parties, "locations") }
        for transfer in activity.transfers ?? [] {
            check([transfer.to], in: parties, "transfers")
            check(transfer.data, in: data, "transfers/data")
        }
        check(activity.transparency?.subjectCanSee, in: data, "transparency/subject_can_see")
        for measure in activity.measures ?? [] { check(measure.addresses, in: risks, "measures/\(measure.id)") }
        for interest in activity.interests ?? [] { check([interest.party], in: parties, "interests") }
        return problems
    }
}

/// Benchmarks compare runs across commits only while the generator writes the same registers.
@Suite struct SampleRegisterPinTests {
    /// FNV-1a over the bytes: a checksum that, unlike `Hasher`, is the same in every process.
    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    @Test func seedOneWritesTheRegisterTheBenchmarksWereMeasuredOn() {
        let register = SampleRegister(count: 10_000, seed: 1)
        let checksum = [0, 1, 4_999, 9_999].map { Self.fnv1a(register.yaml(at: $0)) }.reduce(0) { $0 ^ $1 }
        // If you changed the generator on purpose, record the new value here and re-run Scripts/bench.sh
        // for docs/benchmarks.md: results on different registers are not comparable.
        #expect(checksum == 0xFB63_783A_1D6F_1FED, "checksum \(String(checksum, radix: 16))")
    }
}
