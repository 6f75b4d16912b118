/// One table row of a measure, already rendered from `Templates/serve/measure-row.html` (its values
/// escaped there): the board keeps these between requests (``BoardCache``) instead of rendering 50 rows
/// for every page.
struct RenderedRow: Encodable, Sendable {
    var html: String
}
