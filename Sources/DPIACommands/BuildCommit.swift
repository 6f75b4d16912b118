// Written by Scripts/release.sh for a release build (and put back afterwards); "dev" in every other build.
// Reports never contain it, so they stay byte-identical between builds.

/// The git commit dpia was built from, as `dpia --version` prints it.
enum BuildCommit {
    static let value = "dev"
    /// The https address of the repository a release was built from, if it has one.
    static let homepage: String? = nil
}
