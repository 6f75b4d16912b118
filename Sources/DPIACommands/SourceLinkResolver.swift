import DPIADiff
import Foundation

/// Finds where the lines of a version of a spec can be read on the web: the git repository the file
/// is in, its path there, the commit its lines belong to, and the address of the repository, from the
/// `--source-url` template or from the `origin` remote when that is GitHub, GitLab or Codeberg.
///
/// A file with uncommitted changes belongs to no commit, so its lines are not linked (unless the
/// template needs no commit); nothing is ever fetched from the network.
struct SourceLinkResolver: Sendable {
    /// The `--source-url` template; nil: derive it from the remote.
    var template: String?

    /// The link of one side of the diff, or nil when there is none to give.
    func link(for side: DiffSide) -> SourceLink? {
        switch side {
        case .recorded: return nil
        case .file(let path): return link(path: path, revision: nil)
        case .revision(let revision, let path): return link(path: path, revision: revision)
        }
    }

    private func link(path: String, revision: String?) -> SourceLink? {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path, name = url.lastPathComponent
        func git(_ arguments: [String]) -> GitCommand.Result? { try? GitCommand.run(arguments, in: folder) }
        guard FileManager.default.fileExists(atPath: folder),
            let inside = git(["rev-parse", "--is-inside-work-tree"])?.firstLine, inside == "true"
        else { return nil }
        let prefix = git(["rev-parse", "--show-prefix"])?.firstLine ?? ""
        let commit: String?
        if let revision {
            commit = git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])?.firstLine
        } else if git(["ls-files", "--error-unmatch", "--", name])?.status == 0,
            git(["status", "--porcelain", "--", name])?.output.isEmpty == true
        {
            commit = git(["rev-parse", "--verify", "--quiet", "HEAD"])?.firstLine
        } else {
            commit = nil
        }
        let template =
            template
            // The address as configured: `remote get-url` would apply `url.*.insteadOf` rewrites (mirrors).
            ?? git(["config", "--get", "remote.origin.url"])?.firstLine.flatMap(Self.template(forRemote:))
        guard let template else { return nil }
        return SourceLink(template: template, path: prefix + name, commit: commit)
    }

    /// The link template of a well-known host, from a remote address (`git@github.com:org/repo.git`,
    /// `https://user@gitlab.com/org/repo`): the user name or password in it are never kept.
    static func template(forRemote remote: String) -> String? {
        var address = remote.trimmingCharacters(in: .whitespaces)
        if address.hasSuffix(".git") { address.removeLast(4) }
        while address.hasSuffix("/") { address.removeLast() }
        let hostAndPath: String
        if let scheme = address.range(of: "://") {
            var rest = address[scheme.upperBound...]
            if let slash = rest.firstIndex(of: "/"), let at = rest[..<slash].lastIndex(of: "@") {
                rest = rest[rest.index(after: at)...]
            }
            hostAndPath = String(rest)
        } else if let colon = address.firstIndex(of: ":"), !address[..<colon].contains("/") {
            // scp-like: git@github.com:org/repo
            let user = address[..<colon]
            let host = user.lastIndex(of: "@").map { user[user.index(after: $0)...] } ?? user
            hostAndPath = host + "/" + address[address.index(after: colon)...]
        } else {
            return nil
        }
        guard let slash = hostAndPath.firstIndex(of: "/") else { return nil }
        var host = String(hostAndPath[..<slash]).lowercased()
        if let port = host.firstIndex(of: ":") { host = String(host[..<port]) }
        let repository = hostAndPath[hostAndPath.index(after: slash)...]
        guard !repository.isEmpty,
            repository.allSatisfy({ $0.isLetter || $0.isNumber || "-._/~".contains($0) })
        else { return nil }
        let base = "https://\(host)/\(repository)"
        if host == "github.com" { return base + "/blob/{commit}/{path}#L{line}" }
        if host == "gitlab.com" || host.hasPrefix("gitlab.") { return base + "/-/blob/{commit}/{path}#L{line}" }
        if host == "codeberg.org" { return base + "/src/commit/{commit}/{path}#L{line}" }
        return nil
    }
}
