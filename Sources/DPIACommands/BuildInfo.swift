/// Which dpia this is: the version and the commit it was built from (`dpia --version`, SARIF's
/// `tool.driver.version`). Documents never contain it, so reports stay byte-identical between builds.
public enum BuildInfo {
    /// The version of dpia.
    public static let version = "0.1.0"
    /// The git commit of a release build (Scripts/release.sh writes it), or "dev".
    public static let commit = BuildCommit.value
    /// Where dpia and its documentation live (SARIF's `tool.driver.informationUri`): the https address of the
    /// repository a release was built from (Scripts/release.sh reads it from git), nil in other builds; never
    /// an invented address.
    public static let homepage = BuildCommit.homepage
    /// What `dpia --version` prints, for example `dpia 0.1.0 (commit 45ce05c)`.
    public static var line: String { "dpia \(version) (commit \(commit))" }
}
