/// The lawful basis of a purpose (art. 6 lid 1 AVG).
public enum LegalBasis: String, Vocabulary {
    case consent, contract, legalObligation = "legal-obligation", vitalInterest = "vital-interest"
    case publicTask = "public-task", legitimateInterest = "legitimate-interest"
    public static var aliases: [String: LegalBasis] {
        [
            "toestemming": .consent, "overeenkomst": .contract, "wettelijke-verplichting": .legalObligation,
            "vitaal-belang": .vitalInterest, "publieke-taak": .publicTask, "gerechtvaardigd-belang": .legitimateInterest,
        ]
    }
}

/// How consent is obtained, when it is the basis or an extra safeguard.
public struct ConsentDetails: Sendable, Hashable, Codable {
    public var informed: Bool?
    public var specific: Bool?
    public var withdrawable: Bool?
    public var recorded: Bool?
    /// Consent is asked on top of a statutory basis, not as the basis itself.
    public var safeguardOnly: Bool?
    /// Refusing has consequences for the person (a benefit, a service, a sanction).
    public var refusalHasConsequences: Bool?
    /// The one who asks also decides on the person's benefit or services.
    public var askerDecidesOnServices: Bool?

    public init(
        informed: Bool? = nil, specific: Bool? = nil, withdrawable: Bool? = nil,
        recorded: Bool? = nil, safeguardOnly: Bool? = nil,
        refusalHasConsequences: Bool? = nil, askerDecidesOnServices: Bool? = nil
    ) {
        self.informed = informed; self.specific = specific; self.withdrawable = withdrawable
        self.recorded = recorded; self.safeguardOnly = safeguardOnly
        self.refusalHasConsequences = refusalHasConsequences; self.askerDecidesOnServices = askerDecidesOnServices
    }
}

/// A purpose of the processing with its legal basis.
public struct Purpose: Identifiable, Sendable, Hashable, Codable {
    public var id: String
    public var name: String?
    public var description: String?
    public var basis: LegalBasis?
    /// The statutory articles that assign the task or obligation.
    public var law: [String]
    /// The exception for special categories, criminal data or the BSN.
    public var specialBasis: String?
    /// The exception to the ban of art. 9 AVG and its national provision (`special_category_basis`).
    public var specialCategoryBasis: [String]
    /// The basis for criminal data (`criminal_data_basis`, art. 10 AVG).
    public var criminalDataBasis: [String]
    /// The law that prescribes use of the BSN (`national_id_basis`).
    public var nationalIDBasis: [String]
    /// Data ids used for this purpose.
    public var data: [String]
    public var necessity: String?
    public var proportionality: String?
    public var subsidiarity: String?
    /// The purpose this one further processes (secondary use, art. 6 lid 4 AVG).
    public var furtherProcessingOf: String?
    public var compatibility: String?
    public var domain: String?
    public var consent: ConsentDetails?
    public var renamedFrom: String?

    public init(
        id: String, name: String? = nil, description: String? = nil, basis: LegalBasis? = nil,
        law: [String] = [], specialBasis: String? = nil, data: [String] = [], necessity: String? = nil,
        proportionality: String? = nil, subsidiarity: String? = nil, furtherProcessingOf: String? = nil,
        compatibility: String? = nil, domain: String? = nil, consent: ConsentDetails? = nil,
        renamedFrom: String? = nil, specialCategoryBasis: [String] = [], criminalDataBasis: [String] = [],
        nationalIDBasis: [String] = []
    ) {
        self.id = id; self.name = name; self.description = description; self.basis = basis; self.law = law
        self.specialBasis = specialBasis; self.data = data; self.necessity = necessity
        self.proportionality = proportionality; self.subsidiarity = subsidiarity
        self.furtherProcessingOf = furtherProcessingOf; self.compatibility = compatibility
        self.domain = domain; self.consent = consent; self.renamedFrom = renamedFrom
        self.specialCategoryBasis = specialCategoryBasis; self.criminalDataBasis = criminalDataBasis
        self.nationalIDBasis = nationalIDBasis
    }
}
