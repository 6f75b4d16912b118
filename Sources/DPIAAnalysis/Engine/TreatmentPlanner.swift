import DPIAModel

/// Matches the declared measures to findings: a measure addresses a finding when one of its
/// `addresses` entries is the finding's rule id, its declared risk id, or its finding id.
struct TreatmentPlanner: Sendable {
    private let byAddress: [String: [Int]]
    private let measures: [Measure]

    init(measures: [Measure]) {
        self.measures = measures
        var index: [String: [Int]] = [:]
        for (offset, measure) in measures.enumerated() where measure.status != .dropped {
            for address in Set(measure.addresses) { index[address, default: []].append(offset) }
        }
        byAddress = index
    }

    /// The finding with its treatment: the addressing measures in spec order, the strongest decision
    /// (avoid, mitigate, transfer, accept), and the lowest residual level a mitigating, avoiding or
    /// transferring measure states (the finding's own level when none does; never above it).
    /// Accepting never lowers a level: an accepted risk keeps the level it has. Dropped measures
    /// address nothing.
    func treat(_ finding: Finding) -> Finding {
        let offsets = Set((byAddress[finding.id] ?? []) + (byAddress[finding.ruleID] ?? [])).sorted()
        guard !offsets.isEmpty else { return finding }
        let chosen = offsets.map { measures[$0] }
        let decision = chosen.map(\.decision).max { Self.strength($0) < Self.strength($1) } ?? .accept
        let residual = min(chosen.filter { $0.decision != .accept }.compactMap(\.residual).min() ?? finding.level, finding.level)
        var treated = finding
        treated.treatment = Treatment(measures: chosen.map(\.id), decision: decision, residual: residual)
        return treated
    }

    private static func strength(_ decision: Decision) -> Int {
        switch decision {
        case .accept: 0
        case .transfer: 1
        case .mitigate: 2
        case .avoid: 3
        }
    }
}
