import DPIAModel

/// Shared by the rules on data that needs an exception (special categories, criminal data, BSN):
/// every purpose that uses the data must name its exception in `special_basis`.
enum SpecialDataException {
    /// One violation per data item of the given kinds that a purpose uses without `special_basis`,
    /// or that no purpose uses at all.
    static func violations(in context: AnalysisContext, where matches: (DataKind) -> Bool,
                           what: LocalizedText, exception: LocalizedText) -> [Violation] {
        context.activity.data.compactMap { item -> Violation? in
            guard matches(item.kind) else { return nil }
            let (lacking, used) = context.purposesLackingSpecialBasis(for: item.id)
            if !used {
                return Violation("data/\(item.id)", LocalizedText(
                    nl: "\(item.name) (\(what.nl)) wordt verwerkt, maar geen doel gebruikt het of noemt \(exception.nl).",
                    en: "\(item.name) (\(what.en)) is processed, but no purpose uses it or names \(exception.en)."))
            }
            guard !lacking.isEmpty else { return nil }
            let purposes = lacking.map { "'\($0.id)'" }
            return Violation("data/\(item.id)", LocalizedText(
                nl: "\(item.name) (\(what.nl)) wordt gebruikt voor \(purposes.joinedList(.nl)) zonder \(exception.nl) (`special_basis`).",
                en: "\(item.name) (\(what.en)) is used for \(purposes.joinedList(.en)) without \(exception.en) (`special_basis`)."))
        }
    }
}
