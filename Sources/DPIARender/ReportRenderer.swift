import DPIAAnalysis
import DPIAModel

/// A DPIA report in both formats.
public struct RenderedReport: Sendable, Hashable {
    public var markdown: String
    public var html: String
    /// The document properties of its Word and PDF files; nil for documents other than a DPIA.
    public var info: ReportDocumentInfo?
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

    /// The DPIA of one assessment as Markdown (`dpia.md`) and HTML (`dpia.html`).
    public func render(_ assessment: Assessment, options: ReportOptions = ReportOptions()) throws -> RenderedReport {
        var options = options
        options.words = options.words ?? templates.words[(options.language ?? assessment.activity.language).rawValue]
        let model = ReportViewModel(assessment: assessment, options: options)
        var report = try render(model, document: "dpia")
        report.info = ReportDocumentInfo(
            title: "DPIA " + model.title, author: model.document.metaAuthor,
            subject: model.document.subject, language: model.language,
            date: options.date ?? assessment.activity.updated)
        return report
    }

    /// The register of processing activities of `assessments` (one organisation), in the order given.
    public func renderRegister(_ assessments: [Assessment], options: ProcessingRegisterOptions) throws -> RenderedRegister {
        var options = options
        options.words = options.words ?? templates.words[options.language.rawValue]
        let model = RegisterViewModel(assessments: assessments, options: options)
        let documents = try render(model, document: "register", language: model.language)
        return RenderedRegister(
            markdown: documents.markdown, html: documents.html, csv: RegisterCSV.render(model, words: options.words),
            json: try RegisterJSON.render(model))
    }

    /// Renders any view model with `<document>.md` and `<document>.html` and the words of `language`
    /// (or the language's own `<lang>/<document>.md` of an older templates folder).
    /// The model is turned into dictionaries once for both documents (``TemplateValueEncoder``).
    public func render<Model: Encodable>(_ model: Model, document: String, language: String) throws -> RenderedReport {
        let values = try TemplateValueEncoder.encode(model)
        return RenderedReport(
            markdown: Self.tidyMarkdown(try templates.render(document: "\(document).md", language: language, values)),
            html: Self.tidyHTML(try templates.render(document: "\(document).html", language: language, values)))
    }

    func render(_ model: ReportViewModel, document: String) throws -> RenderedReport {
        try render(model, document: document, language: model.language)
    }

    /// Removes trailing spaces, collapses runs of blank lines and ends with one newline, so that
    /// optional template sections leave no gaps.
    static func tidyMarkdown(_ text: String) -> String {
        var lines: [Substring] = []
        for line in trimmedLines(text) {
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Removes trailing spaces and blank lines; HTML whitespace inside `<pre>` is never produced.
    static func tidyHTML(_ text: String) -> String {
        trimmedLines(text).filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    /// The lines of `text` without their trailing spaces. Splits the UTF-8 bytes at line feeds,
    /// which is much faster than splitting characters and gives the same lines unless the text has
    /// a carriage return (`\r\n` is one character), for which the character split is kept.
    static func trimmedLines(_ text: String) -> [Substring] {
        let space = UInt8(ascii: " ")
        func trimmed(_ line: Substring) -> Substring {
            let bytes = line.utf8
            var end = bytes.endIndex
            while end > bytes.startIndex, bytes[bytes.index(before: end)] == space { end = bytes.index(before: end) }
            guard end < bytes.endIndex, end > bytes.startIndex, bytes[bytes.index(before: end)] >= 0x80 else {
                return line[..<end]
            }
            // A non-ASCII character before the spaces might join the first space into one character
            // (a prepend mark): trim by characters there, as the character split would.
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
        let utf8 = text.utf8
        if utf8.contains(UInt8(ascii: "\r")) {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(trimmed)
        }
        var lines: [Substring] = []
        var start = utf8.startIndex
        while let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(trimmed(text[start..<end]))
            start = utf8.index(after: end)
        }
        lines.append(trimmed(text[start...]))
        return lines
    }
}
