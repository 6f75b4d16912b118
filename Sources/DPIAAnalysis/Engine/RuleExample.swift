/// An example of a rule: a small spec fragment laid over the base spec ``ExampleSpec/base``.
///
/// The base triggers no rule, so a fragment shows exactly what matters. It holds top-level sections:
/// - `roles:` (a key as in a spec) replaces the base's section with that key whole, or is added when
///   the base has none (`flows:`, `measures:`).
/// - `data+:` (a key with `+`) changes entries of the base's list by `id`: an entry whose `id` the
///   base has gets the fields the fragment names (its other fields stay), an entry with a new `id` is
///   added. So `data+:` with `- id: werkervaring` and `kind: health` makes the base's work experience
///   health data and keeps its name, subjects and source. Only lists whose entries have an `id` can be
///   changed so; `retention` and `locations` are replaced whole.
///
/// `removing` leaves parts of the base out, each an element path: a section (`transparency`), an
/// entry by id (`roles/werkgever`) or a field (`parties/leverancier/processor_agreement`,
/// `rights/erasure`). `SpecOverlay.compose` in DPIASpec lays the fragment over the base; a fragment it
/// cannot lay (a `+` on a section that is no list with ids, a path the base lacks) fails the generic
/// test with a message saying what is wrong.
public struct RuleExample: Sendable, Hashable {
    /// Top-level YAML sections that replace (`key:`) or change entries of (`key+:`) the base spec.
    public var fragment: String
    /// Element paths of parts of the base spec to leave out: `section`, `section/id` or `section/id/field`.
    public var removing: [String]
    /// Where a triggering example's findings must appear: the element path of each finding of the rule
    /// (`retention/naam+contactgegevens/period`), as SwiftLint's `↓` marks the spot. Empty: the example
    /// only has to trigger the rule somewhere (examples written before paths were stated).
    public var at: [String]

    public init(_ fragment: String, removing: [String] = [], at: [String] = []) {
        self.fragment = fragment; self.removing = removing; self.at = at
    }
}
