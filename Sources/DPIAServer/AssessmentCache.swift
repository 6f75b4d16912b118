import DPIAAnalysis
import DPIAModel
import DPIARegister
import DPIASpec

/// Assessments of recorded versions, made once per version: a recorded version never changes, so its
/// analysis never does either.
actor AssessmentCache {
    private let register: RegisterDatabase
    private let analyzer = Analyzer(catalogue: ProvisionCatalogueLoader.builtin)
    private var assessments: [String: Assessment] = [:]

    init(register: RegisterDatabase) { self.register = register }

    func assessment(version: String) throws -> Assessment {
        if let known = assessments[version] { return known }
        let assessment = analyzer.assess(try register.activity(version: version))
        if assessments.count > 20_000 { assessments.removeAll() }
        assessments[version] = assessment
        assessments[assessment.activity.id + "@" + String(version.split(separator: "@").last ?? "")] = assessment
        return assessment
    }
}
