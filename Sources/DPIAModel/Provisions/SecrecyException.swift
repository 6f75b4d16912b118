/// The exceptions to the secrecy of Participatiewet art. 65 and Wet SUWI art. 74 (lid 1 onder a–c).
public enum SecrecyException: String, Vocabulary {
    /// a: a statutory provision requires the disclosure.
    case statutoryDuty = "a"
    /// b: the person declared in writing to have no objection.
    case writtenNoObjection = "b"
    /// c: the data cannot be traced to individual persons.
    case notTraceable = "c"
}
