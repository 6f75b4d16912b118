import DPIAModel

/// The outcome of loading one spec file: the activity when it is valid, and every diagnostic.
public struct LoadResult: Sendable {
    public var path: String
    public var activity: LoadedActivity?
    public var diagnostics: [Diagnostic]

    public init(path: String, activity: LoadedActivity?, diagnostics: [Diagnostic]) {
        self.path = path; self.activity = activity; self.diagnostics = diagnostics
    }

    /// Valid when an activity was built and no diagnostic is an error.
    public var isValid: Bool { activity != nil && !diagnostics.contains { $0.severity == .error } }
}

/// Loads spec files: parses YAML keeping marks, validates, and builds the model.
public struct SpecLoader: Sendable {
    public init() {}

    /// Loads the spec in `text` as if read from `path`.
    public func load(text: String, path: String) -> LoadResult {
        // Placeholder until the loader lands (issue 2).
        LoadResult(path: path, activity: nil, diagnostics: [])
    }
}
