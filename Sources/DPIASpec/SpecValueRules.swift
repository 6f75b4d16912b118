import DPIAModel

/// The loader's rules for single values (a text, an id, a date), for readers of spec values that do
/// not come from a spec file, such as `dpia restore` reading a register export: both refuse the same
/// values, with the same words (docs/security.md).
///
/// Each rule returns what is wrong, as the second half of a message ("contains the control character
/// <U+001B>, which a report cannot show; remove it"), or nil when the value is fine.
public enum SpecValueRules {
    /// A text with a control character or a direction override (``ForbiddenCharacter``).
    public static func textProblem(_ text: String) -> String? {
        ForbiddenCharacter.first(in: text).map { "contains \(ForbiddenCharacter.explanation($0)); remove it" }
    }

    /// An id that is not lowercase letters, digits and `-`, or longer than ``PortableName/maxLength``.
    public static func idProblem(_ id: String) -> String? {
        guard IdentifierShape.isID(id) else {
            if !id.isEmpty, IdentifierShape.hasIDCharactersOnly(id) {
                let suggestion = IdentifierShape.suggestedID(for: id)
                return "id \(quote(id)) starts with '-'; an id starts with a lowercase letter or a digit, followed by "
                    + "lowercase letters, digits and '-'" + (suggestion.isEmpty ? "" : ", for example \(quote(suggestion))")
            }
            if let foreign = id.unicodeScalars.first(where: { !$0.isASCII }) {
                // A look-alike (Cyrillic 'е') or an invisible character: say which, an example would mislead.
                let shown = ForbiddenCharacter.visible(String(foreign))
                let name = foreign.properties.name.map { ", \($0)" } ?? ""
                return "id \(quote(id)) may only contain lowercase letters a-z, digits and '-'; it contains "
                    + "'\(shown)' (\(YAMLErrorTranslator.codePoint(Int(foreign.value)))\(name))"
            }
            let suggestion = IdentifierShape.suggestedID(for: id)
            return "id \(quote(id)) may only contain lowercase letters, digits and '-'"
                + (suggestion.isEmpty ? "" : ", for example \(quote(suggestion))")
        }
        // A character has at least one UTF-8 byte: most ids are decided without counting characters.
        guard id.utf8.count > PortableName.maxLength, id.count > PortableName.maxLength else { return nil }
        return "the id \(quote(id)) is \(id.count) characters long; an id has at most \(PortableName.maxLength)"
    }

    /// An activity id: an id that also names the activity's report folder, so not a Windows device name.
    public static func activityIDProblem(_ id: String) -> String? {
        if let problem = idProblem(id) { return problem }
        guard PortableName.windowsDeviceNames.contains(id) else { return nil }
        return "the activity id '\(id)' is a device name on Windows, where the report folder named after it "
            + "cannot be created or opened; choose another id, such as '\(id)-dpia'"
    }

    /// A day that is not written `YYYY-MM-DD` or does not exist (2025-02-30).
    public static func dateProblem(_ text: String) -> String? {
        CalendarDate(iso: text) == nil ? "\(quote(text)) is not a date; write it as year-month-day, like 2025-06-30" : nil
    }

    /// `text` with every invisible or control character written as `<U+XXXX>`, so that a message that
    /// shows it cannot act on a terminal.
    public static func visible(_ text: String) -> String {
        ForbiddenCharacter.visible(text)
    }

    /// `text` as messages quote it: one line of at most 60 characters, invisible characters as `<U+…>`.
    public static func quote(_ text: String) -> String {
        SpecReader.quote(text)
    }
}
