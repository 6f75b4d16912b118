/// How a line of one version of a spec becomes a web address, so the page can link "regel 460" to
/// the repository's page of the file: a template with `{line}`, for example
/// `https://github.com/org/repo/blob/3f2a9c1/Registers/utrecht/hallowerk.yaml#L{line}`.
public struct SourceLink: Sendable, Hashable {
    /// The address with `{line}` still to fill in.
    public let template: String

    /// Fills `{path}` (the file's path in its repository) and `{commit}` of a template such as
    /// `https://github.com/org/repo/blob/{commit}/{path}#L{line}`. Nil when the template needs a path
    /// or commit that is not known (a file with uncommitted changes has no commit its lines belong to),
    /// or when it is not an http(s) address.
    public init?(template: String, path: String?, commit: String?) {
        guard template.hasPrefix("https://") || template.hasPrefix("http://") else { return nil }
        var filled = template
        if filled.contains("{path}") {
            guard let path else { return nil }
            let encoded = path.split(separator: "/", omittingEmptySubsequences: false)
                .map { Self.percentEncoded(String($0)) }.joined(separator: "/")
            filled = filled.replacingOccurrences(of: "{path}", with: encoded)
        }
        if filled.contains("{commit}") {
            guard let commit else { return nil }
            filled = filled.replacingOccurrences(of: "{commit}", with: Self.percentEncoded(commit))
        }
        self.template = filled
    }

    /// The address of line `line`.
    public func url(line: Int) -> String { template.replacingOccurrences(of: "{line}", with: String(line)) }

    /// Everything but unreserved characters percent-encoded (RFC 3986), so a file name cannot break the address.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
