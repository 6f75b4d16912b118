/// Kind of organisation a party is.
public enum PartyType: String, Vocabulary {
    case municipality, uwv, publicBody = "public-body", privateIntermediary = "private-intermediary"
    case employer, supplier, education, careProvider = "care-provider", other

    /// Public bodies (municipalities, UWV, other public bodies) act under public law.
    public var isPublic: Bool { self == .municipality || self == .uwv || self == .publicBody }
    /// Private parties that are outside the controllers' organisation by nature.
    public var isPrivate: Bool { !isPublic }
}

/// The role a party plays in the processing (AVG art. 4, 26, 28).
public enum PartyRole: String, Vocabulary {
    case controller, jointController = "joint-controller", processor, subProcessor = "sub-processor"
    case recipient, source, thirdParty = "third-party"

    /// Processors and sub-processors need a processor agreement (art. 28 AVG).
    public var isProcessor: Bool { self == .processor || self == .subProcessor }
    /// Controllers and joint controllers.
    public var isController: Bool { self == .controller || self == .jointController }
}

/// An organisation involved in the processing.
public struct Party: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var type: PartyType
    public var role: PartyRole
    public var region: String?
    /// The controller(s) that admitted this party, for example the municipality whose employers these are.
    public var affiliated: [String]
    /// The processor agreement (art. 28 AVG), when the party is a processor.
    public var agreement: String?
    /// The processor agreement as facts (`processor_agreement:`).
    public var processorAgreement: ProcessorAgreement?
    public var location: String?
    public var certifications: [String]
    public var description: String?
    public var contact: String?
    /// The party this one is a department or team of.
    public var partOf: String?
    /// The policy domain (participatie, wmo, jeugd, schuldhulp, ...).
    public var domain: String?
    public var renamedFrom: String?

    public init(
        id: String, name: String, type: PartyType, role: PartyRole, region: String? = nil,
        affiliated: [String] = [], agreement: String? = nil, location: String? = nil,
        certifications: [String] = [], description: String? = nil, contact: String? = nil,
        partOf: String? = nil, domain: String? = nil, renamedFrom: String? = nil,
        processorAgreement: ProcessorAgreement? = nil
    ) {
        self.id = id; self.name = name; self.type = type; self.role = role; self.region = region
        self.affiliated = affiliated; self.agreement = agreement; self.location = location
        self.certifications = certifications; self.description = description; self.contact = contact
        self.partOf = partOf; self.domain = domain; self.renamedFrom = renamedFrom
        self.processorAgreement = processorAgreement
    }
}
