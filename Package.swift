// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "DPIAKit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dpia", targets: ["dpia"]),
        .library(name: "DPIAKit", targets: ["DPIACommands"]),
    ],
    dependencies: [
        // Yams below 6: DPIASpec imports Yams' internal C target CYaml, which Yams does not declare as a product
        // (SwiftPM cannot depend on it by name); a major version may reshape it (docs/benchmarks.md, "Yams 5 or 6").
        .package(url: "https://github.com/jpsim/Yams", "5.0.1"..<"6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
        // `dpia serve`: the HTTP server, and bcrypt for the passwords of its users (docs/serve.md).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // SHA-256 of spec files and recorded versions (6–7× faster than our own was, docs/benchmarks.md);
        // already in the graph through hummingbird-auth and swift-certificates.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Plain values: the processing activity, levels, source locations. Imports nothing of the project.
        .target(name: "DPIAModel"),
        // Text for a medium: HTML escaping (reports, the diff page, the web pages). Imports nothing.
        .target(name: "DPIAText"),
        // The only place that knows YAML: load + validate specs with file:line:column diagnostics.
        // It composes with libyaml directly (`import CYaml`, the C target of Yams, which SwiftPM makes
        // importable to Yams' dependents: Yams declares no CYaml product to depend on, and a system libyaml
        // beside it would link libyaml twice) and asks Yams for the exact error of a broken file.
        .target(name: "DPIASpec", dependencies: ["DPIAModel", .product(name: "Yams", package: "Yams")]),
        // Who-sees-whom, the rule catalogue, the pre-scan and risk levels.
        .target(name: "DPIAAnalysis", dependencies: ["DPIAModel"]),
        // The C library cmark, for Markdown prose in HTML reports.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // DPIA reports and the art. 30 register from Templates/.
        .target(name: "DPIARender", dependencies: [
            "DPIAModel", "DPIAText", "DPIAAnalysis", "CCmark", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The SQLite register: versions, findings history, mitigation tracking.
        // DPIASpec: a restored export meets the loader's rules for texts, ids and dates (SpecValueRules).
        .target(name: "DPIARegister", dependencies: [
            "DPIAModel", "DPIASpec", "DPIAAnalysis", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Semantic diff of two versions of an activity and its assessment.
        .target(name: "DPIADiff", dependencies: ["DPIAModel", "DPIAText", "DPIAAnalysis", "DPIARender"]),
        // Synthetic registers for benchmarks and tests: model values written as spec YAML text.
        .target(name: "DPIASample", dependencies: ["DPIAModel"]),
        // `dpia serve`: the register on the web (pages, feeds, users, sessions), on top of the register API.
        .target(name: "DPIAServer", dependencies: [
            "DPIAModel", "DPIAText", "DPIASpec", "DPIAAnalysis", "DPIARender", "DPIARegister", "DPIADiff",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The incremental report pipeline (`dpia report`): specs streamed a window at a time on all cores,
        // reports staged and moved into place, the state that lets a next run skip what is up to date.
        .target(name: "DPIAReportEngine", dependencies: [
            "DPIAModel", "DPIASpec", "DPIAAnalysis", "DPIARender", "DPIARegister",
        ]),
        // The commands of `dpia`: they wire the steps together and print.
        .target(name: "DPIACommands", dependencies: [
            "DPIAModel", "DPIASpec", "DPIAAnalysis", "DPIARender", "DPIARegister", "DPIADiff", "DPIASample", "DPIAServer",
            "DPIAReportEngine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "dpia", dependencies: ["DPIACommands"]),
        // Times each stage of the pipeline on synthetic registers (docs/benchmarks.md).
        .executableTarget(name: "dpia-bench", dependencies: [
            "DPIAModel", "DPIASpec", "DPIAAnalysis", "DPIARender", "DPIARegister", "DPIASample", "DPIACommands",
            .product(name: "Yams", package: "Yams"),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // libFuzzer's weak entry point: lets dpia-fuzz link in every build (Scripts/fuzz.sh, docs/security.md).
        .target(name: "CFuzzerDriver"),
        // Fuzzes the loader, the analyser and the report, or `restore` (DPIA_FUZZ_TARGET=restore); a fuzzer only
        // when built by Scripts/fuzz.sh, else it replays files.
        .executableTarget(name: "dpia-fuzz", dependencies: [
            "CFuzzerDriver", "DPIAModel", "DPIASpec", "DPIAAnalysis", "DPIARender", "DPIARegister",
        ]),

        // What the test targets share: the process runner of the built programs, temporary folders, CPU timers.
        .target(name: "DPIATestSupport", path: "Tests/DPIATestSupport"),
        .testTarget(name: "DPIAModelTests", dependencies: ["DPIAModel"]),
        // Yams: the composer's tests compare its trees with Yams' own.
        .testTarget(name: "DPIASpecTests", dependencies: [
            "DPIASpec", "DPIAModel", "DPIATestSupport", .product(name: "Yams", package: "Yams"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "DPIAAnalysisTests", dependencies: ["DPIAAnalysis", "DPIASpec", "DPIAModel"]),
        .testTarget(name: "DPIARenderTests", dependencies: [
            "DPIARender", "DPIAAnalysis", "DPIASpec", "DPIAModel", "DPIAText",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "DPIARegisterTests", dependencies: ["DPIARegister", "DPIAAnalysis", "DPIASpec", "DPIAModel"]),
        .testTarget(name: "DPIADiffTests", dependencies: [
            "DPIADiff", "DPIAAnalysis", "DPIASpec", "DPIAModel",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        // Hostile and broken input (Corpus/), and the guarantees of docs/security.md.
        .testTarget(name: "DPIAHardeningTests", dependencies: [
            "DPIASpec", "DPIAAnalysis", "DPIARender", "DPIARegister", "DPIACommands", "DPIAModel", "DPIATestSupport",
        ], exclude: ["Corpus", "ExportCorpus"]),
        .testTarget(name: "DPIASampleTests", dependencies: ["DPIASample", "DPIASpec", "DPIAModel"]),
        .testTarget(name: "DPIAServerTests", dependencies: [
            "DPIAServer", "DPIARegister", "DPIASpec", "DPIAModel", "DPIAAnalysis",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .testTarget(name: "DPIACommandsTests", dependencies: [
            "DPIACommands", "DPIAReportEngine", "DPIASpec", "DPIAModel", "DPIAAnalysis", "DPIARegister", "DPIATestSupport",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
