import Foundation

/// A fresh temporary folder, removed by ``remove()``.
public struct Workspace: Sendable {
    public let url: URL

    public init(_ label: String = "hardening") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `text` at `relative`, creating folders.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
