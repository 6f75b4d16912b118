import DPIAModel

/// Loads provision catalogues: the built-in one (`Provisions/provisions.yaml`, compiled into `dpia`)
/// and a file of additions and corrections a privacy officer gives with `--provisions FILE`.
public enum ProvisionCatalogueLoader {
    /// The catalogue shipped with `dpia`. A test keeps it equal to `Provisions/provisions.yaml` and valid.
    public static let builtin: ProvisionCatalogue =
        load(
            text: BuiltinProvisions.yaml, path: "Provisions/provisions.yaml",
            knownLaws: []
        ).catalogue ?? ProvisionCatalogue()

    /// Reads a catalogue from `text`; nil with diagnostics (file, line, column) when it is not valid.
    public static func load(text: String, path: String, knownLaws: Set<String>) -> (
        catalogue: ProvisionCatalogue?, diagnostics: [Diagnostic]
    ) {
        let limits = SpecLimits.default
        func refuse(_ message: String) -> (ProvisionCatalogue?, [Diagnostic]) {
            (nil, [Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), message)])
        }
        if text.utf8.count > limits.maxFileBytes { return refuse("the catalogue is larger than \(limits.maxFileBytes) bytes") }
        if let deep = NestingScan(text, limit: limits.maxDepth).exceeded {
            return (
                nil,
                [
                    Diagnostic(
                        .error, at: SourceLocation(file: path, line: deep.line, column: deep.column),
                        "the YAML nests more than \(limits.maxDepth) levels deep")
                ]
            )
        }
        guard case .document(let root) = YAMLComposer.compose(text) else {
            return refuse("this is not a readable YAML file with 'laws:' and 'provisions:'")
        }
        let reader = SpecReader(file: path, limits: limits, byteCount: text.utf8.count)
        let catalogue = reader.provisionCatalogue(root, knownLaws: knownLaws)
        return (catalogue, reader.sortedDiagnostics)
    }

    /// The built-in catalogue with the file at `path` laid over it (same id: the file's entry wins).
    public static func builtin(extendedWith path: String) -> (catalogue: ProvisionCatalogue?, diagnostics: [Diagnostic]) {
        switch SpecFile.read(path, limits: .default) {
        case .refused(let diagnostic):
            return (nil, [diagnostic])
        case .text(let text):
            let (extra, diagnostics) = load(text: text, path: path, knownLaws: Set(builtin.laws.map(\.id)))
            return (extra.map(builtin.merging), diagnostics)
        }
    }
}
