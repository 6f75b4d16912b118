import DPIAModel

/// The spelling of ids, for commands that take a new id (`dpia new`).
public enum Spelling {
    /// Whether `text` is spelled as an id (lowercase letters, digits and `-`, not starting with `-`).
    public static func isID(_ text: String) -> Bool { IdentifierShape.isID(text) && text.count <= PortableName.maxLength }
}
