import DPIAModel

extension ReportViewModel {
    /// The risk map: likelihood × impact, 3 × 3, each cell with the matrix level and the numbers of
    /// the risks in it; a risk whose level drops after the planned measures shows where it goes
    /// ("R4 → laag"). Positions are given for an inline SVG (cells of 150 × 84, rows from high to
    /// low likelihood), and the same cells make a Markdown table.
    public struct RiskMap: Sendable, Codable {
        public struct Line: Sendable, Codable {
            public var text: String
            public var y: String
        }

        public struct Cell: Sendable, Codable {
            public var levelKey: String
            public var risks: String
            public var hasRisks: Bool
            public var lines: [Line]
            public var x: String
            public var y: String
            public var textX: String
        }

        public struct Row: Sendable, Codable {
            public var likelihood: String
            public var labelY: String
            public var cells: [Cell]
        }

        public var rows: [Row]
        /// Impact low, medium, high, with the x of their labels.
        public var impacts: [Line]

        static let levels: [Level] = [.low, .medium, .high]

        init(_ context: BuildContext, risks: Risks) {
            let labels = context.labels
            var numbers: [Level: [Level: [String]]] = [:]
            for (offset, position) in risks.positions.enumerated() {
                let levels = context.conclusions.groups[offset].levels
                var text = risks.rows[offset].number
                if levels.expected != levels.before { text += " → " + labels.level(levels.expected).lowercased() }
                numbers[position.likelihood, default: [:]][position.impact, default: []].append(text)
            }
            let cellWidth = 150, cellHeight = 84, left = 90, top = 8
            rows = Self.levels.reversed().enumerated().map { row, likelihood in
                let y = top + row * cellHeight
                let cells = Self.levels.enumerated().map { column, impact in
                    let x = left + column * cellWidth
                    let inCell = numbers[likelihood]?[impact] ?? []
                    // Three risks a line, five lines at most.
                    var lines: [String] = stride(from: 0, to: inCell.count, by: 3).map {
                        inCell[$0..<min($0 + 3, inCell.count)].joined(separator: ", ")
                    }
                    if lines.count > 5 { lines = Array(lines.prefix(4)) + ["…"] }
                    return Cell(
                        levelKey: Level.risk(likelihood: likelihood, impact: impact).rawValue,
                        risks: inCell.isEmpty ? labels.notStated : inCell.joined(separator: ", "), hasRisks: !inCell.isEmpty,
                        lines: lines.enumerated().map { Line(text: $1, y: String(y + 18 + $0 * 14)) },
                        x: String(x), y: String(y), textX: String(x + 8))
                }
                return Row(likelihood: labels.level(likelihood), labelY: String(y + cellHeight / 2 + 4), cells: cells)
            }
            impacts = Self.levels.enumerated().map { column, impact in
                Line(text: labels.level(impact), y: String(left + column * cellWidth + cellWidth / 2))
            }
        }
    }
}
