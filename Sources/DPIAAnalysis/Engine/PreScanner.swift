import DPIAModel

/// Decides whether a DPIA is mandatory, recommended or not required (MinBZK pre-scan logic).
///
/// Mandatory when an art. 35(3) case applies, or an item of the AP list (2019), or the processing
/// follows from new legislation, or at least two of the nine EDPB/WP248 criteria apply; recommended
/// when exactly one EDPB criterion applies; otherwise not required. Each criterion says which spec
/// facts decided it.
public struct PreScanner: Sendable {
    public init() {}

    public func scan(_ context: AnalysisContext) -> PreScan {
        let facts = PreScanFacts(context)
        let criteria = article35(facts) + apList(facts) + edpb(facts) + [legislation(facts)]
        return PreScan(verdict: verdict(criteria), criteria: criteria, reasons: reasons(criteria))
    }

    // MARK: Verdict

    private func verdict(_ criteria: [PreScanCriterion]) -> PreScanVerdict {
        let applying = criteria.filter(\.applies)
        let edpbCount = applying.filter { $0.framework == .edpb }.count
        if applying.contains(where: { $0.framework != .edpb }) || edpbCount >= 2 { return .mandatory }
        return edpbCount == 1 ? .recommended : .notRequired
    }

    private func reasons(_ criteria: [PreScanCriterion]) -> LocalizedText {
        let applying = criteria.filter(\.applies)
        let decisive = applying.filter { $0.framework != .edpb }
        let edpb = applying.filter { $0.framework == .edpb }
        func titles(_ list: [PreScanCriterion], _ language: ReportLanguage) -> String {
            list.map { "\($0.title[language]) (\($0.id))" }.joinedList(language)
        }
        if !decisive.isEmpty {
            return LocalizedText(
                nl: "DPIA verplicht: \(titles(decisive, .nl)).",
                en: "DPIA mandatory: \(titles(decisive, .en)).")
        }
        switch edpb.count {
        case 0:
            return LocalizedText(
                nl: "Geen DPIA vereist: art. 35 lid 3 AVG, de AP-lijst en de EDPB-criteria zijn niet van toepassing.",
                en: "No DPIA required: art. 35(3) GDPR, the AP list and the EDPB criteria do not apply.")
        case 1:
            return LocalizedText(
                nl: "DPIA aanbevolen: één EDPB-criterium is van toepassing: \(titles(edpb, .nl)).",
                en: "DPIA recommended: one EDPB criterion applies: \(titles(edpb, .en)).")
        default:
            return LocalizedText(
                nl: "DPIA verplicht: \(edpb.count) EDPB-criteria zijn van toepassing (twee of meer): \(titles(edpb, .nl)).",
                en: "DPIA mandatory: \(edpb.count) EDPB criteria apply (two or more): \(titles(edpb, .en)).")
        }
    }

    // MARK: Criteria

    private func article35(_ facts: PreScanFacts) -> [PreScanCriterion] {
        let t = facts.techniques
        let evaluation = t.profiling || t.evaluationScoring
        return [
            make(
                "art35-a", .article35,
                "Systematische en uitgebreide beoordeling met rechtsgevolgen (art. 35 lid 3 onder a AVG)",
                "Systematic and extensive evaluation with legal effects (art. 35(3)(a) GDPR)",
                evaluation && t.automatedDecisions,
                flags(t, ["profiling", "evaluation_scoring", "automated_decisions"])),
            make(
                "art35-b", .article35,
                "Grootschalige verwerking van bijzondere of strafrechtelijke gegevens (art. 35 lid 3 onder b AVG)",
                "Large-scale processing of special-category or criminal data (art. 35(3)(b) GDPR)",
                facts.isLargeScale && !facts.specialOrCriminal.isEmpty,
                join(
                    dataReason(
                        facts.specialOrCriminal,
                        none: ("geen bijzondere of strafrechtelijke gegevens", "no special-category or criminal data")),
                    facts.largeScaleReason)),
            make(
                "art35-c", .article35,
                "Grootschalige stelselmatige monitoring van openbare ruimten (art. 35 lid 3 onder c AVG)",
                "Large-scale systematic monitoring of publicly accessible areas (art. 35(3)(c) GDPR)",
                facts.isLargeScale
                    && (t.cameraSurveillance || t.flexibleCameraSurveillance
                        || (t.systematicMonitoring && t.locationTracking)),
                join(
                    flags(t, ["camera_surveillance", "flexible_camera_surveillance", "systematic_monitoring", "location_tracking"]),
                    facts.largeScaleReason)),
        ]
    }

    private func apList(_ facts: PreScanFacts) -> [PreScanCriterion] {
        let t = facts.techniques
        let health = facts.names([.health])
        let financial = facts.names([.financial])
        let location = facts.names([.location])
        let communication = facts.names([.communication])
        let sharingSensitive =
            facts.controllerIsPublic && !facts.sharedWith.isEmpty
            && (!facts.sensitive.isEmpty || (!facts.vulnerableSubjects.isEmpty && facts.isReintegration))
        return [
            flag("ap-1", "Heimelijk onderzoek", "Covert investigation", t, "covert_investigation", t.covertInvestigation),
            flag("ap-2", "Zwarte lijsten", "Blacklists", t, "blacklists", t.blacklists),
            flag("ap-3", "Fraudebestrijding", "Fraud prevention", t, "fraud_detection", t.fraudDetection),
            flag("ap-4", "Creditscores", "Credit scores", t, "credit_scoring", t.creditScoring),
            make(
                "ap-5", .apList, "Financiële situatie", "Financial situation",
                !financial.isEmpty && (facts.isLargeScale || t.creditScoring || t.systematicMonitoring),
                join(dataReason(financial, none: ("geen financiële gegevens", "no financial data")), facts.largeScaleReason)),
            make(
                "ap-6", .apList, "Genetische persoonsgegevens", "Genetic data",
                !facts.names([.genetic]).isEmpty,
                dataReason(facts.names([.genetic]), none: ("geen genetische gegevens", "no genetic data"))),
            make(
                "ap-7", .apList, "Gezondheidsgegevens (ook bij re-integratie)", "Health data (including re-integration)",
                !health.isEmpty && (facts.isLargeScale || facts.isReintegration || t.systematicMonitoring),
                join(
                    dataReason(health, none: ("geen gezondheidsgegevens", "no health data")),
                    facts.isReintegration
                        ? LocalizedText(
                            nl: "de verwerking dient re-integratie (Participatiewet/SUWI)",
                            en: "the processing serves re-integration (Participatiewet/SUWI)")
                        : facts.largeScaleReason)),
            make(
                "ap-8", .apList, "Samenwerkingsverbanden", "Partnerships sharing sensitive data",
                sharingSensitive,
                sharingReason(facts)),
            flag("ap-9", "Cameratoezicht", "Camera surveillance", t, "camera_surveillance", t.cameraSurveillance),
            flag(
                "ap-10", "Flexibel cameratoezicht", "Flexible camera surveillance", t,
                "flexible_camera_surveillance", t.flexibleCameraSurveillance),
            flag("ap-11", "Controle werknemers", "Monitoring of employees", t, "employee_monitoring", t.employeeMonitoring),
            make(
                "ap-12", .apList, "Locatiegegevens", "Location data",
                t.locationTracking || (!location.isEmpty && facts.isLargeScale),
                join(flags(t, ["location_tracking"]), dataReason(location, none: ("geen locatiegegevens", "no location data")))),
            make(
                "ap-13", .apList, "Communicatiegegevens", "Communication data",
                !communication.isEmpty && facts.isLargeScale,
                join(dataReason(communication, none: ("geen communicatiegegevens", "no communication data")), facts.largeScaleReason)),
            flag("ap-14", "Internet of things", "Internet of things", t, "iot", t.iot),
            flag("ap-15", "Profilering", "Profiling", t, "profiling", t.profiling),
            flag(
                "ap-16", "Observatie en beïnvloeding van gedrag", "Observing and influencing behaviour", t,
                "behaviour_influencing", t.behaviourInfluencing),
            make(
                "ap-17", .apList, "Biometrische gegevens", "Biometric data",
                !facts.names([.biometric]).isEmpty,
                dataReason(facts.names([.biometric]), none: ("geen biometrische gegevens", "no biometric data"))),
        ]
    }

    private func edpb(_ facts: PreScanFacts) -> [PreScanCriterion] {
        let t = facts.techniques
        let assessments = facts.names([.assessment])
        let vulnerable = facts.vulnerableSubjects + facts.minorSubjects.filter { !facts.vulnerableSubjects.contains($0) }
        return [
            make(
                "edpb-1", .edpb, "Evaluatie of scoren", "Evaluation or scoring",
                t.evaluationScoring || t.profiling || !assessments.isEmpty,
                join(
                    flags(t, ["evaluation_scoring", "profiling"]),
                    dataReason(assessments, none: ("geen beoordelingsgegevens", "no assessment data")))),
            flag(
                "edpb-2", "Geautomatiseerde besluitvorming met rechtsgevolg", "Automated decisions with legal or similar effect",
                t, "automated_decisions", t.automatedDecisions, framework: .edpb),
            make(
                "edpb-3", .edpb, "Stelselmatige monitoring", "Systematic monitoring",
                t.systematicMonitoring || t.employeeMonitoring || t.cameraSurveillance || t.locationTracking,
                flags(t, ["systematic_monitoring", "employee_monitoring", "camera_surveillance", "location_tracking"])),
            make(
                "edpb-4", .edpb, "Gevoelige of zeer persoonlijke gegevens", "Sensitive or highly personal data",
                !facts.sensitive.isEmpty,
                dataReason(
                    facts.sensitive,
                    none: (
                        "geen bijzondere, strafrechtelijke, financiële gegevens of BSN",
                        "no special-category, criminal or financial data or national id"
                    ))),
            make("edpb-5", .edpb, "Grootschalige verwerking", "Large-scale processing", facts.isLargeScale, facts.largeScaleReason),
            flag(
                "edpb-6", "Matching of koppeling van datasets", "Matching or combining datasets", t,
                "matching_datasets", t.matchingDatasets, framework: .edpb),
            make(
                "edpb-7", .edpb, "Kwetsbare betrokkenen", "Vulnerable data subjects",
                !vulnerable.isEmpty,
                vulnerable.isEmpty
                    ? LocalizedText(
                        nl: "geen groep betrokkenen is kwetsbaar of minderjarig",
                        en: "no group of data subjects is vulnerable or minor")
                    : LocalizedText(
                        nl: "kwetsbaar of minderjarig: \(vulnerable.joinedList(.nl))",
                        en: "vulnerable or minors: \(vulnerable.joinedList(.en))")),
            make(
                "edpb-8", .edpb, "Innovatieve technologie", "Innovative technology",
                t.newTechnology || t.iot, flags(t, ["new_technology", "iot"])),
            flag(
                "edpb-9", "Verhindert uitoefening van een recht of gebruik van een dienst",
                "Prevents exercising a right or using a service", t, "blocks_service", t.blocksService, framework: .edpb),
        ]
    }

    private func legislation(_ facts: PreScanFacts) -> PreScanCriterion {
        flag(
            "legislation", "Verwerking volgt uit nieuwe wetgeving", "Processing follows from new legislation",
            facts.techniques, "new_legislation", facts.techniques.newLegislation, framework: .legislation)
    }

    // MARK: Helpers

    private func make(
        _ id: String, _ framework: PreScanFramework, _ nl: String, _ en: String, _ applies: Bool,
        _ reason: LocalizedText
    ) -> PreScanCriterion {
        PreScanCriterion(id: id, framework: framework, title: LocalizedText(nl: nl, en: en), applies: applies, reason: reason)
    }

    private func flag(
        _ id: String, _ nl: String, _ en: String, _ techniques: Techniques, _ key: String, _ value: Bool,
        framework: PreScanFramework = .apList
    ) -> PreScanCriterion {
        make(id, framework, nl, en, value, flags(techniques, [key]))
    }

    /// "techniques.profiling: ja" for each key; the set ones first.
    private func flags(_ techniques: Techniques, _ keys: [String]) -> LocalizedText {
        // The few keys asked for, each found among the twenty flags (no dictionary per call).
        let set = keys.filter { key in Techniques.flags.contains { $0.key == key && techniques[keyPath: $0.path] } }
        if set.isEmpty {
            let list = keys.map { "techniques.\($0)" }
            return LocalizedText(nl: "niet aangegeven: \(list.joinedList(.nl))", en: "not set: \(list.joinedList(.en))")
        }
        let list = set.map { "techniques.\($0)" }
        return LocalizedText(nl: "aangegeven: \(list.joinedList(.nl))", en: "set: \(list.joinedList(.en))")
    }

    private func dataReason(_ names: [String], none: (nl: String, en: String)) -> LocalizedText {
        names.isEmpty
            ? LocalizedText(nl: none.nl, en: none.en)
            : LocalizedText(nl: "gegevens: \(names.joinedList(.nl))", en: "data: \(names.joinedList(.en))")
    }

    private func join(_ first: LocalizedText, _ second: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "\(first.nl); \(second.nl)", en: "\(first.en); \(second.en)")
    }

    private func sharingReason(_ facts: PreScanFacts) -> LocalizedText {
        guard facts.controllerIsPublic else {
            return LocalizedText(
                nl: "de verwerkingsverantwoordelijke is geen overheidsorgaan",
                en: "the controller is not a public body")
        }
        guard !facts.sharedWith.isEmpty else {
            return LocalizedText(nl: "geen gegevens gedeeld met andere partijen", en: "no data shared with other parties")
        }
        let sensitive =
            !facts.sensitive.isEmpty
            ? LocalizedText(
                nl: "gevoelige gegevens (\(facts.sensitive.joinedList(.nl)))",
                en: "sensitive data (\(facts.sensitive.joinedList(.en)))")
            : LocalizedText(
                nl: "gegevens over werkloosheid of armoede van kwetsbare betrokkenen",
                en: "data on unemployment or poverty of vulnerable data subjects")
        let hasSensitive = !facts.sensitive.isEmpty || (!facts.vulnerableSubjects.isEmpty && facts.isReintegration)
        guard hasSensitive else {
            return LocalizedText(
                nl: "gedeeld met \(facts.sharedWith.joinedList(.nl)), maar geen gevoelige gegevens",
                en: "shared with \(facts.sharedWith.joinedList(.en)), but no sensitive data")
        }
        return LocalizedText(
            nl: "overheidsorgaan deelt \(sensitive.nl) met \(facts.sharedWith.joinedList(.nl))",
            en: "a public body shares \(sensitive.en) with \(facts.sharedWith.joinedList(.en))")
    }
}
