import DPIAModel
import Foundation

extension SpecLoader {
    /// Loads a spec from its bytes as if read from `path`, with the checks of ``load(file:)``:
    /// refused over the size limit, UTF-8 only (a byte order mark is dropped). Never throws.
    public func load(data: Data, path: String) -> LoadResult {
        switch SpecFile.text(of: data, path: path, limits: limits) {
        case .text(let text): load(text: text, path: path)
        case .refused(let diagnostic): LoadResult(path: path, activity: nil, diagnostics: [diagnostic])
        }
    }

    /// How many bytes of the file at `path` loading it would read: its size, or 0 when it is over
    /// ``SpecLimits/maxFileBytes`` (refused unread) or cannot be read.
    public func byteCount(file path: String) -> Int {
        guard let size = SpecFile.fileSize(path), size <= limits.maxFileBytes else { return 0 }
        return size
    }

    /// The bytes of the spec file at `path` (for hashing exactly what is loaded with
    /// ``load(data:path:)``), or the result ``load(file:)`` gives when the file cannot be read.
    public func bytes(file path: String) -> Result<Data, RefusedFile> {
        switch SpecFile.bytes(path, limits: limits) {
        case .data(let data): .success(data)
        case .refused(let diagnostic): .failure(RefusedFile(result: LoadResult(path: path, activity: nil, diagnostics: [diagnostic])))
        }
    }
}

/// A spec file that could not be read: ``result`` says why, as ``SpecLoader/load(file:)`` would.
public struct RefusedFile: Error, Sendable {
    public var result: LoadResult
}
