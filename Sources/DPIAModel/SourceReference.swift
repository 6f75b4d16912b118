/// A source the spec cites, with the abbreviation its text uses: `HW` for "DPIA HalloWerk,
/// gemeente Utrecht (2021)", so that "(HW §13)" in the report is always defined.
public struct SourceReference: Sendable, Hashable, Codable {
    /// The abbreviation used in the text, for example `HW`.
    public var id: String
    /// The full title of the source.
    public var title: String
    /// Where to find it, if public.
    public var url: String?

    public init(id: String, title: String, url: String? = nil) {
        self.id = id; self.title = title; self.url = url
    }
}
