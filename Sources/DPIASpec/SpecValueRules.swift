import DPIAModel

/// The loader's rules for single values (a text, an id, a date), for readers of spec values that do
/// not come from a spec file, such as `dpia restore` reading a register export: both refuse the same
/// values, with the same words (docs/security.md).
///
/// Each rule returns what is wrong, as the second half of a message ("contains the control character
/// <U+001B>, which a report cannot show; remove it"), or nil when the value is fine.
public enum SpecValueRules {
    /// A text with a control character or a direction override (``ForbiddenCharacter``).
    public static func textProblem(_ text: String) -> String? { localizedTextProblem(text)?.en }

    /// ``textProblem(_:)`` in Dutch and English.
    public static func localizedTextProblem(_ text: String) -> LocalizedText? {
        ForbiddenCharacter.first(in: text).map {
            LocalizedText(
                nl: "bevat \(ForbiddenCharacter.explanation($0, .nl)); haal het weg",
                en: "contains \(ForbiddenCharacter.explanation($0)); remove it")
        }
    }

    /// An id that is not lowercase letters, digits and `-`, or longer than ``PortableName/maxLength``.
    public static func idProblem(_ id: String) -> String? { localizedIDProblem(id)?.en }

    /// ``idProblem(_:)`` in Dutch and English.
    static func localizedIDProblem(_ id: String) -> LocalizedText? {
        guard IdentifierShape.isID(id) else {
            if !id.isEmpty, IdentifierShape.hasIDCharactersOnly(id) {
                let suggestion = IdentifierShape.suggestedID(for: id)
                return LocalizedText(
                    nl: "id \(quote(id)) begint met '-'; een id begint met een kleine letter of een cijfer, gevolgd door "
                        + "kleine letters, cijfers en '-'" + (suggestion.isEmpty ? "" : ", bijvoorbeeld \(quote(suggestion))"),
                    en: "id \(quote(id)) starts with '-'; an id starts with a lowercase letter or a digit, followed by "
                        + "lowercase letters, digits and '-'" + (suggestion.isEmpty ? "" : ", for example \(quote(suggestion))"))
            }
            if let foreign = id.unicodeScalars.first(where: { !$0.isASCII }) {
                // A look-alike (Cyrillic 'е') or an invisible character: say which, an example would mislead.
                let shown = ForbiddenCharacter.visible(String(foreign))
                let name = foreign.properties.name.map { ", \($0)" } ?? ""
                let which = "'\(shown)' (\(YAMLErrorTranslator.codePoint(Int(foreign.value)))\(name))"
                return LocalizedText(
                    nl: "id \(quote(id)) mag alleen kleine letters a-z, cijfers en '-' bevatten; het bevat " + which,
                    en: "id \(quote(id)) may only contain lowercase letters a-z, digits and '-'; it contains " + which)
            }
            let suggestion = IdentifierShape.suggestedID(for: id)
            return LocalizedText(
                nl: "id \(quote(id)) mag alleen kleine letters, cijfers en '-' bevatten"
                    + (suggestion.isEmpty ? "" : ", bijvoorbeeld \(quote(suggestion))"),
                en: "id \(quote(id)) may only contain lowercase letters, digits and '-'"
                    + (suggestion.isEmpty ? "" : ", for example \(quote(suggestion))"))
        }
        // A character has at least one UTF-8 byte: most ids are decided without counting characters.
        guard id.utf8.count > PortableName.maxLength, id.count > PortableName.maxLength else { return nil }
        return LocalizedText(
            nl: "de id \(quote(id)) is \(id.count) tekens lang; een id heeft er hooguit \(PortableName.maxLength)",
            en: "the id \(quote(id)) is \(id.count) characters long; an id has at most \(PortableName.maxLength)")
    }

    /// An activity id: an id that also names the activity's report folder, so not a Windows device name.
    public static func activityIDProblem(_ id: String) -> String? { localizedActivityIDProblem(id)?.en }

    /// ``activityIDProblem(_:)`` in Dutch and English.
    static func localizedActivityIDProblem(_ id: String) -> LocalizedText? {
        if let problem = localizedIDProblem(id) { return problem }
        guard PortableName.windowsDeviceNames.contains(id) else { return nil }
        return LocalizedText(
            nl: "de id '\(id)' van de verwerking is op Windows de naam van een apparaat, waar de rapportmap met die naam "
                + "niet gemaakt of geopend kan worden; kies een andere id, zoals '\(id)-dpia'",
            en: "the activity id '\(id)' is a device name on Windows, where the report folder named after it "
                + "cannot be created or opened; choose another id, such as '\(id)-dpia'")
    }

    /// A day that is not written `YYYY-MM-DD` or does not exist (2025-02-30).
    public static func dateProblem(_ text: String) -> String? { localizedDateProblem(text)?.en }

    /// ``dateProblem(_:)`` in Dutch and English.
    static func localizedDateProblem(_ text: String) -> LocalizedText? {
        CalendarDate(iso: text) == nil
            ? LocalizedText(
                nl: "\(quote(text)) is geen datum; schrijf die als jaar-maand-dag, zoals 2025-06-30",
                en: "\(quote(text)) is not a date; write it as year-month-day, like 2025-06-30")
            : nil
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
