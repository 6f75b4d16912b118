/// The exceptions to the secrecy of Participatiewet art. 65 and Wet SUWI art. 74 (lid 1 onder a–c).
public enum SecrecyException: String, Sendable, Hashable, CaseIterable {
    /// a: a statutory provision requires the disclosure.
    case statutoryDuty = "a"
    /// b: the person declared in writing to have no objection.
    case writtenNoObjection = "b"
    /// c: the data cannot be traced to individual persons.
    case notTraceable = "c"

    /// The exceptions named in a flow's `grounds`, recognised by their letter ("art. 65 lid 1 onder a",
    /// "sub b", "lid 1, c") or their wording ("wettelijk voorschrift", "geen bezwaar", "niet herleidbaar").
    public static func named(in grounds: [String]) -> Set<SecrecyException> {
        var result: Set<SecrecyException> = []
        for ground in grounds {
            let text = ground.lowercased()
            for exception in allCases {
                let letter = exception.rawValue
                let byLetter = ["onder \(letter)", "sub \(letter)", "lid 1 \(letter)", "lid 1, \(letter)", "lid 1 onder \(letter)",
                                "(1)(\(letter))"].contains { text.contains($0) }
                if byLetter || exception.words.contains(where: text.contains) { result.insert(exception) }
            }
        }
        return result
    }

    private var words: [String] {
        switch self {
        case .statutoryDuty: ["wettelijk voorschrift", "wettelijke plicht", "wettelijke verplichting", "statutory duty", "legal duty"]
        case .writtenNoObjection: ["geen bezwaar", "no objection", "no-objection"]
        case .notTraceable: ["niet herleidbaar", "not traceable", "untraceable"]
        }
    }
}
