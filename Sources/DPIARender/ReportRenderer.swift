import DPIAAnalysis
import DPIAModel

/// A DPIA report in both formats.
public struct RenderedReport: Sendable, Hashable {
    public var markdown: String
    public var html: String
}

/// The art. 30 register in all four formats.
public struct RenderedRegister: Sendable, Hashable {
    public var markdown: String
    public var html: String
    public var csv: String
    public var json: String
}

/// Renders DPIA reports and the art. 30 register from Mustache templates.
///
/// Pure: the same assessment, options and templates give byte-identical text.
public struct ReportRenderer: Sendable {
    public let templates: TemplateSet

    public init(templates: TemplateSet) { self.templates = templates }

    /// The DPIA of one assessment as Markdown (`<lang>/dpia.md`) and HTML (`<lang>/dpia.html`).
    public func render(_ assessment: Assessment, options: ReportOptions = ReportOptions()) throws -> RenderedReport {
        let model = ReportViewModel(assessment: assessment, options: options)
        return try render(model, document: "dpia")
    }

    /// The register of processing activities of `assessments` (one organisation), in the order given.
    public func renderRegister(_ assessments: [Assessment], options: ProcessingRegisterOptions) throws -> RenderedRegister {
        let model = RegisterViewModel(assessments: assessments, options: options)
        let documents = try render(model, document: "register", language: model.language)
        return RenderedRegister(markdown: documents.markdown, html: documents.html, csv: RegisterCSV.render(model),
                                json: try RegisterJSON.render(model))
    }

    /// Renders any view model with `<lang>/<document>.md` and `<lang>/<document>.html`.
    public func render<Model: Encodable>(_ model: Model, document: String, language: String) throws -> RenderedReport {
        RenderedReport(
            markdown: Self.tidyMarkdown(try templates.render("\(language)/\(document).md", model)),
            html: Self.tidyHTML(try templates.render("\(language)/\(document).html", model)))
    }

    func render(_ model: ReportViewModel, document: String) throws -> RenderedReport {
        try render(model, document: document, language: model.language)
    }

    /// Removes trailing spaces, collapses runs of blank lines and ends with one newline, so that
    /// optional template sections leave no gaps.
    static func tidyMarkdown(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " { line.removeLast() }
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Removes trailing spaces and blank lines; HTML whitespace inside `<pre>` is never produced.
    static func tidyHTML(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while line.last == " " { line.removeLast() }
            if line.allSatisfy({ $0 == " " }) { continue }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
