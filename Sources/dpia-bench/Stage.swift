import ArgumentParser

/// A step of the pipeline the benchmark times.
enum Stage: String, CaseIterable, Codable, Sendable, ExpressibleByArgument {
    /// Reading the files and composing their YAML node trees with Yams alone: the floor.
    case parse
    /// Reading, parsing and validating with the spec loader, building the model.
    case load
    /// The rules, who-sees-whom and the pre-scan.
    case analyse
    /// Rendering the DPIA report as Markdown.
    case markdown
    /// Rendering the DPIA report as HTML.
    case html
    /// Recording the assessment in the SQLite register.
    case record

    var title: String {
        switch self {
        case .parse: "parse only (read + Yams.compose)"
        case .load: "load (read + parse + validate)"
        case .analyse: "analyse"
        case .markdown: "render Markdown"
        case .html: "render HTML"
        case .record: "record in the register"
        }
    }
}
