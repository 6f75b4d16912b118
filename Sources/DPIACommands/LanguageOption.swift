import ArgumentParser
import DPIAModel

/// The `--lang` option of commands whose only language is that of their messages.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of the messages: nl or en (default: the project file's `language`, else en).")
    var language: ReportLanguage?
}
