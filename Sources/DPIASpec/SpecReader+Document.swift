import DPIAModel

/// `document:`, the document control: author and version history.
extension SpecReader {
    func document(_ field: MappingView.Field?) -> DocumentControl? {
        guard let field, let view = section(field, .document) else { return nil }
        let history = entries(view["history"], .documentVersion, nil) { entry, _ -> DocumentVersion? in
            let version = requiredText(entry, "version")
            let date = date(entry, "date"), author = text(entry, "author"), changes = text(entry, "changes")
            guard let version else { return nil }
            return DocumentVersion(version: version, date: date, author: author, changes: changes)
        }
        return DocumentControl(author: text(view, "author"), history: history ?? [])
    }
}
