import DPIAModel

/// The facts of a spec the pre-scan decides on, gathered once per activity.
struct PreScanFacts {
    /// Where "large scale" starts when the spec gives counts and no `techniques.large_scale`: the
    /// number of persons added up over all subject categories. The AP and the EDPB give no number;
    /// 10,000 persons is the threshold this tool uses (documented in docs/analysis.md).
    static let largeScaleThreshold = 10_000

    let techniques: Techniques
    /// Data names per kind, in spec order.
    let dataByKind: [DataKind: [String]]
    let vulnerableSubjects: [String]
    let minorSubjects: [String]
    let totalCount: Int
    let subjectsWithoutCount: Int
    let isLargeScale: Bool
    let largeScaleReason: LocalizedText
    /// The processing supports re-integration (Participatiewet, SUWI, domain participatie or werk).
    let isReintegration: Bool
    /// Party names outside the controller's organisation that receive data or have a role that sees data.
    let sharedWith: [String]
    let controllerIsPublic: Bool

    init(_ context: AnalysisContext) {
        let activity = context.activity
        techniques = activity.techniques ?? Techniques()
        var byKind: [DataKind: [String]] = [:]
        for item in activity.data { byKind[item.kind, default: []].append(item.name) }
        dataByKind = byKind
        vulnerableSubjects = activity.subjects.filter { $0.vulnerable == true }.map(\.name)
        minorSubjects = activity.subjects.filter { $0.minors == true }.map(\.name)
        totalCount = activity.subjects.reduce(0) { $0 + ($1.count ?? 0) }
        subjectsWithoutCount = activity.subjects.filter { $0.count == nil }.count
        if let stated = techniques.largeScale {
            isLargeScale = stated
            largeScaleReason =
                stated
                ? LocalizedText(
                    nl: "de spec noemt de verwerking grootschalig (techniques.large_scale)",
                    en: "the spec calls the processing large-scale (techniques.large_scale)")
                : LocalizedText(
                    nl: "de spec noemt de verwerking niet grootschalig (techniques.large_scale)",
                    en: "the spec states the processing is not large-scale (techniques.large_scale)")
        } else {
            isLargeScale = totalCount >= Self.largeScaleThreshold
            let threshold = Self.largeScaleThreshold
            if isLargeScale {
                largeScaleReason = LocalizedText(
                    nl: "ongeveer \(totalCount) betrokkenen, niet minder dan de drempel van \(threshold)",
                    en: "about \(totalCount) data subjects, at least the threshold of \(threshold)")
            } else if subjectsWithoutCount > 0 && totalCount == 0 {
                // An unknown is said to be unknown, not shown as a count of 0.
                largeScaleReason = LocalizedText(
                    nl: "aantal betrokkenen onbekend: de beschrijving noemt per groep geen aantal en niet of de verwerking grootschalig is",
                    en:
                        "number of data subjects unknown: the description gives no number per group and does not say whether the processing is large-scale"
                )
            } else if subjectsWithoutCount > 0 {
                largeScaleReason = LocalizedText(
                    nl:
                        "aantal betrokkenen deels onbekend: de groepen met een aantal tellen samen ongeveer \(totalCount), onder de drempel van \(threshold); van \(subjectsWithoutCount == 1 ? "één groep" : "\(subjectsWithoutCount) groepen") is het aantal niet bekend",
                    en:
                        "number of data subjects partly unknown: the groups with a number add up to about \(totalCount), below the threshold of \(threshold); \(subjectsWithoutCount == 1 ? "one group has" : "\(subjectsWithoutCount) groups have") no number"
                )
            } else {
                largeScaleReason = LocalizedText(
                    nl: "ongeveer \(totalCount) betrokkenen, onder de drempel van \(threshold)",
                    en: "about \(totalCount) data subjects, below the threshold of \(threshold)")
            }
        }
        isReintegration = activity.purposes.contains(where: context.isReintegration)
        let own = context.ownOrganisations(ofParty: activity.controller)
        var shared: [String] = []
        var seen: Set<String> = []
        let receivers =
            (activity.flows ?? []).filter { $0.from == activity.controller || own.contains($0.from) }.map(\.to)
            + context.visibility.rows.filter { !$0.access.isEmpty }.map(\.party)
        for party in receivers where !own.contains(party) && context.parties[party]?.role.isProcessor != true {
            if seen.insert(party).inserted { shared.append(context.name(ofParty: party)) }
        }
        sharedWith = shared
        controllerIsPublic = context.controllerIsPublic
    }

    /// Names of data of any of `kinds`, in a stable order.
    func names(_ kinds: [DataKind]) -> [String] { kinds.flatMap { dataByKind[$0] ?? [] } }

    var specialOrCriminal: [String] { names(DataKind.allCases.filter { $0.isSpecialCategory || $0 == .criminal }) }

    var sensitive: [String] {
        names(DataKind.allCases.filter { $0.isSpecialCategory || $0 == .criminal || $0 == .nationalID || $0 == .financial })
    }
}
