/// What kind of activity a sample is, drawn independently per activity.
///
/// About a third of the activities have none of these traits: clean specs the analyser should
/// have little to say about.
struct SampleTraits: Sendable, Hashable {
    /// Uses special-category or criminal data (health, ethnicity, justice).
    var specialCategories: Bool
    /// Parties of other municipalities take part and some roles see the subjects of all of them.
    var crossMunicipality: Bool
    /// Has the gaps real DPIAs have: a missing right, manual deletion, a password-only external
    /// role, a flow without a ground, a processor without an agreement.
    var gaps: Bool
    /// Written with `language: en`.
    var english: Bool

    init(drawingFrom random: inout SplitMix64) {
        specialCategories = random.chance(35)
        crossMunicipality = random.chance(25)
        gaps = random.chance(30)
        english = random.chance(5)
    }
}
