import DPIAAnalysis
import DPIAModel

/// What one role sees of one subject category: one cell of the who-sees-whom matrix.
struct VisibilityCell: Sendable {
    var role: String
    var access: PopulationAccess

    /// The cells of a matrix, row by row.
    static func cells(of matrix: VisibilityMatrix) -> [VisibilityCell] {
        matrix.rows.flatMap { row in row.access.map { VisibilityCell(role: row.role, access: $0) } }
    }

    /// The cell's key, `role/subject`, with ids read through the renames.
    func key(_ renames: Renames) -> String { "\(renames(.roles, role))/\(renames(.subjects, access.subject))" }

    /// The role id in a cell key.
    static func role(ofKey key: String) -> String { String(key.prefix { $0 != "/" }) }
}

extension VisibilityCell {
    /// The who-sees-whom matrix compared cell by cell; a cell is where the role's `sees:` was written.
    /// A role seeing a population it did not see widens the processing.
    static let entryDescription = EntryDescription<VisibilityCell>(
        .visibility, key: { $0.key($1) }, existence: .exposure, sourcePath: { "roles/\(role(ofKey: $0))/sees" },
        fields: [
            FieldDescription(
                "relation", .scale([PopulationRelation.own.rawValue, PopulationRelation.other.rawValue]),
                spelling: { raw, words in PopulationRelation(rawValue: raw).map(words.relation) ?? raw },
                plain: { .word($0.access.relation) }),
            FieldDescription("data", .exposure, refers: .data, { .items($1(.data, $0.access.data)) }),
            FieldDescription("pseudonymised", .safeguard, plain: { .bool($0.access.pseudonymised) }),
            FieldDescription("condition", .safeguard, plain: { .markdown($0.access.condition) }),
        ])

    /// Per role, the subject categories of other controllers it sees now and did not see before
    /// (or saw only as its own), in the new matrix's order.
    static func newlySeenOthers(
        old: [VisibilityCell], new: [VisibilityCell],
        renames: Renames
    ) -> [(role: String, subjects: [String])] {
        var oldRelation: [String: PopulationRelation] = [:]
        for cell in old { oldRelation[cell.key(renames)] = cell.access.relation }
        var result: [(role: String, subjects: [String])] = []
        var index: [String: Int] = [:]
        for cell in new where cell.access.relation == .other && oldRelation[cell.key(.none)] != .other {
            if let position = index[cell.role] {
                result[position].subjects.append(cell.access.subject)
            } else {
                index[cell.role] = result.count
                result.append((cell.role, [cell.access.subject]))
            }
        }
        return result
    }
}
