import Foundation

/// The addresses of the pages; ids are percent-encoded where they go into a path.
enum Paths {
    static func activity(_ id: String) -> String { "/activities/" + encode(id) }
    static func measure(activityID: String, measureID: String) -> String {
        activity(activityID) + "/measures/" + encode(measureID)
    }
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
    /// Made once: building the set took most of the time of a board row.
    private static let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~@"))
}
