import ArgumentParser
import DPIADiff
import DPIAModel

/// `--fail-on high|medium|low` (Dutch `hoog|midden|laag` too).
extension Level: ExpressibleByArgument {
    public init?(argument: String) { self.init(spelling: argument.lowercased()) }
    public static var allValueStrings: [String] { allowedValues }
}

/// `--lang nl|en`.
extension ReportLanguage: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var allValueStrings: [String] { allowedValues }
}

/// `dpia diff --format text|markdown|html|json`.
extension DiffFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
