import DPIAModel

/// The typed facts that decide legal conditions: a processor agreement's status, a no-objection
/// statement, what makes a recipient competent (docs/spec-format.md, "Legal facts").
extension SpecReader {
    /// A nested mapping of facts (`processor_agreement:`, `no_objection:`, `recipient_competence:`), recorded at `path/key`.
    func facts(_ view: MappingView, _ key: String, _ schema: EntrySchema, path: ElementPath) -> MappingView? {
        guard let field = view[key] else { return nil }
        if case .scalar(let scalar) = field.value, Self.isNull(scalar) { return nil }
        guard let facts = mapping(field.value, schema) else { return nil }
        record(facts, at: join(path, key))
        return facts
    }

    func processorAgreement(_ view: MappingView, path: ElementPath) -> ProcessorAgreement? {
        guard let facts = facts(view, "processor_agreement", .processorAgreement, path: path) else { return nil }
        return ProcessorAgreement(
            status: word(facts, "status", "agreement status"), date: date(facts, "date"),
            name: text(facts, "name"))
    }

    func noObjection(_ view: MappingView, path: ElementPath) -> NoObjection? {
        guard let facts = facts(view, "no_objection", .noObjection, path: path) else { return nil }
        return NoObjection(form: word(facts, "form", "form of no-objection"), informed: bool(facts, "informed"))
    }

    func competence(_ view: MappingView, path: ElementPath) -> Competence? {
        guard let facts = facts(view, "recipient_competence", .competence, path: path) else { return nil }
        return Competence(provision: text(facts, "provision"), decision: text(facts, "decision"))
    }
}

extension EntrySchema {
    static let processorAgreement = EntrySchema(
        "'processor_agreement'", keys: ["status", "date", "name"],
        required: ["status"])

    static let noObjection = EntrySchema("'no_objection'", keys: ["form", "informed"], required: ["form"])

    static let competence = EntrySchema("'recipient_competence'", keys: ["provision", "decision"])
}
