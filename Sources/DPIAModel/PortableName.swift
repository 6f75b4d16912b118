/// What makes an id usable as a folder name on every system: activity ids name the folders of
/// their reports (`Output/<id>/`), organisation folders name the register's folders.
public enum PortableName {
    /// Device names Windows reserves in any letter case, with or without an extension: a folder
    /// or file of that name cannot be created, opened or checked out there.
    public static let windowsDeviceNames: Set<String> = Set(
        ["con", "prn", "aux", "nul"]
            + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })

    /// The longest name, in characters: file names are limited to 255 bytes.
    public static let maxLength = 100
}
