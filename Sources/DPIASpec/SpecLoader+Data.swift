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
}
