import ArgumentParser
import DPIAModel
import DPIARender
import DPIASpec
import Foundation

/// `dpia init`: starts a project: dpia.yaml, a first spec, the JSON Schema for editors, .gitignore.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a project in a folder: dpia.yaml, a first spec to fill in, the JSON Schema and .gitignore.",
        discussion: """
            Writes, in the folder (default: the current folder):
              dpia.yaml                    the project file every dpia command in the
                                           folder uses
              specs/<id>.yaml              a first spec to fill in (`dpia new`)
              specs/dpia-spec.schema.json  the JSON Schema, so that editors check and
                                           complete specs
              .gitignore                   what git need not keep (only when there is
                                           none)
            Nothing is overwritten, and nothing is asked: give --organisation and --lang.

            Exit codes:
              0  the project was written
              2  the folder has a dpia.yaml already, or an option is wrong
            """)

    /// The name of the JSON Schema next to the specs.
    static let schemaFileName = "dpia-spec.schema.json"

    @Argument(help: "The folder of the project (default: the current folder).")
    var folder: String = "."

    @Option(help: "The name of the organisation (the controller of the first spec).")
    var organisation: String?

    @Option(name: .customLong("lang"), help: "Language of the project: nl or en (default: nl).")
    var language: ReportLanguage?

    @Option(name: .customLong("id"), help: "The id of the first spec (default: eerste-verwerking, or first-activity in English).")
    var firstID: String?

    func run() throws {
        let language = language ?? .nl
        let words = Words(language)
        try runReportingFailures(words) {
            let manager = FileManager.default
            let root = URL(fileURLWithPath: folder).standardizedFileURL.path
            let projectPath = root + "/" + ProjectFile.fileName
            guard !manager.fileExists(atPath: projectPath) else {
                throw CommandFailure(
                    words.text(
                        nl: "\(ReportInputs.display(projectPath)) bestaat al; hier is al een project",
                        en: "\(ReportInputs.display(projectPath)) exists already; this is a project already"))
            }
            if let organisation, organisation.contains(where: \.isNewline) {
                throw CommandFailure(words.text(nl: "--organisation: één regel tekst", en: "--organisation: one line of text"))
            }
            guard let schema = BuiltInFiles.specSchema else {
                throw CommandFailure(
                    words.text(
                        nl: "het JSON Schema van specs ontbreekt in deze build van dpia (docs/dpia-spec.schema.json)",
                        en: "the JSON Schema of specs is missing from this dpia build (docs/dpia-spec.schema.json)"))
            }
            let specs = root + "/specs"
            try manager.createDirectory(atPath: specs, withIntermediateDirectories: true)
            var written: [String] = []
            try OutputFolder.writeAtomically(schema, to: URL(fileURLWithPath: specs), name: Self.schemaFileName)
            written.append(specs + "/" + Self.schemaFileName)
            let project = ProjectFile(
                path: projectPath, organisation: organisation, language: language, specs: specs,
                register: root + "/register.sqlite", output: root + "/Output")
            let id = firstID ?? words.text(nl: "eerste-verwerking", en: "first-activity")
            written.append(try New.write(id: id, to: nil, project: Project(file: project), language: language))
            if !manager.fileExists(atPath: root + "/.gitignore") {
                try OutputFolder.writeAtomically(Data(Self.gitignore.utf8), to: URL(fileURLWithPath: root), name: ".gitignore")
                written.append(root + "/.gitignore")
            }
            // The project file last: a run that failed halfway leaves no project that looks complete.
            try OutputFolder.writeAtomically(
                Data(projectText(language: language).utf8), to: URL(fileURLWithPath: root),
                name: ProjectFile.fileName)
            written.insert(projectPath, at: 0)
            for path in written { print(words.text(nl: "geschreven: ", en: "wrote ") + ReportInputs.display(path)) }
            print(
                words.text(
                    nl: "Vul \(ReportInputs.display(written[2])) in; `dpia check` zegt wat nog ontbreekt, `dpia report` schrijft de DPIA.",
                    en:
                        "Fill in \(ReportInputs.display(written[2])); `dpia check` says what is still missing, `dpia report` writes the DPIA."
                ))
        }
    }

    /// The text of dpia.yaml.
    func projectText(language: ReportLanguage) -> String {
        let words = Words(language)
        let name =
            organisation.map { "organisation: " + SpecSkeleton.quoted($0) }
            ?? words.text(nl: "# organisation: Gemeente Voorbeeld", en: "# organisation: Municipality of Example")
        return words.text(
            nl: "# Projectbestand van dpia: elk dpia-commando in deze map (of een map eronder) gebruikt deze instellingen.\n"
                + "# Opties op de opdrachtregel gaan voor. Paden zijn relatief aan deze map.\n",
            en: "# dpia's project file: every dpia command run in this folder (or a folder below it) uses these settings.\n"
                + "# Options on the command line win. Paths are relative to this folder.\n")
            + name + "\n"
            + words.text(nl: "# Taal van rapporten en meldingen: nl of en.\n", en: "# Language of reports and messages: nl or en.\n")
            + "language: \(language.rawValue)\n"
            + words.text(nl: "# De map met specs.\n", en: "# The folder of the specs.\n") + "specs: specs\n"
            + words.text(nl: "# Het register (dpia record, actions, history).\n", en: "# The register (dpia record, actions, history).\n")
            + "register: register.sqlite\n"
            + words.text(nl: "# Waar rapporten en het register-overzicht komen.\n", en: "# Where reports and the register go.\n")
            + "output: Output\n"
            + words.text(
                nl: "# Formaten van de rapporten: md, html, docx (Word, via pandoc), pdf (via Chromium).\n",
                en: "# Report formats: md, html, docx (Word, through pandoc), pdf (through Chromium).\n")
            + "# formats: md,html,docx,pdf\n"
            + words.text(nl: "# Eigen templates (weglaten: die van dpia).\n", en: "# Own templates (leave out: dpia's own).\n")
            + "# templates: Templates\n"
    }

    static let gitignore = """
        # Written by dpia init. The register (register.sqlite) is the record of every version: keep it safe
        # (back it up with `dpia export`); these are only its working files and dpia's own bookkeeping.
        register.sqlite-wal
        register.sqlite-shm
        /Output/.dpia-report-state.json
        /Output/.dpia-staging-*

        """
}
