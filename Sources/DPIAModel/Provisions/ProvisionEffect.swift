/// What a provision does, as the analyser reasons on it: the typed meaning a lawyer gives it.
public enum ProvisionEffect: String, Vocabulary {
    /// Assigns a task or competence to the parties of `parties` (Pw art. 7 lid 1, Wet SUWI art. 30a).
    case task
    /// Obliges the parties of `parties` to disclose data (to `recipients`): the only thing that makes
    /// secrecy exception a apply.
    case disclosureDuty = "disclosure-duty"
    /// A duty of secrecy (Pw art. 65, Wet SUWI art. 74).
    case secrecy
    /// An exception to a duty of secrecy (`exception: a|b|c`); names a condition, does not fulfil it.
    case secrecyException = "secrecy-exception"
    /// A duty to exchange data between the parties of `parties` for a task (Wet SUWI art. 62).
    case exchangeDuty = "exchange-duty"
    /// An exception to the ban on special categories (art. 9 lid 2 AVG or its national law, UAVG art. 22–30).
    case specialCategoryException = "special-category-exception"
    /// A basis for criminal data (art. 10 AVG; UAVG art. 31–33).
    case criminalDataException = "criminal-data-exception"
    /// A law that prescribes the use of the BSN.
    case nationalIDBasis = "national-id-basis"
    /// Lets one domain use another domain's data (`from_domains` to `to_domain`), for `scope` only.
    case crossDomain = "cross-domain"
    /// A lawful basis of art. 6 lid 1 AVG itself: it needs a national provision for c and e.
    case lawfulBasis = "lawful-basis"
    /// A provision that restricts or conditions processing (UAVG art. 46, art. 28 AVG): no basis for anything.
    case restriction
    /// Any other provision (retention, definitions, supervision): cited for context, decides nothing.
    case other

    public static var aliases: [String: ProvisionEffect] {
        [
            "taak": .task, "verstrekkingsplicht": .disclosureDuty, "geheimhouding": .secrecy,
            "uitzondering-geheimhouding": .secrecyException, "uitwisselingsplicht": .exchangeDuty,
            "beperking": .restriction, "overig": .other,
        ]
    }
}
