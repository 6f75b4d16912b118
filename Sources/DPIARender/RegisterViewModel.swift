import DPIAAnalysis
import DPIAModel

/// The register of processing activities (art. 30 AVG) of one organisation, as pre-formatted,
/// localized text for the templates `<lang>/register.md` and `<lang>/register.html`, and as the
/// source of the CSV and JSON exports.
///
/// With ``ProcessingRegisterOptions/isPublic`` the internal fields (contacts, the DPIA's risks and measures)
/// are left empty and their `has…` flags false, so that no template can publish them.
public struct RegisterViewModel: Sendable, Codable {
    public var language: String
    public var organisation: String
    public var isPublic: Bool
    public var isInternal: Bool
    public var date: String
    public var hasDate: Bool
    public var isoDate: String
    public var activityCount: String
    public var activities: [Activity]
    public var processors: [Processor]
    public var hasProcessors: Bool

    /// Builds the register of `assessments`, in the order given.
    public init(assessments: [Assessment], options: ProcessingRegisterOptions) {
        let labels = Labels(language: options.language, words: options.words)
        language = options.language.rawValue
        isPublic = options.isPublic
        isInternal = !options.isPublic
        date = options.date.map(labels.date) ?? ""
        hasDate = options.date != nil
        isoDate = options.date?.description ?? ""
        activities = assessments.enumerated().map { Activity($0.element, number: $0.offset + 1, labels: labels, options: options) }
        activityCount = String(activities.count)
        let controllers = assessments.map { ActivityIndex($0.activity).partyName($0.activity.controller) }.uniqued()
        organisation = controllers.joined(separator: "; ")
        processors = Processor.collect(assessments, labels: labels)
        hasProcessors = !processors.isEmpty
    }
}

extension RegisterViewModel {
    /// A purpose with its legal basis.
    public struct Purpose: Sendable, Codable {
        public var name: String
        public var basis: String
        /// The VNG spelling of the basis (`Publieke taak`, `Toestemming betrokkene`, ...).
        public var vngBasis: String
        public var article: String
        public var law: String
        public var hasLaw: Bool
    }

    /// Personal data of one category of data subjects.
    public struct DataCategory: Sendable, Codable {
        public var subject: String
        public var data: String
        public var classification: String
        public var classKey: String
    }

    public struct RetentionEntry: Sendable, Codable {
        public var data: String
        public var period: String
        /// ISO 8601 duration, or empty for "as long as needed".
        public var isoPeriod: String
        public var source: String
    }

    /// One processing activity: the fields of art. 30 lid 1 a–g, and internal DPIA status.
    public struct Activity: Sendable, Codable {
        public var number: String
        public var anchor: String
        public var id: String
        public var title: String
        public var version: String
        public var status: String
        /// "versie 1.2, in review", or only the status when there is no version.
        public var versionStatus: String
        public var summary: String
        public var hasSummary: Bool
        // (a)
        public var controller: String
        public var jointControllers: String
        public var hasJointControllers: Bool
        public var representative: String
        public var hasRepresentative: Bool
        public var dpo: String
        public var hasDPO: Bool
        public var owner: String
        public var hasOwner: Bool
        // (b)
        public var purposes: [Purpose]
        /// "Name: Publieke taak (art. 6 lid 1 onder e AVG; Participatiewet art. 7); ..."
        public var purposesText: String
        // (c)
        public var subjects: [String]
        public var subjectsText: String
        public var dataCategories: [DataCategory]
        public var dataText: String
        public var specialData: String
        public var hasSpecialData: Bool
        public var sources: String
        // (d)
        public var recipients: [String]
        public var recipientsText: String
        public var hasRecipients: Bool
        // (e)
        public var transfers: [String]
        public var transfersText: String
        public var hasTransfers: Bool
        // (f)
        public var retention: [RetentionEntry]
        public var retentionText: String
        public var hasRetention: Bool
        // (g)
        public var security: [String]
        public var securityText: String
        public var hasSecurity: Bool
        public var processors: String
        public var hasProcessors: Bool
        // Internal: the DPIA.
        public var verdict: String
        public var verdictKey: String
        public var riskCount: String
        public var highResidualCount: String
        public var openMeasureCount: String
        public var hasInternal: Bool

        init(_ assessment: Assessment, number: Int, labels: Labels, options: ProcessingRegisterOptions) {
            let activity = assessment.activity
            let index = ActivityIndex(activity)
            let context = BuildContext(
                assessment: assessment, index: index, labels: labels,
                options: ReportOptions(language: labels.language, date: options.date),
                conclusions: assessment.conclusions())
            let isInternal = !options.isPublic
            self.number = String(number)
            anchor = "va-\(activity.id)"
            id = activity.id
            title = activity.title
            version = context.text(activity.version).0
            let status = labels.status(activity.status)
            self.status = status
            let versionWord = labels.language == .nl ? "versie" : "version"
            versionStatus = activity.version.map { "\(versionWord) \($0), " + status.lowercased() } ?? status.lowercased()
            let lead = ReportViewModel.firstBlock(of: activity.summary ?? "")
            (summary, hasSummary) = context.text(lead.isEmpty ? nil : Prose(lead).plain)

            controller = index.partyName(activity.controller)
            let joint = activity.parties.filter { $0.role == .jointController }.map(\.name)
            (jointControllers, hasJointControllers) = context.list(joint)
            func contact(_ value: String?) -> (String, Bool) { isInternal ? context.text(value) : ("", false) }
            (representative, hasRepresentative) = contact(activity.contacts?.representative)
            (dpo, hasDPO) = contact(activity.contacts?.dpo)
            (owner, hasOwner) = contact(activity.contacts?.owner)

            purposes = activity.purposes.map { purpose in
                let (law, hasLaw) = context.list(purpose.law)
                return Purpose(
                    name: ActivityIndex.name(of: purpose), basis: purpose.basis.map(labels.basis) ?? labels.notStated,
                    vngBasis: purpose.basis.map(Labels.vngBasis) ?? "",
                    article: purpose.basis.map(labels.basisArticle) ?? labels.notStated, law: law, hasLaw: hasLaw)
            }
            let noBasis = labels.language == .nl ? "grondslag niet opgegeven" : "legal basis not stated"
            purposesText = zip(activity.purposes, purposes).map { spec, purpose in
                guard spec.basis != nil else { return "\(purpose.name): \(noBasis)" }
                return "\(purpose.name): \(purpose.basis) (\(purpose.article)\(purpose.hasLaw ? "; " + purpose.law : ""))"
            }.joined(separator: "; ")

            subjects = activity.subjects.map(\.name)
            subjectsText = context.list(subjects).0
            dataCategories = activity.data.flatMap { item in
                item.subjects.uniqued().map { subject in
                    DataCategory(
                        subject: index.subjectName(subject), data: item.name,
                        classification: labels.classification(item.kind.classification),
                        classKey: item.kind.classification.rawValue)
                }
            }
            dataText = activity.data.map { "\($0.name) (\(labels.classification($0.kind.classification).lowercased()))" }
                .joined(separator: "; ")
            let special = activity.data.filter { [.special, .criminal, .nationalID].contains($0.kind.classification) }.map(\.name)
            (specialData, hasSpecialData) = context.list(special)
            let sourceParties = activity.parties.filter { $0.role == .source }.map(\.name)
            let sourceKinds = activity.data.compactMap(\.source).uniqued().map { labels.source($0) }
            sources = context.list((sourceKinds + sourceParties).uniqued()).0

            var recipientIDs = activity.parties.filter {
                [.recipient, .thirdParty, .jointController, .processor, .subProcessor].contains($0.role)
            }.map(\.id)
            recipientIDs += (activity.flows ?? []).map(\.to).filter { $0 != activity.controller }
            recipients = recipientIDs.uniqued().map { id in
                index.parties[id].map { "\($0.name) (\(labels.partyRole($0.role).lowercased()))" } ?? id
            }
            recipientsText = context.list(recipients).0
            hasRecipients = !recipients.isEmpty

            transfers = (activity.transfers ?? []).map { transfer in
                "\(index.partyName(transfer.to)): \(transfer.country), \(labels.mechanism(transfer.mechanism))"
            }
            hasTransfers = !transfers.isEmpty
            if hasTransfers {
                transfersText = transfers.joined(separator: "; ")
            } else if activity.transfers != nil {
                transfersText = labels.language == .nl ? "Geen doorgifte buiten de EER" : "No transfers outside the EEA"
            } else {
                transfersText = labels.notStated
            }

            retention = (activity.retention ?? []).map { rule in
                var iso = ""
                if case .duration(let duration) = rule.period { iso = duration.description }
                return RetentionEntry(
                    data: context.list(rule.data.map(index.dataName)).0, period: labels.period(rule.period),
                    isoPeriod: iso, source: context.text(rule.source).0)
            }
            hasRetention = !retention.isEmpty
            retentionText =
                hasRetention
                ? retention.map { "\($0.data): \($0.period)" }.joined(separator: "; ") : labels.notStated

            security = (activity.security?.measures ?? []).map(labels.security) + (activity.security?.other ?? [])
            hasSecurity = !security.isEmpty
            securityText = hasSecurity ? security.joined(separator: "; ") : labels.notStated
            let processorNames = activity.parties.filter(\.role.isProcessor).map(\.name)
            (processors, hasProcessors) = context.list(processorNames)

            hasInternal = isInternal
            if isInternal {
                verdict = labels.verdict(assessment.preScan.verdict)
                verdictKey = assessment.preScan.verdict.rawValue
                riskCount = String(assessment.findings.count)
                highResidualCount = String(assessment.findings.count { $0.residualLevel == .high })
                let open = (activity.measures ?? []).count { measure in
                    measure.decision != .accept && measure.status != .done && measure.status != .dropped
                }
                openMeasureCount = String(open)
            } else {
                (verdict, verdictKey, riskCount, highResidualCount, openMeasureCount) = ("", "", "", "", "")
            }
        }
    }

    /// A party that processes on behalf of controllers (art. 30 lid 2 AVG).
    public struct Processor: Sendable, Codable {
        public var name: String
        public var role: String
        public var controllers: String
        public var activities: String
        public var agreement: String
        public var hasAgreement: Bool
        public var location: String
        public var certifications: String
        public var transfers: String

        /// One entry per processor name, over all activities, in order of first appearance.
        static func collect(_ assessments: [Assessment], labels: Labels) -> [Processor] {
            var order: [String] = []
            var entries: [String: (party: Party, controllers: [String], activities: [String], agreements: [String], transfers: [String])] =
                [:]
            for assessment in assessments {
                let activity = assessment.activity
                let index = ActivityIndex(activity)
                for party in activity.parties where party.role.isProcessor {
                    if entries[party.name] == nil {
                        order.append(party.name)
                        entries[party.name] = (party, [], [], [], [])
                    }
                    entries[party.name]!.controllers.append(index.partyName(activity.controller))
                    entries[party.name]!.activities.append(activity.title)
                    if let agreement = party.agreement { entries[party.name]!.agreements.append(agreement) }
                    for transfer in activity.transfers ?? [] where transfer.to == party.id {
                        entries[party.name]!.transfers.append("\(transfer.country), \(labels.mechanism(transfer.mechanism))")
                    }
                }
            }
            let none = labels.language == .nl ? "Geen doorgifte buiten de EER vastgelegd" : "No transfers outside the EEA recorded"
            return order.compactMap { name in
                guard let entry = entries[name] else { return nil }
                let agreements = entry.agreements.uniqued()
                return Processor(
                    name: name, role: labels.partyRole(entry.party.role),
                    controllers: labels.list(entry.controllers.uniqued()), activities: entry.activities.uniqued().joined(separator: "; "),
                    agreement: agreements.isEmpty ? labels.notStated : agreements.joined(separator: "; "),
                    hasAgreement: !agreements.isEmpty, location: entry.party.location ?? labels.notStated,
                    certifications: entry.party.certifications.isEmpty ? labels.notStated : labels.list(entry.party.certifications),
                    transfers: entry.transfers.isEmpty ? none : entry.transfers.uniqued().joined(separator: "; "))
            }
        }
    }
}
