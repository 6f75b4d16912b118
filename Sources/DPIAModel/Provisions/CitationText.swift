/// Reads legal citations as written in Dutch and English documents: "Participatiewet art. 65 lid 1
/// onder c", "art. 65, eerste lid, onderdeel c, Participatiewet", "art. 9(2)(g) GDPR", "Wmo 2015
/// art. 5.1.1 lid 4". A citation is parsed into law, article, lid and letters; words that are no part
/// of a citation make it unreadable (nothing is searched for inside prose).
enum CitationText {
    /// One citation of a reference that may hold several ("X jo. Y", "X; Y").
    struct Part {
        let text: String
        let words: [Substring]
    }

    enum Parsed {
        case citations([Citation])
        /// Not a citation; the law and article when they could be read, for suggestions.
        case unreadable(Citation?)
    }

    /// Lowercase, parentheses that hold a number or a letter kept as "(2)", other parentheses (comments) dropped,
    /// hyphens and commas as separate marks.
    static func normalise(_ text: String) -> String {
        var result = "", depth = 0, group = ""
        for character in text.lowercased() {
            if character == "(" {
                depth += 1
                if depth == 1 { group = ""; continue }
            }
            if character == ")", depth > 0 {
                depth -= 1
                if depth == 0 {
                    let inner = group.trimmingWhitespace
                    if isArticleNumber(inner) || isLetter(inner) { result += " (\(inner)) " }
                    continue
                }
            }
            if depth > 0 { group.append(character); continue }
            switch character {
            case ",", ";": result += " \(character) "
            case "-", "–", "—", "/": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// The words of normalised text, without a trailing full stop or colon.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isWhitespace).map { word in
            var word = word
            while let last = word.last, last == "." || last == ":", word.count > 1 { word = word.dropLast() }
            return word
        }
    }

    /// The citations of a reference, split at "jo.", "juncto" and ";".
    static func parts(_ text: String) -> [Part] {
        var parts: [Part] = [], current: [Substring] = []
        for word in words(normalise(text)) {
            if ["jo", "juncto", "j°", ";"].contains(word) {
                if !current.isEmpty { parts.append(Part(text: current.joined(separator: " "), words: current)) }
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { parts.append(Part(text: current.joined(separator: " "), words: current)) }
        return parts
    }

    /// Parses the words of one citation.
    static func parse(_ words: [Substring], lawNames: [Substring: [(words: [Substring], law: String)]]) -> Parsed {
        var words = words
        var law: String?
        // The law's name, anywhere: before the article ("Participatiewet art. 7") or after it ("art. 7 Pw");
        // the longest name that starts at the first place where one does.
        search: for start in words.indices {
            for name in lawNames[words[start]] ?? []
            where start + name.words.count <= words.count
                && words[start..<(start + name.words.count)].elementsEqual(name.words)
            {
                law = name.law
                words.removeSubrange(start..<(start + name.words.count))
                break search
            }
        }
        var article: String?, paragraph: String?, letters: [String] = []
        var index = 0
        var readable = true
        func next() -> Substring? { index < words.count ? words[index] : nil }
        while let word = next() {
            index += 1
            switch word {
            case ",", "van", "de", "het", "der", "uit", "the", "of", "and":
                continue
            case _ where word.hasPrefix("art.") && isArticleNumber(String(word.dropFirst(4))) && article == nil:
                article = String(word.dropFirst(4))
            case "art", "artikel", "article", "artikelen":
                guard article == nil, let number = next(), isArticleNumber(String(number)) else { readable = false; break }
                article = String(number); index += 1
            case "lid", "paragraph":
                guard paragraph == nil, let number = next(), number.allSatisfy(\.isNumber) else { readable = false; break }
                paragraph = String(number); index += 1
            case "onder", "sub", "letter", "onderdeel", "point", "under":
                guard let letter = next(), isLetter(String(letter)) else { readable = false; break }
                letters.append(String(letter)); index += 1
                // "onder e en f", "onder a, b of c"
                while let joiner = next(), ["en", ",", "of", "and", "or"].contains(joiner),
                    index + 1 < words.count, isLetter(String(words[index + 1]))
                {
                    letters.append(String(words[index + 1])); index += 2
                }
            default:
                if let ordinal = ordinals[String(word)] ?? suffixOrdinal(word), next() == "lid", paragraph == nil {
                    paragraph = String(ordinal); index += 1
                } else if word.hasPrefix("("), word.hasSuffix(")") {
                    let inner = String(word.dropFirst().dropLast())
                    if inner.allSatisfy(\.isNumber), paragraph == nil, article != nil {
                        paragraph = inner
                    } else if isLetter(inner), article != nil {
                        letters.append(inner)
                    } else {
                        readable = false
                    }
                } else if article == nil, isArticleNumber(String(word)), word.first?.isNumber == true {
                    article = String(word)
                } else {
                    readable = false
                }
            }
            if !readable { break }
        }
        guard readable, let law, let article else {
            return .unreadable(article.map { Citation(law: law ?? "", article: $0, paragraph: paragraph) })
        }
        if letters.isEmpty { return .citations([Citation(law: law, article: article, paragraph: paragraph)]) }
        return .citations(letters.map { Citation(law: law, article: article, paragraph: paragraph, letter: $0) })
    }

    private static let ordinals: [String: Int] = [
        "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
        "negende": 9, "tiende": 10,
    ]

    /// "1e", "2de", "1ste".
    private static func suffixOrdinal(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isNumber }
        guard !digits.isEmpty, ["e", "de", "ste"].contains(String(word.dropFirst(digits.count))) else { return nil }
        return Int(digits)
    }

    /// "7", "30a", "5.1.1", "7.1.2.1", "9:1" (Awb).
    static func isArticleNumber(_ text: String) -> Bool {
        guard let first = text.first, first.isNumber, text.count <= 12 else { return false }
        return text.allSatisfy { $0.isNumber || $0 == "." || $0 == ":" || ("a"..."z").contains($0) }
            && !text.contains("..")
    }

    /// One letter a–z.
    static func isLetter(_ text: String) -> Bool { text.count == 1 && ("a"..."z").contains(text) }
}
