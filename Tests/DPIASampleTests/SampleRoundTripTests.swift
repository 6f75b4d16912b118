import DPIAModel
import DPIASpec
import Testing

@testable import DPIASample

/// The generated specs are valid for the real loader, and loading one gives back exactly the
/// activity it was written from (so the writer loses nothing and the benchmark measures real specs).
@Suite struct SampleRoundTripTests {
    @Test func generatedSpecsLoadBackToTheSameActivity() {
        let register = SampleRegister(count: 120, seed: 4)
        for index in 0..<120 {
            let path = "sample/\(register.entry(at: index).relativePath)"
            let result = SpecLoader().load(text: register.yaml(at: index), path: path)
            let errors = result.diagnostics.filter { $0.severity != .note }
            #expect(errors.isEmpty, "\(errors.map(\.description))")
            #expect(result.activity?.activity == register.activity(at: index))
        }
    }

    @Test func writerRoundTripsAwkwardText() {
        var activity = SampleRegister(count: 1, seed: 1).activity(at: 0)
        activity.title = "Title: with \"quotes\", # hash and 'apostrophes'"
        activity.summary = "Line one.\n\n  - indented item\nLast line without newline"
        activity.version = "2.0"
        activity.parties[0].name = "yes"
        activity.policies = ["a, b", "[x]", "1.5", "null"]
        let result = SpecLoader().load(text: SpecWriter().yaml(for: activity), path: "awkward.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.activity?.activity == activity)
    }
}
