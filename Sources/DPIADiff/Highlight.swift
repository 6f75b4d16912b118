import DPIAModel

/// A change a reviewer must not miss, called out at the top of the "what changed" page.
public struct Highlight: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A data item is now a special category (art. 9 AVG), criminal data (art. 10) or a national
        /// identification number (art. 87, UAVG art. 46): it was of a lighter class or is new.
        case heavierDataClass = "heavier-data-class"
        /// A role now sees subjects of another controller (for example another municipality's clients).
        case seesOtherControllersSubjects = "sees-other-controllers-subjects"
    }

    public var kind: Kind
    /// The data item or role id.
    public var entry: String
    /// For data: the old kind (nil for a new data item) and the new kind.
    public var oldValue: String?
    public var newValue: String?
    /// For roles: the subject categories it now sees.
    public var items: [String]
    public var location: SourceLocation

    public init(
        kind: Kind, entry: String, oldValue: String? = nil, newValue: String? = nil, items: [String] = [],
        location: SourceLocation
    ) {
        self.kind = kind; self.entry = entry; self.oldValue = oldValue; self.newValue = newValue
        self.items = items; self.location = location
    }
}
