/// Whole numbers with their thousands grouped, the one way the project writes large counts:
/// 12000 → "12,000" (English, the terminal) or "12.000" (Dutch reports).
public enum DigitGrouping {
    /// `value` with `separator` between each group of three digits; a minus sign stays in front.
    public static func grouped(_ value: Int, separator: Character = ",") -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// `value` as a text in `language` writes it: "10.000" in Dutch, "10,000" in English.
    public static func grouped(_ value: Int, in language: ReportLanguage) -> String {
        grouped(value, separator: language == .nl ? "." : ",")
    }
}
