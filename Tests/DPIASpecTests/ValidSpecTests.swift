import DPIAModel
import Testing

@testable import DPIASpec

/// The example of format-v1.md loads into the model it describes.
@Suite struct ValidSpecTests {
    let loaded: LoadedActivity

    init() throws {
        let result = SpecLoader().load(file: Fixture.path("valid-full.yaml"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        loaded = try #require(result.activity)
    }

    var activity: ProcessingActivity { loaded.activity }

    @Test func topLevel() {
        #expect(activity.spec == "dpia/v1")
        #expect(activity.id == "vum-pilot-rijnmond")
        #expect(activity.title == "VUM-pilot Rijnmond — gepseudonimiseerd matchen van werkzoekenden")
        #expect(activity.version == "0.3")
        #expect(activity.status == .draft)
        #expect(activity.language == .nl)
        #expect(activity.controller == "gemeente-rotterdam")
        #expect(activity.contacts?.owner == "Afdelingshoofd Werk en Inkomen (proceseigenaar)")
        #expect(activity.summary?.hasPrefix("Werkgevers zoeken via de VUM-voorziening") == true)
        #expect(activity.interests == nil)
        #expect(activity.policies == nil)
    }

    @Test func parties() {
        #expect(activity.parties.map(\.id) == ["gemeente-rotterdam", "werkgevers-rijnmond", "vum-voorziening"])
        let municipality = activity.parties[0]
        #expect(municipality.type == .municipality && municipality.role == .controller)
        #expect(municipality.region == "Rijnmond")
        #expect(activity.parties[1].affiliated == ["gemeente-rotterdam"])
        let processor = activity.parties[2]
        #expect(processor.role == .processor && processor.type == .publicBody)
        #expect(processor.agreement == "Verwerkersovereenkomst VUM-voorziening 2023")
        #expect(processor.location == "NL")
        #expect(processor.certifications == ["ISO27001", "BIO"])
    }

    @Test func subjectsAndData() {
        #expect(
            activity.subjects == [
                SubjectCategory(
                    id: "werkzoekenden", name: "Werkzoekenden met een bijstandsuitkering", of: ["gemeente-rotterdam"],
                    vulnerable: true, minors: false, count: 12000)
            ])
        #expect(activity.data.map(\.kind) == [.contact, .health, .freeText])
        #expect(activity.data[0].source == .municipalityStaff)
        #expect(activity.data[0].visibleToSubject == true)
        #expect(activity.data[1].visibleToSubject == nil)
        #expect(activity.data[2].subjects == ["werkzoekenden"])
    }

    @Test func purposes() {
        let matching = activity.purposes[0]
        #expect(matching.basis == .publicTask)
        #expect(matching.law == ["Participatiewet art. 7 lid 1", "Wet SUWI art. 30a"])
        #expect(matching.specialBasis == "UAVG art. 30 lid 1 onder b")
        #expect(matching.data == ["contactgegevens", "belastbaarheid", "vrij-tekstveld"])
        #expect(matching.necessity?.hasPrefix("Zonder profielgegevens") == true)
        let reports = activity.purposes[1]
        #expect(reports.furtherProcessingOf == "matching")
        #expect(reports.compatibility?.hasPrefix("Verenigbaar (art. 6 lid 4 AVG)") == true)
    }

    @Test func techniques() throws {
        let techniques = try #require(activity.techniques)
        #expect(techniques.matchingDatasets && techniques.cloud)
        #expect(!techniques.profiling && !techniques.automatedDecisions && !techniques.algorithms)
        #expect(techniques.largeScale == nil)
    }

    @Test func rolesAndFlows() throws {
        let roles = try #require(activity.roles)
        #expect(
            roles[0].sees
                == Visibility(
                    data: .only(["contactgegevens"]), subjects: .only(["werkzoekenden"]), scope: .own,
                    condition: "kandidaat heeft profiel gedeeld met werkgevers", pseudonymised: true))
        #expect(roles[0].authentication == .twoFactor)
        #expect(roles[1].sees == Visibility(data: .all, subjects: .only(["werkzoekenden"]), scope: .own))
        #expect(roles[1].edits == .only(["contactgegevens"]))
        let flow = try #require(activity.flows?.first)
        #expect(
            flow
                == Flow(
                    id: "profielen-naar-werkgevers", from: "gemeente-rotterdam", to: "werkgevers-rijnmond",
                    data: ["belastbaarheid"], purpose: "matching", pseudonymised: true,
                    grounds: ["Participatiewet art. 65 lid 1 onder c"], consent: FlowConsent.none, channel: .apiTLS))
    }

    @Test func retentionAndPlaces() throws {
        let rule = try #require(activity.retention?.first)
        #expect(rule.period == .duration(ISODuration(years: 10)))
        #expect(rule.deletion == .manual)
        #expect(rule.key == "belastbaarheid+contactgegevens+vrij-tekstveld")
        #expect(activity.locations == [Location(party: "vum-voorziening", country: "NL")])
        #expect(activity.transfers == [])
    }

    @Test func sections() throws {
        let security = try #require(activity.security)
        #expect(
            security.measures == [
                .encryptionInTransit, .encryptionAtRest, .twoFactor, .roleBasedAccess,
                .accessLogging, .pentestYearly, .iso27001, .bio,
            ])
        let transparency = try #require(activity.transparency)
        #expect(transparency.separateFromTerms == true && transparency.privacyStatement == true)
        #expect(transparency.informsAbout == [.purposes, .recipients, .retention, .rights, .usageLogging])
        #expect(transparency.subjectCanSee == .all)
        let rights = try #require(activity.rights)
        #expect(rights.procedures.count == 6)
        #expect(rights[.erasure] == "Op verzoek; profiel wordt verwijderd binnen 4 weken.")
        #expect(rights[.automatedDecisions] == nil)
        #expect(activity.governance == Governance(changeProcessIncludesPrivacyReview: true, sourceSystemLink: false))
    }

    @Test func plan() throws {
        #expect(
            activity.risks == [
                DeclaredRisk(
                    id: "heridentificatie", description: "Gepseudonimiseerde profielen met unieke werkervaring zijn herleidbaar.",
                    likelihood: .medium, impact: .high)
            ])
        let measure = try #require(activity.measures?.first)
        #expect(measure.addresses == ["retention_deletion_not_automated"])
        #expect(measure.decision == .mitigate && measure.status == .planned && measure.residual == .low)
        #expect(measure.due == CalendarDate(year: 2025, month: 6, day: 30))
        #expect(measure.owner == "Proceseigenaar / projectleider")
    }

    @Test func sourceMap() {
        let map = loaded.sourceMap
        func at(_ path: String) -> String {
            let location = map.locations[path]
            return location.map { "\($0.line):\($0.column)" } ?? "absent"
        }
        #expect(at("") == "1:1")
        #expect(at("controller") == "7:1")
        #expect(at("parties") == "14:1")
        #expect(at("parties/gemeente-rotterdam") == "15:5")
        #expect(at("parties/vum-voorziening/agreement") == "31:5")
        #expect(at("parties/werkgevers-rijnmond/affiliated/gemeente-rotterdam") == "26:18")
        #expect(at("roles/werkgever/sees/scope") == "94:7")
        #expect(at("roles/werkcoach/sees/data") == "101:13")
        #expect(at("retention/belastbaarheid+contactgegevens+vrij-tekstveld") == "117:5")
        #expect(at("retention/belastbaarheid+contactgegevens+vrij-tekstveld/data/belastbaarheid") == "117:29")
        #expect(at("locations/vum-voorziening") == "124:5")
        #expect(at("transparency/separate_from_terms") == "134:3")
        #expect(at("techniques/profiling") == "81:3")
        #expect(at("rights/erasure") == "141:3")
        #expect(at("security/measures/2fa") == "129:57")
        #expect(at("purposes/matching/law/1") == "66:41")
        #expect(at("measures/m-bewaartermijn/addresses/retention_deletion_not_automated") == "158:17")
        #expect(map.location(of: "roles/werkgever/edits").line == 89)
        #expect(map.location(of: "rights/automated_decisions").line == 138)
    }
}
