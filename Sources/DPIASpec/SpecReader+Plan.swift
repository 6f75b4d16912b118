import DPIAModel

/// `risks:` and `measures:`: the risks people found and the plan that treats them.
extension SpecReader {
    func risks(_ field: MappingView.Field?) -> [DeclaredRisk]? {
        entries(field, .risk, .risk) { view, _ in
            let description = requiredText(view, "description")
            let likelihood: Level? = word(view, "likelihood", "likelihood")
            let impact: Level? = word(view, "impact", "impact")
            let origin = text(view, "origin"), source = text(view, "source")
            let renamedFrom = plainID(view, "renamed_from")
            guard let id = idText(view), let description, let likelihood, let impact else { return nil }
            return DeclaredRisk(
                id: id, description: description, likelihood: likelihood, impact: impact,
                origin: origin, source: source, renamedFrom: renamedFrom)
        }
    }

    func measures(_ field: MappingView.Field?) -> [Measure]? {
        entries(field, .measure, .measure) { view, path in
            let items = values(view["addresses"], of: "a risk, rule or finding id")
            let addressesPath = join(path, "addresses")
            for item in items ?? [] {
                addresses.append(item)
                record(join(addressesPath, item.text), item.mark)
            }
            let decision: Decision? = word(view, "decision", "decision")
            let description = text(view, "description"), owner = text(view, "owner")
            let due = date(view, "due")
            let status: MeasureStatus? = word(view, "status", "measure status")
            let residual: Level? = word(view, "residual", "residual level")
            let type: MeasureType? = word(view, "type", "measure type")
            let evidence = text(view, "evidence"), renamedFrom = plainID(view, "renamed_from")
            guard let id = idText(view), let items, let decision else { return nil }
            return Measure(
                id: id, addresses: items.map(\.text), decision: decision, description: description, owner: owner,
                due: due, status: status, residual: residual, type: type, evidence: evidence,
                renamedFrom: renamedFrom)
        }
    }
}
