import DPIAModel

/// The outcome of `dpia check` over one or more specs, ready to be printed as text, JSON or SARIF.
public struct CheckReport: Sendable {
    /// One checked spec: its loader diagnostics, and its assessment when it validated.
    public struct Spec: Sendable {
        public var path: String
        public var diagnostics: [Diagnostic]
        public var assessment: Assessment?
        /// What a draft still lacks, as notes in both languages ("to complete"; see `dpia check --help`).
        public var toComplete: [Diagnostic]

        public init(path: String, diagnostics: [Diagnostic], assessment: Assessment?, toComplete: [Diagnostic] = []) {
            self.path = path; self.diagnostics = diagnostics; self.assessment = assessment; self.toComplete = toComplete
        }

        /// Whether the spec validated (it has an assessment and no error diagnostic).
        public var isValid: Bool { assessment != nil && !diagnostics.contains { $0.severity == .error } }
    }

    /// Specs in path order.
    public var specs: [Spec]
    /// Forces the language of messages; nil means each spec's own `language`.
    public var language: ReportLanguage?

    public init(specs: [Spec], language: ReportLanguage? = nil) {
        self.specs = specs; self.language = language
    }

    /// The language for a spec's messages.
    public func language(of spec: Spec) -> ReportLanguage {
        language ?? spec.assessment?.activity.language ?? .nl
    }

    /// The language for texts that concern all specs: the forced one, or the one all specs share, or Dutch.
    public var commonLanguage: ReportLanguage {
        if let language { return language }
        let languages = Set(specs.compactMap { $0.assessment?.activity.language })
        return languages.count == 1 ? languages.first! : .nl
    }

    /// Whether some spec did not validate.
    public var hasInvalidSpecs: Bool { specs.contains { !$0.isValid } }

    /// Every finding of every assessment.
    public var findings: [Finding] { specs.flatMap { $0.assessment?.findings ?? [] } }

    /// The counts of every finding of every assessment (without gathering the findings).
    public var findingSummary: FindingSummary {
        var summary = FindingSummary([])
        for spec in specs {
            if let findings = spec.assessment?.findings { summary.add(findings) }
        }
        return summary
    }

    /// Whether an unaddressed finding at or above `level` exists (for `--fail-on`).
    public func hasUnaddressedFinding(atOrAbove level: Level) -> Bool {
        specs.contains { spec in
            spec.assessment?.findings.contains { !$0.isAddressed && $0.level >= level } ?? false
        }
    }
}

/// How a finding is shown in compiler-style output: high → error, medium → warning, low → note.
extension Level {
    public var severity: DiagnosticSeverity {
        switch self {
        case .high: .error
        case .medium: .warning
        case .low: .note
        }
    }

    /// The Dutch or English word for the level.
    public func word(_ language: ReportLanguage) -> String {
        switch (self, language) {
        case (.high, .nl): "hoog"
        case (.medium, .nl): "midden"
        case (.low, .nl): "laag"
        case (.high, .en): "high"
        case (.medium, .en): "medium"
        case (.low, .en): "low"
        }
    }
}

/// Counts of findings per level.
public struct LevelCounts: Sendable, Hashable, Codable {
    public var high = 0
    public var medium = 0
    public var low = 0

    public init() {}

    public init(_ levels: some Sequence<Level>) {
        for level in levels { self[level] += 1 }
    }

    public subscript(level: Level) -> Int {
        get {
            switch level {
            case .high: high
            case .medium: medium
            case .low: low
            }
        }
        set {
            switch level {
            case .high: high = newValue
            case .medium: medium = newValue
            case .low: low = newValue
            }
        }
    }

    public var total: Int { high + medium + low }
}

/// The counts `dpia check` summarises per spec and overall.
public struct FindingSummary: Sendable, Hashable, Codable {
    /// Per level before measures.
    public var before: LevelCounts
    /// Per residual level after measures.
    public var after: LevelCounts
    /// Unaddressed findings per level.
    public var unaddressed: LevelCounts

    public init(_ findings: [Finding]) {
        before = LevelCounts(); after = LevelCounts(); unaddressed = LevelCounts()
        add(findings)
    }

    /// Counts `findings` too.
    public mutating func add(_ findings: [Finding]) {
        // By index: reads three fields of each finding without copying it.
        for index in findings.indices {
            let level = findings[index].level
            before[level] += 1
            after[findings[index].residualLevel] += 1
            if !findings[index].isAddressed { unaddressed[level] += 1 }
        }
    }

    public var total: Int { before.total }
}

extension Decision {
    /// The Rijksmodel word for the decision.
    public func word(_ language: ReportLanguage) -> String {
        switch (self, language) {
        case (.mitigate, .nl): "mitigeren"
        case (.accept, .nl): "accepteren"
        case (.avoid, .nl): "vermijden"
        case (.transfer, .nl): "overdragen"
        case (_, .en): rawValue
        }
    }
}

extension PreScanVerdict {
    /// "DPIA verplicht", "DPIA recommended", ...
    public func phrase(_ language: ReportLanguage) -> String {
        switch (self, language) {
        case (.mandatory, .nl): "DPIA verplicht"
        case (.recommended, .nl): "DPIA aanbevolen"
        case (.notRequired, .nl): "DPIA niet vereist"
        case (.mandatory, .en): "DPIA mandatory"
        case (.recommended, .en): "DPIA recommended"
        case (.notRequired, .en): "DPIA not required"
        }
    }
}
