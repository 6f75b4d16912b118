import Testing

@testable import DPIADiff
@testable import DPIASpec

/// Every key the loader accepts is compared by the diff, or deliberately left out: a new spec key
/// without a field description fails here instead of silently never showing in `dpia diff`.
@Suite struct FieldDescriptionCoverageTests {
    /// Keys that are no field of their own: ids (the diff matches on them), renames, the format and
    /// version labels, and the sections themselves.
    static let notFields: Set<String> = ["id", "renamed_from", "spec", "version"]

    static let sectionKeys: Set<String> = [
        "contacts", "parties", "subjects", "data", "purposes", "techniques", "roles", "flows", "retention",
        "locations", "transfers", "security", "transparency", "rights", "governance", "risks", "measures", "interests",
    ]

    /// The loader's keys of each section, nested keys as `parent/key`, without the keys that are no field.
    static func loaderKeys(_ schema: EntrySchema, nested: [String: EntrySchema] = [:], without: Set<String> = []) -> Set<String> {
        var keys = Set(schema.keys).subtracting(notFields).subtracting(without)
        for (parent, child) in nested {
            keys.remove(parent)
            keys.formUnion(child.keys.map { "\(parent)/\($0)" })
        }
        return keys
    }

    static func diffKeys(_ section: DiffSection) -> Set<String> { Set(FieldDescriptions.meanings[section]?.keys ?? [:].keys) }

    @Test func everySpecKeyHasAFieldDescription() {
        let pairs: [(DiffSection, Set<String>)] = [
            (.general, Self.loaderKeys(.activity, nested: ["contacts": .contacts, "document": .document], without: Self.sectionKeys)),
            (.parties, Self.loaderKeys(.party)),
            (.subjects, Self.loaderKeys(.subject)),
            (.data, Self.loaderKeys(.data)),
            (.purposes, Self.loaderKeys(.purpose, nested: ["consent": .consent])),
            (.roles, Self.loaderKeys(.role, nested: ["sees": .sees])),
            (.flows, Self.loaderKeys(.flow)),
            (.retention, Self.loaderKeys(.retention)),
            (.locations, Self.loaderKeys(.location, without: ["party"])),
            (.transfers, Self.loaderKeys(.transfer, without: ["to"])),
            (.security, Self.loaderKeys(.security)),
            (.transparency, Self.loaderKeys(.transparency)),
            (.rights, Self.loaderKeys(.rights)),
            (.techniques, Self.loaderKeys(.techniques)),
            (.governance, Self.loaderKeys(.governance)),
            (.risks, Self.loaderKeys(.risk)),
            (.measures, Self.loaderKeys(.measure)),
            (.interests, Self.loaderKeys(.interest, without: ["party"])),
        ]
        for (section, specKeys) in pairs {
            let described = Self.diffKeys(section)
            #expect(
                specKeys.subtracting(described).isEmpty,
                "spec keys of \(section) that dpia diff does not compare: \(specKeys.subtracting(described).sorted()); add them to FieldDescriptions.\(section)"
            )
            #expect(
                described.subtracting(specKeys).isEmpty,
                "field descriptions of \(section) that are no spec key: \(described.subtracting(specKeys).sorted())")
        }
    }

    @Test func everyFieldHasAHumanName() {
        let labels = DiffLabels(language: .nl)
        for (section, meanings) in FieldDescriptions.meanings {
            for key in meanings.keys {
                #expect(
                    labels.field(key, in: section) != key || ["cloud", "status", "impact", "contact"].contains(key),
                    "\(section).\(key) has no Dutch name in DiffLabels")
            }
        }
    }
}
