import DPIAModel

/// Where a finding comes from: a rule of the catalogue, or a risk written by people in `risks:`.
public enum FindingOrigin: Sendable, Hashable, Codable {
    case rule(String)
    case declaredRisk(String)
}

/// What the plan does about a finding: the measures that address it, their decision and the residual level.
public struct Treatment: Sendable, Hashable, Codable {
    /// Ids of the measures that address the finding, in spec order.
    public var measures: [String]
    public var decision: Decision
    /// The level after the measures; the finding's level when no measure states one.
    public var residual: Level

    public init(measures: [String], decision: Decision, residual: Level) {
        self.measures = measures; self.decision = decision; self.residual = residual
    }
}

/// A risk the analyser found or a person declared, with its level and treatment.
public struct Finding: Identifiable, Sendable, Hashable, Codable {
    /// Stable id: the rule id (or declared risk id) and the element it concerns,
    /// `rule_id@element/path`. It survives reordering and unrelated edits.
    public var id: String
    public var origin: FindingOrigin
    /// The element path (see ``SourceMap``) the finding concerns.
    public var elementPath: String
    public var location: SourceLocation
    public var title: LocalizedText
    /// What is wrong, about this element, understandable without reading the spec.
    public var message: LocalizedText
    /// For example "art. 25 AVG; Participatiewet art. 65".
    public var legalReference: String
    public var likelihood: Level
    public var impact: Level
    public var suggestedMeasure: LocalizedText
    /// Nil when no measure addresses the finding.
    public var treatment: Treatment?

    public init(
        id: String, origin: FindingOrigin, elementPath: String, location: SourceLocation,
        title: LocalizedText, message: LocalizedText, legalReference: String, likelihood: Level,
        impact: Level, suggestedMeasure: LocalizedText, treatment: Treatment? = nil
    ) {
        self.id = id; self.origin = origin; self.elementPath = elementPath; self.location = location
        self.title = title; self.message = message; self.legalReference = legalReference
        self.likelihood = likelihood; self.impact = impact; self.suggestedMeasure = suggestedMeasure
        self.treatment = treatment
    }

    /// The rule id, or the declared risk id.
    public var ruleID: String {
        switch origin {
        case .rule(let id), .declaredRisk(let id): id
        }
    }

    /// The risk level before measures (Rijksmodel matrix).
    public var level: Level { Level.risk(likelihood: likelihood, impact: impact) }

    /// The level after measures; the level itself when unaddressed.
    public var residualLevel: Level { treatment?.residual ?? level }

    /// Whether a measure addresses the finding.
    public var isAddressed: Bool { treatment != nil }
}
