/// One page of a long list (the board's measures, the overview's activities): which items it shows, of how
/// many, and the links to the pages around it, which keep the list's filters.
struct Paging: Encodable, Sendable {
    /// The page asked for (`?page=`, from 1) of pages of `size` items, and the offset of its first item
    /// (`Int.max` past any list).
    struct Request {
        var number: Int
        var size: Int
        var offset: Int

        init(_ query: Form, size: Int) {
            number = max(1, Int(query["page"] ?? "") ?? 1)
            self.size = size
            let (offset, overflow) = (number - 1).multipliedReportingOverflow(by: size)
            self.offset = overflow ? .max : offset
        }
    }

    /// How many items the list has, and which of them (1-based) the page shows; digit-grouped.
    var count: String
    var firstShown: String
    var lastShown: String
    var hasRows: Bool
    var previousLink: String?
    var nextLink: String?
    /// The page's items as positions in the list (empty past its end).
    var range: Range<Int>

    /// Page `request` of a list of `total` items at `path` whose query, without `page`, is `filter`.
    init(_ request: Request, total: Int, path: String, filter: String, words: Words) {
        let start = min(request.offset, total), end = start + min(request.size, total - start)
        func link(_ page: Int) -> String { path + "?" + (filter.isEmpty ? "" : filter + "&") + "page=\(page)" }
        count = words.number(total)
        firstShown = words.number(start + 1)
        lastShown = words.number(end)
        hasRows = end > start
        previousLink = request.number > 1 ? link(request.number - 1) : nil
        nextLink = end < total ? link(request.number + 1) : nil
        range = start..<end
    }

    enum CodingKeys: String, CodingKey {
        case count, firstShown, lastShown, hasRows, previousLink, nextLink
    }
}
