/// An example of a rule: a small spec fragment laid over the base spec ``ExampleSpec/base``.
///
/// A fragment holds whole top-level sections (`roles:`, `flows:`, ...). Each replaces the base
/// spec's section with the same key, or is added when the base has none; `removing` leaves base
/// sections out. The base itself triggers no rule, so a fragment shows exactly what matters.
public struct RuleExample: Sendable, Hashable {
    /// Top-level YAML sections that replace or extend the base spec.
    public var fragment: String
    /// Top-level keys of the base spec to leave out.
    public var removing: [String]
    /// Where a triggering example's findings must appear: the element path of each finding of the rule
    /// (`retention/naam+contactgegevens/period`), as SwiftLint's `↓` marks the spot. Empty: the example
    /// only has to trigger the rule somewhere (examples written before paths were stated).
    public var at: [String]

    public init(_ fragment: String, removing: [String] = [], at: [String] = []) {
        self.fragment = fragment; self.removing = removing; self.at = at
    }

    /// The complete spec: the base with the fragment's sections laid over it.
    public var spec: String { ExampleSpec.compose(base: ExampleSpec.base, fragment: fragment, removing: removing) }
}
