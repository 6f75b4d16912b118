/// Where a processor agreement (art. 28 AVG) stands.
public enum AgreementStatus: String, Vocabulary {
    case signed, inPreparation = "in-preparation", none
    public static var aliases: [String: AgreementStatus] {
        ["getekend": .signed, "ondertekend": .signed, "gesloten": .signed, "in-voorbereiding": .inPreparation, "geen": .none]
    }
}

/// The processor agreement of a party, as facts: its status and date (`processor_agreement:`).
public struct ProcessorAgreement: Sendable, Hashable, Codable {
    public var status: AgreementStatus?
    /// The date it was signed.
    public var date: CalendarDate?
    /// Its name or reference, for the report.
    public var name: String?

    public init(status: AgreementStatus? = nil, date: CalendarDate? = nil, name: String? = nil) {
        self.status = status; self.date = date; self.name = name
    }
}
