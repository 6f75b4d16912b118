// Written by Scripts/release.sh for a release build (and put back afterwards): the bytes of every file
// of Templates/ and of docs/dpia-spec.schema.json, in base64, so that a copied binary needs no files
// beside it. Empty in every other build, which reads them from the repository dpia was built from.

/// The files built into a release binary, by path relative to the repository (base64).
enum EmbeddedFiles {
    static let base64: [String: String] = [:]
}
