/// A law of the provision catalogue, with the names a citation may use for it.
public struct Law: Identifiable, Sendable, Hashable, Codable {
    /// Stable short id, the first part of its provisions' ids (`pw` in `pw-65-1-c`).
    public var id: String
    /// The name reports print, for example "Participatiewet".
    public var name: String
    /// Every other name a citation may use: abbreviations, old names ("Pw", "Wet SUWI", "SUWI").
    public var names: [String]
    /// Where the text of the law is published (wetten.overheid.nl, EUR-Lex).
    public var source: String

    public init(id: String, name: String, names: [String] = [], source: String) {
        self.id = id; self.name = name; self.names = names; self.source = source
    }
}
