import DPIAModel

/// Shared by the two access rules: roles that see identifiable populations of other owners.
enum OtherPopulationAccess {
    /// One violation per role (external or staff of a public party) that sees identifiable populations
    /// of other owners; the likelihood is high when the view has no `condition`.
    static func violations(
        in context: AnalysisContext, external: Bool,
        message: (Role, _ populations: LocalizedText, _ owners: LocalizedText) -> LocalizedText
    ) -> [Violation] {
        context.visibility.rows.compactMap { row -> Violation? in
            guard row.kind == .role, row.external == external, let role = context.roles[row.role] else { return nil }
            if !external {
                guard let type = context.parties[context.rootOrganisation(ofParty: row.party)]?.type, type.isPublic else { return nil }
            }
            let others = row.access.filter { $0.relation == .other && !$0.pseudonymised }
            guard !others.isEmpty else { return nil }
            var owners: [String] = []
            for owner in others.flatMap(\.owners) where !owners.contains(owner) { owners.append(owner) }
            let text = message(
                role, others.map { context.name(ofSubject: $0.subject) }.localizedList,
                owners.map { context.name(ofParty: $0) }.localizedList)
            let unconditioned = isBlank(role.sees.condition)
            return Violation(AnalysisContext.path(role: role.id), text, likelihood: unconditioned ? .high : nil)
        }
    }
}
