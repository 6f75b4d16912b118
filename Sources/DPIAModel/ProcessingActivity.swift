/// One processing activity (verwerkingsactiviteit) as described by one spec file.
///
/// Plain values only: the model knows nothing of YAML, SQLite or templates. Optional sections are
/// `nil` when the spec leaves them out, so that the analyser can tell "absent" from "empty".
public struct ProcessingActivity: Identifiable, Sendable, Hashable, Codable {
    public var spec: String
    public var id: String
    public var title: String
    public var version: String?
    public var status: ActivityStatus?
    public var language: ReportLanguage
    public var controller: String
    public var contacts: Contacts?
    public var summary: String?
    public var parties: [Party]
    public var subjects: [SubjectCategory]
    public var data: [DataItem]
    public var purposes: [Purpose]
    public var techniques: Techniques?
    public var roles: [Role]?
    public var flows: [Flow]?
    public var retention: [RetentionRule]?
    public var locations: [Location]?
    public var transfers: [Transfer]?
    public var security: Security?
    public var transparency: Transparency?
    public var rights: Rights?
    public var governance: Governance?
    public var risks: [DeclaredRisk]?
    public var measures: [Measure]?
    public var interests: [Interest]?
    public var subjectViews: String?
    public var policies: [String]?
    /// The id this activity had before (`renamed_from:` at the top), so `dpia diff` compares across the rename.
    public var renamedFrom: String?
    /// The sources the text cites, with their abbreviations (`references:`).
    public var references: [SourceReference]?
    /// The date the description was last changed (`updated:`); the report's date when `--date` is not given.
    public var updated: CalendarDate?
    /// The document control: author and version history (`document:`).
    public var document: DocumentControl?

    public init(
        spec: String = "dpia/v1", id: String, title: String, version: String? = nil,
        status: ActivityStatus? = nil, language: ReportLanguage = .nl, controller: String,
        contacts: Contacts? = nil, summary: String? = nil, parties: [Party], subjects: [SubjectCategory],
        data: [DataItem], purposes: [Purpose], techniques: Techniques? = nil, roles: [Role]? = nil,
        flows: [Flow]? = nil, retention: [RetentionRule]? = nil, locations: [Location]? = nil,
        transfers: [Transfer]? = nil, security: Security? = nil, transparency: Transparency? = nil,
        rights: Rights? = nil, governance: Governance? = nil, risks: [DeclaredRisk]? = nil,
        measures: [Measure]? = nil, interests: [Interest]? = nil, subjectViews: String? = nil,
        policies: [String]? = nil, renamedFrom: String? = nil, references: [SourceReference]? = nil,
        updated: CalendarDate? = nil, document: DocumentControl? = nil
    ) {
        self.spec = spec; self.id = id; self.title = title; self.version = version; self.status = status
        self.language = language; self.controller = controller; self.contacts = contacts; self.summary = summary
        self.parties = parties; self.subjects = subjects; self.data = data; self.purposes = purposes
        self.techniques = techniques; self.roles = roles; self.flows = flows; self.retention = retention
        self.locations = locations; self.transfers = transfers; self.security = security
        self.transparency = transparency; self.rights = rights; self.governance = governance; self.risks = risks
        self.measures = measures; self.interests = interests; self.subjectViews = subjectViews
        self.policies = policies; self.renamedFrom = renamedFrom; self.references = references; self.updated = updated
        self.document = document
    }
}
