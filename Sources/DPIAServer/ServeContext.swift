import HTTPTypes
import Hummingbird

/// The request context of `dpia serve`: Hummingbird's core, plus the browser's session once
/// ``SessionMiddleware`` has looked it up.
public struct ServeContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The session of the request's cookie, or nil.
    public var session: Session?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        session = nil
    }

    /// Forms are small: a larger body is refused (413).
    public var maxUploadSize: Int { 16 * 1024 }
}
