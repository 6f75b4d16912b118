import DPIAAnalysis
import DPIAModel
import Foundation

extension ReportViewModel {
    /// §9 Juridisch en beleidsmatig kader: every law the spec cites, the policies, the agreements.
    public struct Framework: Sendable, Codable {
        public struct Law: Sendable, Codable {
            public var text: String
            public var citedFor: String
        }

        public struct Agreement: Sendable, Codable {
            public var party: String
            public var agreement: String
        }

        public var laws: [Law]
        public var hasLaws: Bool
        public var policies: [String]
        public var hasPolicies: Bool
        public var agreements: [Agreement]
        public var hasAgreements: Bool

        init(_ context: BuildContext) {
            let index = context.index
            var order: [String] = []
            var citations: [String: [String]] = [:]
            func cite(_ law: String, for use: String) {
                let law = law.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !law.isEmpty else { return }
                if citations[law] == nil { order.append(law) }
                if citations[law]?.last != use { citations[law, default: []].append(use) }
            }
            for purpose in context.activity.purposes {
                let name = ActivityIndex.name(of: purpose)
                for law in purpose.law { cite(law, for: name) }
                if let special = purpose.specialBasis { cite(special, for: name) }
            }
            let flowWord = context.language == .nl ? "verstrekking" : "disclosure"
            for flow in context.activity.flows ?? [] {
                for ground in flow.grounds { cite(ground, for: "\(flowWord) \(index.partyName(flow.from)) → \(index.partyName(flow.to))") }
            }
            laws = order.map { Law(text: $0, citedFor: (citations[$0] ?? []).uniqued().joined(separator: "; ")) }
            hasLaws = !laws.isEmpty
            policies = context.activity.policies ?? []
            hasPolicies = !policies.isEmpty
            agreements = context.activity.parties.compactMap { party in
                guard let agreement = party.agreement, !agreement.isEmpty else { return nil }
                return Agreement(party: party.name, agreement: agreement)
            }
            hasAgreements = !agreements.isEmpty
        }
    }

    /// §10 Bewaartermijnen.
    public struct Retention: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var number: String
            public var data: String
            /// The period covers every data item of §2.
            public var allData: Bool
            /// The period covers most data items: `data` lists the ones left out.
            public var allDataExcept: Bool
            public var purpose: String
            public var period: String
            public var isOpenEnded: Bool
            public var starts: String
            public var source: String
            public var hasSource: Bool
            public var deletion: String
            public var deletionKey: String
            public var criterion: Prose
            public var hasCriterion: Bool
            public var supervisor: Prose
            public var hasSupervisor: Bool
        }

        public var stated: Bool
        public var rules: [Row]
        public var hasRules: Bool
        /// Data categories no rule covers.
        public var uncovered: String
        public var hasUncovered: Bool

        init(_ context: BuildContext) {
            let labels = context.labels
            let index = context.index
            let list = context.activity.retention ?? []
            stated = context.activity.retention != nil
            rules = list.enumerated().map { offset, rule in
                let (criterion, hasCriterion) = context.prose(rule.criterion)
                let (supervisor, hasSupervisor) = context.prose(rule.supervisor)
                let (source, hasSource) = context.text(rule.source)
                var isOpenEnded = false
                if case .asLongAsNeeded = rule.period { isOpenEnded = true }
                let data = context.dataItems(rule.data)
                return Row(
                    number: "T\(offset + 1)", data: data.text, allData: data.all, allDataExcept: data.except,
                    purpose: rule.purpose.map(index.purposeName) ?? labels.notStated,
                    period: labels.period(rule.period), isOpenEnded: isOpenEnded,
                    starts: context.text(rule.starts).0, source: source, hasSource: hasSource,
                    deletion: labels.deletion(rule.deletion), deletionKey: rule.deletion?.rawValue ?? "unknown",
                    criterion: criterion, hasCriterion: hasCriterion, supervisor: supervisor, hasSupervisor: hasSupervisor)
            }
            hasRules = !rules.isEmpty
            var covered = Set<String>()
            for rule in list { covered.formUnion(rule.data) }
            let missing = context.activity.data.filter { !covered.contains($0.id) }.map(\.name)
            (uncovered, hasUncovered) = context.list(missing)
        }
    }
}
