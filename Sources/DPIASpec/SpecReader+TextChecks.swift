import DPIAModel

/// Checks on text values beyond their type: forbidden characters, web addresses, and the activity
/// id that names the report files (docs/security.md).
extension SpecReader {
    /// Reports a control character or a direction override in the text of `key`.
    func checkCharacters(_ text: String, key: String, at mark: TextPosition) {
        guard let scalar = ForbiddenCharacter.first(in: text) else { return }
        error("'\(key)' contains \(ForbiddenCharacter.explanation(scalar)); remove it", at: mark)
    }

    /// A web address (`https://…` or `http://…`); other schemes such as `javascript:` or `data:`
    /// could run code in a reader's browser when a report links to them.
    func webAddress(_ view: MappingView, _ key: String) -> String? {
        guard let (text, mark) = scalar(view[key], expecting: "a web address") else { return nil }
        let lowercased = text.lowercased()
        guard lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://"),
              !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || ForbiddenCharacter.isForbidden($0) })
        else {
            error("'\(key)' should be a web address starting with https:// (or http://), found \(Self.quote(text))",
                  at: mark)
            return nil
        }
        return text
    }

    /// Names Windows reserves for devices, with or without an extension: a report called `con.html`
    /// cannot be written, opened or checked out there.
    static let windowsDeviceNames: Set<String> = Set(["con", "prn", "aux", "nul"]
        + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })

    /// The longest activity id: report files are named after it, and file names are limited to 255 bytes.
    static let maxActivityIDLength = 100

    /// The activity's `id`: an id that can also name its report files on every system.
    func activityID(_ top: MappingView) -> String? {
        guard let field = top["id"] else { return nil }
        guard let (id, mark) = scalar(field, expecting: "an id") else {
            if case .scalar = field.value {
                error("'id' is empty; write the activity's id, such as 'wmo-intake'", at: field.value.position ?? field.keyMark)
            }
            return nil
        }
        checkIDSpelling(id, at: mark)
        if Self.windowsDeviceNames.contains(id) {
            error("the activity id '\(id)' is a device name on Windows, where the report files named after it "
                  + "('\(id).html') cannot be saved or opened; choose another id, such as '\(id)-\(id == "aux" ? "hulp" : "dpia")'",
                  at: mark)
        } else if id.count > Self.maxActivityIDLength {
            error("the activity id is \(id.count) characters long; report files are named after it, so at most "
                  + "\(Self.maxActivityIDLength) are allowed", at: mark)
        }
        return id
    }

    /// The lists a spec needs at least one entry of, and how messages name an entry.
    static let requiredLists = [
        ("parties", "party"), ("subjects", "category of data subjects"), ("data", "category of personal data"),
        ("purposes", "purpose"),
    ]

    /// Reports a required list (`parties`, `subjects`, `data`, `purposes`) that is written without
    /// entries, as a file cut off after `purposes:` is.
    func checkNotEmpty(_ top: MappingView, _ key: String, noun: String) {
        guard let field = top[key] else { return }
        switch field.value {
        case .sequence(let sequence) where sequence.isEmpty: break
        case .scalar(let scalar) where Self.isNull(scalar): break
        default: return
        }
        error("'\(key)' has no entries; a spec describes at least one \(noun)", at: field.keyMark)
    }
}
