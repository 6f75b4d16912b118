import ArgumentParser
import DPIAModel
import DPIASpec
import Foundation

/// `--provisions FILE`: a catalogue of provisions laid over the built-in one (an entry with the same id
/// replaces it), the way a copy of Templates/ replaces the report templates.
struct ProvisionOptions: ParsableArguments {
    @Option(
        name: .customLong("provisions"),
        help: ArgumentHelp(
            "A provision catalogue (YAML, like Provisions/provisions.yaml) that adds to or corrects the built-in one.",
            valueName: "file"))
    var file: String?

    /// The catalogue to reason on; a file with errors prints them (file:line:column) and exits with 2.
    func catalogue() throws -> ProvisionCatalogue {
        guard let file else { return ProvisionCatalogueLoader.builtin }
        let (catalogue, diagnostics) = ProvisionCatalogueLoader.builtin(extendedWith: file)
        var lines = diagnostics.map(\.description)
        guard let catalogue, !diagnostics.contains(where: { $0.severity == .error }) else {
            lines.append("error: the provision catalogue \(file) has errors; nothing was checked")
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            throw ExitCode(ExitStatus.invalidInput)
        }
        if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
        return catalogue
    }
}
