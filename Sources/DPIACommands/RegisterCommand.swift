import ArgumentParser
import DPIAAnalysis
import DPIAModel
import DPIARender
import Foundation

/// `dpia register`: the register of processing activities (art. 30 AVG) of a folder of specs.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Write the register of processing activities (art. 30 AVG) as Markdown, HTML, CSV and JSON.",
        discussion: """
            One organisation is one folder of specs (Registers/<organisation>/). Given such a folder, the register \
            is written to <out>/register/register.{md,html,csv,json}. Given a folder with several organisation \
            folders (such as Registers/), each gets <out>/register/<organisation>/; specs lying directly in the \
            given folder count as an organisation named after that folder.

            The register holds art. 30 lid 1 a–g per activity and, for the parties that act as processor, art. 30 \
            lid 2. The internal edition adds contacts and the state of each DPIA; --public leaves out contacts, \
            risks and measures, for publication. The JSON uses the field names of the VNG register API (naam, \
            verantwoordelijkeOrganisatie, doel, grondslag, bewaartermijn, ...). The CSV is semicolon-separated \
            UTF-8 with a byte order mark, as Excel with Dutch settings expects.

            Exit codes:
              0  the register was written
              2  a spec does not validate (nothing is written), the folder holds no
                 specs, the templates are missing, or an option is wrong
            """
    )

    @Argument(help: "A folder of specs (one organisation), or a folder of organisation folders (default: the project's specs).")
    var folder: String?

    @Flag(name: .customLong("public"), help: "Leave out contacts, risks and measures, for publication.")
    var isPublic = false

    @Option(name: .customLong("lang"), help: "Language: nl or en (default: the language most specs of the organisation use).")
    var language: ReportLanguage?

    @OptionGroup var documents: RenderOptions

    func run() throws {
        let project = try Project.load()
        let language = project.language(self.language)
        let words = project.words(language)
        try runReportingFailures(words) {
            let day = try documents.day()
            let folder = try project.specPaths(self.folder.map { [$0] } ?? [], words: words)[0]
            let inputs = try ReportInputs(paths: [folder], words: words)
            let renderer = try documents.renderer(project, words: words)
            let output = documents.folder(project)
            let groups = try Self.organisations(of: inputs, in: folder)
            // One run at a time per output folder, so that two runs never mix their files.
            let existed = FileManager.default.fileExists(atPath: output.root.path)
            let lock = try output.lock(waiting: { ReportInputs.sayWaiting(for: output, words: words) })
            defer { lock.release() }
            var finished = false
            // A run that fails leaves no output folder it made (rmdir removes only an empty one).
            defer { if !finished, !existed { rmdir(output.root.path) } }
            for group in groups {
                let assessments = group.indices.map { inputs.assessments[$0] }
                let options = ProcessingRegisterOptions(
                    language: language ?? Self.language(of: assessments), date: day,
                    isPublic: isPublic)
                let register = try renderer.renderRegister(assessments, options: options)
                let folders = groups.count == 1 ? ["register"] : ["register", group.name]
                // All four are written before any replaces the old one: a full disk leaves the old register whole.
                let written = try output.write(
                    [
                        (register.markdown, "register.md"), (register.html, "register.html"),
                        (register.csv, "register.csv"), (register.json, "register.json"),
                    ], folders: folders)
                let path = ReportInputs.display(written[0].path), count = assessments.count
                print(
                    words.text(
                        nl: "\(path) (.html, .csv, .json) geschreven: \(count) \(count == 1 ? "verwerking" : "verwerkingen")",
                        en: "wrote \(path) (.html, .csv, .json): \(count) \(count == 1 ? "activity" : "activities")"))
            }
            finished = true
        }
    }

    /// Specs grouped by the first folder below `root`; specs directly in `root` form a group named after it.
    /// Two folders whose names give the same output folder ("Gemeente Utrecht", "gemeente-utrecht") are
    /// refused: one register would hold both organisations.
    static func organisations(of inputs: ReportInputs, in root: String) throws -> [(name: String, indices: [Int])] {
        let rootPath = URL(fileURLWithPath: root).standardizedFileURL.path
        let rootName = slug(URL(fileURLWithPath: rootPath).lastPathComponent)
        var order: [String] = []
        var indices: [String: [Int]] = [:]
        var folders: [String: String] = [:]   // output folder → the folder it was made from
        for (offset, item) in inputs.loaded.enumerated() {
            let file = URL(fileURLWithPath: item.sourceMap.file).standardizedFileURL.path
            var relative = file.hasPrefix(rootPath + "/") ? String(file.dropFirst(rootPath.count + 1)) : file
            if relative.hasPrefix("/") { relative.removeFirst() }
            let parts = relative.split(separator: "/")
            let folderName = parts.count > 1 ? String(parts[0]) : URL(fileURLWithPath: rootPath).lastPathComponent
            let name = parts.count > 1 ? slug(folderName) : rootName
            if let other = folders[name], other != folderName {
                throw CommandFailure(
                    "the folders '\(other)' and '\(folderName)' would both be written to register/\(name)/; "
                        + "rename one of them")
            }
            folders[name] = folderName
            if indices[name] == nil { order.append(name) }
            indices[name, default: []].append(offset)
        }
        return order.map { ($0, indices[$0] ?? []) }
    }

    /// A folder name as a safe output folder name: lowercase letters, digits and '-'.
    static func slug(_ name: String) -> String {
        var result = ""
        for character in name.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        let trimmed = String(result.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(PortableName.maxLength - 4))
        if trimmed.isEmpty { return "organisation" }
        return PortableName.windowsDeviceNames.contains(trimmed) ? trimmed + "-org" : trimmed
    }

    /// The language most of the specs use; Dutch on a tie.
    static func language(of assessments: [Assessment]) -> ReportLanguage {
        let english = assessments.count { $0.activity.language == .en }
        return english * 2 > assessments.count ? .en : .nl
    }
}
