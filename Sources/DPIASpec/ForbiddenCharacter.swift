import DPIAModel

/// Characters a spec's text may not contain, and how messages show invisible characters.
///
/// Reports are published. Two kinds of character would make a published report show something
/// other than what its authors wrote and reviewed: control characters (a terminal or an editor
/// acts on them instead of showing them) and the invisible marks that override the direction of
/// text (U+202A–U+202E, U+2066–U+2069: "Trojan Source"), which can make a name read backwards or
/// move words around. Both are refused in every text of a spec (docs/security.md). Tab and line
/// breaks are allowed; so are the plain direction marks U+200E and U+200F, which names in
/// right-to-left scripts need.
enum ForbiddenCharacter {
    /// The first forbidden character of `text`, or nil.
    static func first(in text: String) -> Unicode.Scalar? {
        // Fast path: every forbidden character starts with a byte below 0x20, 0x7F, 0xC2 or 0xE2.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return nil }
        return text.unicodeScalars.first(where: isForbidden)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The bidirectional overrides, embeddings and isolates.
    static func isDirectionOverride(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// What is wrong with `scalar`, for a message: "<U+202E> (RIGHT-TO-LEFT OVERRIDE), an invisible ...".
    static func explanation(_ scalar: Unicode.Scalar, _ language: ReportLanguage = .en) -> String {
        if isDirectionOverride(scalar) {
            let name = scalar.properties.name.map { " (\($0))" } ?? ""
            return language == .nl
                ? "\(escape(scalar))\(name), een onzichtbaar teken dat de richting van de tekst eromheen omkeert, "
                    + "zodat een rapport anders kan lezen dan er geschreven is"
                : "\(escape(scalar))\(name), an invisible character that changes the direction of the text "
                    + "around it, so that a report could read differently from what was written"
        }
        return language == .nl
            ? "het stuurteken \(escape(scalar)), dat een rapport niet kan tonen"
            : "the control character \(escape(scalar)), which a report cannot show"
    }

    /// `<U+202E>`: how messages show a character that cannot be seen.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        "<" + YAMLErrorTranslator.codePoint(Int(scalar.value)) + ">"
    }

    /// `text` with every invisible or control character written as `<U+XXXX>`, so that a message
    /// shows what is there and cannot act on a terminal.
    static func visible<S: StringProtocol>(_ text: S) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// Control, format (zero-width, direction marks, byte order mark), separator, private-use and
    /// unassigned characters, and every whitespace other than the plain space.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return false }
        if scalar.value < 0x7F { return scalar.value < 0x20 }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .privateUse, .unassigned,
            .surrogate:
            return true
        default:
            return false
        }
    }
}
