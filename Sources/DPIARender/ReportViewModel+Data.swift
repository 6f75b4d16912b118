import DPIAAnalysis
import DPIAModel

extension ReportViewModel {
    /// §2 Persoonsgegevens: the data subjects, the data classified, and per subject the data by class.
    public struct PersonalData: Sendable, Codable {
        public struct Subject: Sendable, Codable {
            public var id: String
            public var name: String
            public var of: String
            public var count: String
            public var vulnerable: String
            public var minors: String
            public var description: Prose
            public var hasDescription: Bool
            public var childInterests: Prose
            public var hasChildInterests: Bool
        }

        public struct Item: Sendable, Codable {
            public var id: String
            public var name: String
            public var kind: String
            public var classification: String
            /// `ordinary`, `sensitive`, `special`, `criminal` or `national-id`, for styling.
            public var classKey: String
            public var subjects: String
            public var source: String
            public var fields: String
            public var hasFields: Bool
            public var visibleToSubject: String
            public var description: Prose
            public var hasDescription: Bool
        }

        public struct ClassGroup: Sendable, Codable {
            public var classification: String
            public var classKey: String
            public var data: String
        }

        public struct SubjectData: Sendable, Codable {
            public var subject: String
            public var classes: [ClassGroup]
            public var hasClasses: Bool
        }

        public var subjects: [Subject]
        public var hasSubjects: Bool
        public var items: [Item]
        public var hasItems: Bool
        public var bySubject: [SubjectData]
        /// Items whose class is special, criminal or national id.
        public var sensitiveCount: String

        init(_ context: BuildContext) {
            let labels = context.labels
            let index = context.index
            let activity = context.activity
            subjects = activity.subjects.map { subject in
                let (description, hasDescription) = context.prose(subject.description)
                let (childInterests, hasChildInterests) = context.prose(subject.childInterests)
                return Subject(
                    id: subject.id, name: subject.name, of: context.list(subject.of.map(index.partyName)).0,
                    count: subject.count.map(context.number) ?? labels.notStated,
                    vulnerable: context.yesNo(subject.vulnerable), minors: context.yesNo(subject.minors),
                    description: description, hasDescription: hasDescription,
                    childInterests: childInterests, hasChildInterests: hasChildInterests)
            }
            hasSubjects = !subjects.isEmpty
            items = activity.data.map { item in
                let (description, hasDescription) = context.prose(item.description)
                return Item(
                    id: item.id, name: item.name, kind: labels.kind(item.kind),
                    classification: labels.classification(item.kind.classification),
                    classKey: item.kind.classification.rawValue,
                    subjects: context.list(item.subjects.map(index.subjectName)).0, source: labels.source(item.source),
                    fields: item.fields.isEmpty ? labels.notStated : item.fields.joined(separator: "; "),
                    hasFields: !item.fields.isEmpty, visibleToSubject: context.yesNo(item.visibleToSubject),
                    description: description, hasDescription: hasDescription)
            }
            hasItems = !items.isEmpty
            sensitiveCount = String(activity.data.filter { [.special, .criminal, .nationalID].contains($0.kind.classification) }.count)

            var dataOfSubject: [String: [DataItem]] = [:]
            for item in activity.data {
                for subject in item.subjects.uniqued() { dataOfSubject[subject, default: []].append(item) }
            }
            let order: [DataClassification] = [.special, .criminal, .nationalID, .sensitive, .ordinary]
            // Subjects with the same data share one row ("Kandidaten van Den Haag, Rotterdam en Amsterdam").
            var sameData: [(items: [String], names: [String])] = []
            for subject in activity.subjects {
                let ids = (dataOfSubject[subject.id] ?? []).map(\.id)
                if let at = sameData.firstIndex(where: { $0.items == ids }) {
                    sameData[at].names.append(subject.name)
                } else {
                    sameData.append((ids, [subject.name]))
                }
            }
            bySubject = sameData.map { group in
                let items = group.items.compactMap { index.data[$0] }
                let classes = order.compactMap { classification -> ClassGroup? in
                    let names = items.filter { $0.kind.classification == classification }.map(\.name)
                    guard !names.isEmpty else { return nil }
                    return ClassGroup(
                        classification: labels.classification(classification),
                        classKey: classification.rawValue, data: names.joined(separator: "; "))
                }
                return SubjectData(subject: labels.list(group.names), classes: classes, hasClasses: !classes.isEmpty)
            }
        }
    }

    /// §3 Gegevensverwerkingen: per purpose which data of whom, and the disclosures between parties.
    public struct Operations: Sendable, Codable {
        public struct Operation: Sendable, Codable {
            public var purpose: String
            public var data: String
            public var hasData: Bool
            public var subjects: String
            public var roles: String
            public var hasRoles: Bool
            /// The purpose concerns every data subject of §2: said so instead of the list.
            public var allSubjects: Bool
            /// The purpose uses every data item of §2: said so instead of the list.
            public var allData: Bool
            /// The purpose uses most data items: `data` lists the ones it does not use.
            public var allDataExcept: Bool
        }

        public struct FlowRow: Sendable, Codable {
            public var id: String
            public var from: String
            public var to: String
            public var kind: String
            public var data: String
            public var purpose: String
            public var grounds: String
            public var hasGrounds: Bool
            public var consent: String
            public var pseudonymised: String
            public var channel: String
            public var frequency: String
            public var description: Prose
            public var hasDescription: Bool
        }

        public var operations: [Operation]
        public var flows: [FlowRow]
        public var hasFlows: Bool
        /// Whether the spec has a `flows` section at all.
        public var flowsStated: Bool

        init(_ context: BuildContext) {
            let index = context.index
            let labels = context.labels
            var rolesOfPurpose: [String: [String]] = [:]
            for role in context.activity.roles ?? [] {
                for purpose in role.purposes.uniqued() { rolesOfPurpose[purpose, default: []].append(role.name ?? role.id) }
            }
            let allSubjects = Set(context.activity.subjects.map(\.id))
            operations = context.activity.purposes.map { purpose in
                let (roles, hasRoles) = context.list(rolesOfPurpose[purpose.id] ?? [])
                let subjectIDs = index.subjectIDs(ofData: purpose.data)
                let data = context.dataItems(purpose.data)
                return Operation(
                    purpose: ActivityIndex.name(of: purpose), data: data.text, hasData: !purpose.data.isEmpty,
                    subjects: context.list(subjectIDs.map(index.subjectName)).0,
                    roles: roles, hasRoles: hasRoles,
                    allSubjects: allSubjects.count >= 3 && Set(subjectIDs) == allSubjects,
                    allData: data.all, allDataExcept: data.except)
            }
            let flowList = context.activity.flows ?? []
            flows = flowList.map { flow in
                let (description, hasDescription) = context.prose(flow.description)
                return FlowRow(
                    id: flow.id, from: index.partyName(flow.from), to: index.partyName(flow.to),
                    kind: labels.flowKind(flow.kind), data: context.list(flow.data.map(index.dataName)).0,
                    purpose: flow.purpose.map(index.purposeName) ?? labels.notStated,
                    grounds: flow.grounds.isEmpty ? labels.notStated : flow.grounds.joined(separator: "; "),
                    hasGrounds: !flow.grounds.isEmpty, consent: labels.flowConsent(flow.consent),
                    pseudonymised: labels.yesNo(flow.pseudonymised), channel: labels.channel(flow.channel),
                    frequency: context.text(flow.frequency).0, description: description, hasDescription: hasDescription)
            }
            hasFlows = !flows.isEmpty
            flowsStated = context.activity.flows != nil
        }
    }

    /// §4 Technieken en methoden.
    public struct TechniquesSection: Sendable, Codable {
        public struct Flag: Sendable, Codable {
            public var label: String
            public var value: String
            public var isSet: Bool
        }

        /// Whether the spec has a `techniques` section.
        public var stated: Bool
        /// The techniques the Rijksmodel asks about explicitly, each with Ja/Nee.
        public var asked: [Flag]
        /// Other facts that are set.
        public var others: [Flag]
        public var hasOthers: Bool

        /// The keys Rijksmodel §4 names explicitly.
        static let askedKeys = [
            "automated_decisions", "profiling", "cloud", "algorithms", "matching_datasets",
            "systematic_monitoring", "new_technology",
        ]

        init(_ context: BuildContext) {
            let labels = context.labels
            let techniques = context.activity.techniques
            let stated = techniques != nil
            self.stated = stated
            let values = techniques ?? Techniques()
            var flags: [String: Bool] = [:]
            for flag in Techniques.flags { flags[flag.key] = values[keyPath: flag.path] }
            asked = Self.askedKeys.map { key in
                let set = flags[key] ?? false
                return Flag(label: labels.technique(key), value: stated ? labels.yesNo(set) : labels.notStated, isSet: set)
            }
            var others = Techniques.flags.filter { !Self.askedKeys.contains($0.key) && values[keyPath: $0.path] }
                .map { Flag(label: labels.technique($0.key), value: labels.yesNo(true), isSet: true) }
            if let largeScale = values.largeScale {
                others.append(Flag(label: labels.technique("large_scale"), value: labels.yesNo(largeScale), isSet: largeScale))
            }
            self.others = others
            hasOthers = !others.isEmpty
        }
    }

    /// §5 Verwerkingsdoeleinden.
    public struct Purposes: Sendable, Codable {
        public struct Row: Sendable, Codable {
            public var id: String
            public var name: String
            public var description: Prose
            public var hasDescription: Bool
            public var domain: String
            public var hasDomain: Bool
            public var furtherProcessingOf: String
            public var isFurtherProcessing: Bool
        }

        public var purposes: [Row]

        init(_ context: BuildContext) {
            purposes = context.activity.purposes.map { purpose in
                let (description, hasDescription) = context.prose(purpose.description)
                let (domain, hasDomain) = context.text(purpose.domain)
                return Row(
                    id: purpose.id, name: ActivityIndex.name(of: purpose), description: description,
                    hasDescription: hasDescription, domain: domain, hasDomain: hasDomain,
                    furtherProcessingOf: purpose.furtherProcessingOf.map(context.index.purposeName) ?? "",
                    isFurtherProcessing: purpose.furtherProcessingOf != nil)
            }
        }
    }
}
