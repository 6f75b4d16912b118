import DPIAAnalysis
import DPIAModel
import Foundation

extension ReportViewModel {
    /// §6 Betrokken partijen: parties by role, the functions with access, and who sees whom.
    public struct Parties: Sendable, Codable {
        public struct PartyRow: Sendable, Codable {
            public var id: String
            public var name: String
            public var type: String
            public var role: String
            public var description: Prose
            public var hasDescription: Bool
            public var agreement: String
            public var hasAgreement: Bool
            /// Processors and sub-processors: the agreement is required (art. 28 AVG).
            public var needsAgreement: Bool
            public var location: String
            public var hasLocation: Bool
            public var certifications: String
            public var hasCertifications: Bool
            public var affiliated: String
            public var hasAffiliated: Bool
            public var partOf: String
            public var hasPartOf: Bool
            public var contact: String
            public var hasContact: Bool
        }

        public struct RoleGroup: Sendable, Codable {
            public var role: String
            public var roleKey: String
            public var parties: [PartyRow]
        }

        public struct Function: Sendable, Codable {
            public var id: String
            public var name: String
            public var party: String
            public var external: String
            public var isExternal: Bool
            public var sees: String
            public var of: String
            public var scope: String
            public var condition: String
            public var hasCondition: Bool
            public var pseudonymised: String
            public var edits: String
            public var authentication: String
            public var users: String
            public var purposes: String
            /// "Extern · tweefactor · 1.500 gebruikers · gepseudonimiseerd".
            public var access: String
            public var description: Prose
            public var hasDescription: Bool
        }

        public struct Cell: Sendable, Codable {
            public var text: String
            /// `own`, `other` or `none`, for styling; the text says the same.
            public var key: String
            public var isOther: Bool
        }

        public struct MatrixRow: Sendable, Codable {
            public var role: String
            public var party: String
            public var external: String
            public var cells: [Cell]
        }

        public struct Column: Sendable, Codable {
            public var subject: String
        }

        public var groups: [RoleGroup]
        public var functions: [Function]
        public var hasFunctions: Bool
        public var columns: [Column]
        public var matrix: [MatrixRow]
        public var hasMatrix: Bool
        /// Rows of the matrix with access to subjects of other controllers.
        public var otherAccessCount: String
        /// "Let op: 2 functies zien betrokkenen van een andere verwerkingsverantwoordelijke."
        public var otherAccessNote: String
        public var hasOtherAccess: Bool

        init(_ context: BuildContext) {
            let labels = context.labels
            let index = context.index
            let activity = context.activity
            var byRole: [PartyRole: [PartyRow]] = [:]
            for party in activity.parties {
                let (description, hasDescription) = context.prose(party.description)
                let (agreement, hasAgreement) = context.text(party.agreement)
                // Location and certifications matter for processors; for others a dash is calmer than "not stated".
                var (location, hasLocation) = context.text(party.location)
                var (certifications, hasCertifications) = context.list(party.certifications)
                if !party.role.isProcessor {
                    if !hasLocation { location = "—" }
                    if !hasCertifications { certifications = "—" }
                }
                let (affiliated, hasAffiliated) = context.list(party.affiliated.map(index.partyName))
                let (contact, hasContact) = context.text(party.contact)
                byRole[party.role, default: []].append(
                    PartyRow(
                        id: party.id, name: party.name, type: labels.partyType(party.type), role: labels.partyRole(party.role),
                        description: description, hasDescription: hasDescription, agreement: agreement,
                        hasAgreement: hasAgreement, needsAgreement: party.role.isProcessor, location: location,
                        hasLocation: hasLocation, certifications: certifications, hasCertifications: hasCertifications,
                        affiliated: affiliated, hasAffiliated: hasAffiliated,
                        partOf: party.partOf.map(index.partyName) ?? labels.notStated, hasPartOf: party.partOf != nil,
                        contact: contact, hasContact: hasContact))
            }
            groups = PartyRole.allCases.compactMap { role in
                byRole[role].map { RoleGroup(role: labels.partyRole(role), roleKey: role.rawValue, parties: $0) }
            }

            var dataCountOfSubject: [String: Int] = [:]
            for item in activity.data {
                for subject in item.subjects.uniqued() { dataCountOfSubject[subject, default: 0] += 1 }
            }
            let subjectIDs = activity.subjects.map(\.id)
            let allText = context.language == .nl ? "Alle gegevens" : "All data"
            let allSubjects = context.language == .nl ? "Alle betrokkenen" : "All data subjects"
            functions = (activity.roles ?? []).map { role in
                let sees = Self.seenData(by: role, context: context, allText: allText)
                let of: String =
                    switch role.sees.subjects {
                    case .all: allSubjects
                    case .only(let ids): context.list(ids.map(index.subjectName)).0
                    }
                let edits: String =
                    switch role.edits {
                    case nil: labels.notStated
                    case .all?: allText
                    case .only(let ids)?: context.list(ids.map(index.dataName)).0
                    }
                let (condition, hasCondition) = context.text(role.sees.condition)
                let (description, hasDescription) = context.prose(role.description)
                let external = Self.isExternal(role, index: index)
                let nl = context.language == .nl
                var access = [external ? (nl ? "Extern" : "External") : (nl ? "Intern" : "Internal")]
                if let authentication = role.authentication { access.append(labels.authentication(authentication).lowercased()) }
                if let users = role.users { access.append(context.number(users) + (nl ? " gebruikers" : " users")) }
                if role.sees.pseudonymised { access.append(nl ? "gepseudonimiseerd" : "pseudonymised") }
                return Function(
                    id: role.id, name: role.name ?? role.id, party: index.partyName(role.party),
                    external: labels.yesNo(external), isExternal: external, sees: sees, of: of,
                    scope: labels.scope(role.sees.scope), condition: condition, hasCondition: hasCondition,
                    pseudonymised: labels.yesNo(role.sees.pseudonymised), edits: edits,
                    authentication: labels.authentication(role.authentication),
                    users: role.users.map(context.number) ?? labels.notStated,
                    purposes: context.list(role.purposes.map(index.purposeName)).0,
                    access: access.joined(separator: " · "), description: description, hasDescription: hasDescription)
            }
            hasFunctions = !functions.isEmpty

            columns = activity.subjects.map { Column(subject: $0.name) }
            let pseudonymisedText = context.language == .nl ? "gepseudonimiseerd" : "pseudonymised"
            var otherRows = 0
            matrix = context.assessment.visibility.rows.map { row in
                var accessBySubject: [String: PopulationAccess] = [:]
                for access in row.access where accessBySubject[access.subject] == nil { accessBySubject[access.subject] = access }
                let cells = subjectIDs.map { subject -> Cell in
                    guard let access = accessBySubject[subject], !access.data.isEmpty else {
                        return Cell(text: "—", key: "none", isOther: false)
                    }
                    let count = Set(access.data).count
                    let total = max(dataCountOfSubject[subject] ?? count, count)
                    var text =
                        labels.relation(access.relation).capitalizedFirst + " · "
                        + (count >= total ? allText.lowercased() : "\(count)/\(total)")
                    if access.pseudonymised { text += " · " + pseudonymisedText }
                    return Cell(text: text, key: access.relation.rawValue, isOther: access.relation == .other)
                }
                if cells.contains(where: \.isOther) { otherRows += 1 }
                return MatrixRow(
                    role: index.roleName(row.role), party: index.partyName(row.party),
                    external: labels.yesNo(row.external), cells: cells)
            }
            hasMatrix = !matrix.isEmpty && !columns.isEmpty
            otherAccessCount = String(otherRows)
            otherAccessNote =
                context.language == .nl
                ? "Let op: \(context.labels.count(otherRows, "functie ziet", "functies zien", "", "")) betrokkenen van een andere verwerkingsverantwoordelijke."
                : "Note: \(context.labels.count(otherRows, "", "", "function sees", "functions see")) data subjects of another controller."
            hasOtherAccess = otherRows > 0
        }

        /// What a role sees, said briefly: "Alle gegevens", "Alle gegevens over deze betrokkenen
        /// behalve X en Y" when it sees most of them, else the list.
        static func seenData(by role: Role, context: BuildContext, allText: String) -> String {
            guard case .only(let ids) = role.sees.data else { return allText }
            let index = context.index
            let subjects: Set<String> =
                switch role.sees.subjects {
                case .all: Set(context.activity.subjects.map(\.id))
                case .only(let ids): Set(ids)
                }
            let seen = Set(ids)
            let relevant = context.activity.data.filter { !subjects.isDisjoint(with: $0.subjects) }.map(\.id)
            let relevantSet = Set(relevant)
            let missing = relevant.filter { !seen.contains($0) }
            let nl = context.language == .nl
            if relevant.count >= 4, !missing.isEmpty, missing.count * 3 <= relevant.count {
                let extra = ids.filter { !relevantSet.contains($0) }
                var text =
                    (nl ? "Alle gegevens over deze betrokkenen behalve " : "All data about these data subjects except ")
                    + context.labels.list(missing.map(index.dataName))
                if !extra.isEmpty { text += (nl ? ", plus " : ", plus ") + context.labels.list(extra.map(index.dataName)) }
                return text
            }
            if relevant.count >= 4, missing.isEmpty, ids.allSatisfy(relevantSet.contains) {
                return nl ? "Alle gegevens over deze betrokkenen" : "All data about these data subjects"
            }
            return context.list(ids.map(index.dataName)).0
        }

        /// The role's own `external`, else derived from its party's type (format-extensions.md).
        static func isExternal(_ role: Role, index: ActivityIndex) -> Bool {
            if let external = role.external { return external }
            guard let type = index.parties[role.party]?.type else { return false }
            return [.employer, .privateIntermediary, .supplier, .other].contains(type)
        }
    }

    /// §7 Belangen bij de gegevensverwerkingen.
    public struct Interests: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var party: String
            public var description: Prose
        }

        public var interests: [Row]
        public var hasInterests: Bool
        public var subjectViews: Prose
        public var hasSubjectViews: Bool

        init(_ context: BuildContext) {
            interests = (context.activity.interests ?? []).map {
                Row(party: context.index.partyName($0.party), description: Prose($0.description))
            }
            hasInterests = !interests.isEmpty
            (subjectViews, hasSubjectViews) = context.prose(context.activity.subjectViews)
        }
    }

    /// §8 Verwerkingslocaties and transfers outside the EEA.
    public struct Locations: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var party: String
            public var country: String
            public var inEEA: String
            public var isOutsideEEA: Bool
            public var description: String
        }

        public struct TransferRow: Sendable, Codable {
            public var to: String
            public var country: String
            public var mechanism: String
            public var hasMechanism: Bool
            public var data: String
        }

        public var locations: [Row]
        public var hasLocations: Bool
        public var transfers: [TransferRow]
        public var hasTransfers: Bool
        /// Whether the spec says anything about transfers (an empty list says "none").
        public var transfersStated: Bool

        init(_ context: BuildContext) {
            let labels = context.labels
            let index = context.index
            locations = (context.activity.locations ?? []).map { location in
                let inEEA = EEA.contains(location.country)
                return Row(
                    party: index.partyName(location.party), country: location.country,
                    inEEA: labels.yesNo(inEEA), isOutsideEEA: !inEEA,
                    description: context.text(location.description).0)
            }
            hasLocations = !locations.isEmpty
            transfers = (context.activity.transfers ?? []).map { transfer in
                TransferRow(
                    to: index.partyName(transfer.to), country: transfer.country,
                    mechanism: labels.mechanism(transfer.mechanism),
                    hasMechanism: transfer.mechanism != nil && transfer.mechanism != TransferMechanism.none,
                    data: transfer.data.isEmpty ? labels.notStated : labels.list(transfer.data.map(index.dataName)))
            }
            hasTransfers = !transfers.isEmpty
            transfersStated = context.activity.transfers != nil
        }
    }
}
