import DPIAModel

extension VisibilityMatrix {
    /// Computes who sees whom from roles, parties (`affiliated`, `part_of`), subjects (`of`), flows and
    /// the pseudonymisation flags.
    ///
    /// - A role sees the subjects its `sees.subjects` selects; with `scope: own` only those whose owners
    ///   (`of`) are among the role's own organisations (its party, the controllers it is affiliated
    ///   with, the parties it is part of). Of each population it sees the selected data that is about
    ///   those subjects.
    /// - A party that receives data through flows and has no role gets a row of kind `flow-recipient`:
    ///   it sees the subjects the flowed data is about; pseudonymised only when every flow to it is.
    public init(context: AnalysisContext) {
        var rows: [Row] = []
        var partiesWithRoles: Set<String> = []
        for role in context.activity.roles ?? [] {
            partiesWithRoles.insert(role.party)
            let own = context.ownOrganisations(ofParty: role.party)
            let seenData = context.dataIDs(role.sees.data)
            var access: [PopulationAccess] = []
            for subject in context.subjectIDs(role.sees.subjects) {
                let owners = context.owners(ofSubject: subject)
                let relation: PopulationRelation = owners.contains(where: own.contains) ? .own : .other
                if role.sees.scope == .own && relation == .other { continue }
                let data = seenData.filter { context.data($0, isAbout: subject) }
                guard !data.isEmpty else { continue }
                access.append(
                    PopulationAccess(
                        subject: subject, relation: relation, data: data,
                        pseudonymised: role.sees.pseudonymised,
                        condition: role.sees.condition, owners: owners))
            }
            rows.append(Row(role: role.id, party: role.party, external: context.isExternal(role), access: access))
        }
        rows.append(contentsOf: Self.flowRecipientRows(context, excluding: partiesWithRoles))
        self.init(rows: rows)
    }

    private static func flowRecipientRows(_ context: AnalysisContext, excluding partiesWithRoles: Set<String>) -> [Row] {
        struct Pending {
            var flows: [String] = []
            var data: [String: [String]] = [:]   // subject → data ids in flow order
            var pairs: Set<[String]> = []   // (subject, data id) already in `data`
            var identifiable: Set<String> = []   // subjects received identifiably at least once
        }
        var order: [String] = []
        var pending: [String: Pending] = [:]
        for flow in context.activity.flows ?? [] where !partiesWithRoles.contains(flow.to) {
            if pending[flow.to] == nil { order.append(flow.to); pending[flow.to] = Pending() }
            pending[flow.to]!.flows.append(flow.id)
            for dataID in flow.data {
                for subject in context.data[dataID]?.subjects ?? [] {
                    if pending[flow.to]!.pairs.insert([subject, dataID]).inserted {
                        pending[flow.to]!.data[subject, default: []].append(dataID)
                    }
                    if !flow.pseudonymised { pending[flow.to]!.identifiable.insert(subject) }
                }
            }
        }
        return order.map { party in
            let entry = pending[party]!
            let own = context.ownOrganisations(ofParty: party)
            let access = context.subjectIDs.compactMap { subject -> PopulationAccess? in
                guard let data = entry.data[subject] else { return nil }
                let owners = context.owners(ofSubject: subject)
                return PopulationAccess(
                    subject: subject, relation: owners.contains(where: own.contains) ? .own : .other,
                    data: data, pseudonymised: !entry.identifiable.contains(subject), owners: owners)
            }
            return Row(
                role: party, party: party, external: context.isExternal(party: party), access: access,
                kind: .flowRecipient, flows: entry.flows)
        }
    }
}
