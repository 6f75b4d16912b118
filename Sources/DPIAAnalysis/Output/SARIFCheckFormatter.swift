import DPIAModel
import Foundation

/// Prints a ``CheckReport`` as SARIF 2.1.0 for code-scanning tools.
///
/// One run; `tool.driver.rules` holds every catalogue rule (id, name, descriptions, help with legal
/// reference and suggested measure) plus the declared risks that occur. Each finding is a result with
/// `ruleId`, `level` (high → error, medium → warning, low → note), a message and its location;
/// findings a measure addresses carry an external suppression naming the measures. Diagnostics of
/// specs that do not validate are results of the rule `spec_invalid`.
public struct SARIFCheckFormatter: Sendable {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let invalidSpecRule = "spec_invalid"

    /// The version of dpia, for `tool.driver.version` (left out when nil).
    public var toolVersion: String?

    /// Where to read about dpia, for `tool.driver.informationUri` (left out when nil).
    public var informationURI: String?

    public init(toolVersion: String? = nil, informationURI: String? = nil) {
        self.toolVersion = toolVersion; self.informationURI = informationURI
    }

    public func format(_ report: CheckReport) throws -> String {
        let language = report.commonLanguage
        var rules = RuleRegistry.rules.map { ReportingDescriptor($0.description, language) }
        rules.append(
            ReportingDescriptor(
                id: Self.invalidSpecRule, name: "SpecInvalid",
                shortDescription: Message(text: language == .nl ? "De spec is ongeldig" : "The spec is invalid"),
                fullDescription: nil, help: nil, defaultConfiguration: Configuration(level: "error"), properties: nil))
        var ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var results: [Result] = []
        for spec in report.specs {
            let specLanguage = report.language(of: spec)
            for diagnostic in spec.diagnostics where !spec.isValid {
                results.append(
                    Result(
                        ruleId: Self.invalidSpecRule, ruleIndex: ruleIndex[Self.invalidSpecRule],
                        level: diagnostic.severity.rawValue, message: Message(text: diagnostic.message(in: specLanguage)),
                        locations: [ResultLocation(diagnostic.location)], partialFingerprints: nil, suppressions: nil))
            }
            for finding in spec.assessment?.findings ?? [] {
                if ruleIndex[finding.ruleID] == nil {
                    ruleIndex[finding.ruleID] = rules.count
                    rules.append(
                        ReportingDescriptor(
                            id: finding.ruleID, name: nil, shortDescription: Message(text: finding.title[language]),
                            fullDescription: nil, help: nil, defaultConfiguration: Configuration(level: finding.level.severity.sarif),
                            properties: nil))
                }
                results.append(Result(finding, ruleIndex: ruleIndex[finding.ruleID], specLanguage))
            }
        }
        let log = Log(
            schema: Self.schema, version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: "dpia", fullName: "DPIAKit dpia check", version: toolVersion,
                            informationUri: informationURI, rules: rules)),
                    results: results)
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self)
    }

    // MARK: SARIF objects (the subset dpia writes)

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var fullName: String
        var version: String?
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }

    struct Message: Encodable {
        var text: String
        var markdown: String?
        init(text: String, markdown: String? = nil) { self.text = text; self.markdown = markdown }
    }

    struct Configuration: Encodable { var level: String }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String?
        var shortDescription: Message
        var fullDescription: Message?
        var help: Message?
        var defaultConfiguration: Configuration
        var properties: [String: String]?

        init(
            id: String, name: String?, shortDescription: Message, fullDescription: Message?, help: Message?,
            defaultConfiguration: Configuration, properties: [String: String]?
        ) {
            self.id = id; self.name = name; self.shortDescription = shortDescription
            self.fullDescription = fullDescription; self.help = help
            self.defaultConfiguration = defaultConfiguration; self.properties = properties
        }

        init(_ description: RuleDescription, _ language: ReportLanguage) {
            let measureLabel = language == .nl ? "Maatregel" : "Measure"
            let lawLabel = language == .nl ? "Wettelijk kader" : "Legal reference"
            let help =
                "\(description.explanation[language])\n\n\(measureLabel): \(description.suggestedMeasure[language])\n\(lawLabel): \(description.legalReference)"
            self.init(
                id: description.id,
                name: description.id.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
                shortDescription: Message(text: description.title[language]),
                fullDescription: Message(text: description.explanation[language]),
                help: Message(text: help),
                defaultConfiguration: Configuration(level: description.level.severity.sarif),
                properties: [
                    "legalReference": description.legalReference, "likelihood": description.likelihood.rawValue,
                    "impact": description.impact.rawValue,
                ])
        }
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [ResultLocation]
        var partialFingerprints: [String: String]?
        var suppressions: [Suppression]?

        init(
            ruleId: String, ruleIndex: Int?, level: String, message: Message, locations: [ResultLocation],
            partialFingerprints: [String: String]?, suppressions: [Suppression]?
        ) {
            self.ruleId = ruleId; self.ruleIndex = ruleIndex; self.level = level; self.message = message
            self.locations = locations; self.partialFingerprints = partialFingerprints; self.suppressions = suppressions
        }

        init(_ finding: Finding, ruleIndex: Int?, _ language: ReportLanguage) {
            let suppressions = finding.treatment.map { treatment in
                [
                    Suppression(
                        kind: "external", status: "accepted",
                        justification: language == .nl
                            ? "Maatregel \(treatment.measures.joined(separator: ", ")): \(treatment.decision.word(.nl)), restrisico \(treatment.residual.word(.nl))"
                            : "Measure \(treatment.measures.joined(separator: ", ")): \(treatment.decision.word(.en)), residual risk \(treatment.residual.word(.en))"
                    )
                ]
            }
            self.init(
                ruleId: finding.ruleID, ruleIndex: ruleIndex, level: finding.level.severity.sarif,
                message: Message(text: finding.message[language]), locations: [ResultLocation(finding.location)],
                partialFingerprints: ["findingId": finding.id], suppressions: suppressions)
        }
    }

    struct Suppression: Encodable {
        var kind: String
        var status: String
        var justification: String
    }

    struct ResultLocation: Encodable {
        var physicalLocation: PhysicalLocation

        init(_ location: SourceLocation) {
            physicalLocation = PhysicalLocation(
                artifactLocation: ArtifactLocation(
                    uri: location.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location.file),
                region: Region(startLine: max(1, location.line), startColumn: max(1, location.column)))
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }
}

extension DiagnosticSeverity {
    /// The SARIF level: error, warning or note.
    var sarif: String { rawValue }
}
