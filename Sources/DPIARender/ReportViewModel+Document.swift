import DPIAModel

extension ReportViewModel {
    /// The document control (`document:`): author, version table, the DPO and the date of the advice,
    /// and the signature block. The versions recorded in the register (``ReportOptions/recordedVersions``)
    /// follow the versions the spec names.
    public struct DocumentSection: Sendable, Codable {
        public var author: String
        public var hasAuthor: Bool
        public var versions: [Row]
        public var hasVersions: Bool
        /// The DPO's name (`contacts.dpo`).
        public var dpo: String
        /// The date of the DPO's advice (`governance.dpo_advice_on`), or a dash.
        public var adviceOn: String
        public var hasAdviceOn: Bool
        /// The signature block: the data protection officer (advice), and who adopts the DPIA.
        public var signatures: [Signature]
        /// The author of the document's metadata (HTML `<meta name="author">`, PDF and DOCX properties):
        /// `document.author`, else the controller.
        public var metaAuthor: String
        /// The subject of the document's metadata.
        public var subject: String

        /// One line of the version table.
        public struct Row: Sendable, Codable {
            public var version: String
            public var date: String
            public var author: String
            public var changes: String
            /// Whether the line comes from the register (`dpia record`) rather than the spec.
            public var isRecorded: Bool
        }

        /// One signature line: the role, the name, the date (or a dash) and room to sign.
        public struct Signature: Sendable, Codable {
            public var role: String
            public var name: String
            public var date: String
        }

        init(_ context: BuildContext) {
            let activity = context.activity, nl = context.language == .nl
            let document = activity.document
            (author, hasAuthor) = context.text(document?.author)
            let dash = context.labels.notStated
            let written = (document?.history ?? []).map { version in
                Row(
                    version: version.version, date: version.date.map(context.labels.date) ?? dash,
                    author: version.author ?? dash, changes: version.changes ?? dash, isRecorded: false)
            }
            let recorded = context.options.recordedVersions.map { version in
                Row(
                    version: version.version, date: version.date.map(context.labels.date) ?? dash,
                    author: version.author ?? dash, changes: version.changes ?? dash, isRecorded: true)
            }
            versions = written + recorded
            metaAuthor = hasAuthor ? author : context.index.partyName(activity.controller)
            subject =
                (nl ? "Gegevensbeschermingseffectbeoordeling (art. 35 AVG): " : "Data protection impact assessment (art. 35 GDPR): ")
                + activity.title
            hasVersions = !versions.isEmpty
            dpo = context.text(activity.contacts?.dpo).0
            (adviceOn, hasAdviceOn) = context.date(activity.governance?.dpoAdviceOn)
            let adopter = context.text(activity.governance?.adoptedBy).0
            signatures = [
                Signature(
                    role: nl ? "Functionaris gegevensbescherming (advies)" : "Data protection officer (advice)",
                    name: dpo, date: adviceOn),
                Signature(
                    role: nl ? "Vastgesteld door" : "Adopted by", name: adopter,
                    date: context.date(activity.governance?.adoptedOn).0),
            ]
        }
    }
}
