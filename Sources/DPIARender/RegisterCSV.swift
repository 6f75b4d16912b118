import DPIAModel

/// The register as CSV: one row per processing activity, the art. 30 lid 1 fields as columns.
///
/// Semicolon-separated with a UTF-8 byte order mark and CRLF line ends, so that Excel with Dutch
/// settings opens it in columns with the accents intact; fields are quoted as RFC 4180 says and
/// guarded against formulas (``CSVWriter``).
public enum RegisterCSV {
    /// The rows as a spreadsheet in the register's language, its column names from `words` (the
    /// catalogue of a ``TemplateSet``; without it, dpia's own).
    public static func render(_ register: RegisterViewModel, words: [String: String]? = nil) -> String {
        let labels = Labels(language: ReportLanguage(rawValue: register.language) ?? .nl, words: words)
        let columns = register.isInternal ? columnKeys : Array(columnKeys.prefix(publicColumns))
        let header = columns.map { labels.text($0) }
        var rows = [header]
        for activity in register.activities {
            var row = [
                activity.number, activity.id, activity.title, activity.version, activity.status, activity.controller,
                activity.hasJointControllers ? activity.jointControllers : "",
                activity.purposes.map(\.name).joined(separator: "; "),
                activity.purposes.map { "\($0.name): \($0.basis) (\($0.article))" }.joined(separator: "; "),
                activity.subjectsText, activity.dataText, activity.hasSpecialData ? activity.specialData : "",
                activity.recipientsText, activity.transfersText, activity.retentionText, activity.securityText,
                activity.hasProcessors ? activity.processors : "",
            ]
            if register.isInternal {
                row += [
                    activity.representative, activity.dpo, activity.owner, activity.verdict, activity.riskCount,
                    activity.highResidualCount, activity.openMeasureCount,
                ]
            }
            rows.append(row)
        }
        return writer.document(rows)
    }

    /// The catalogue keys of the column names (`csv.purposes`), in order; the first ``publicColumns``
    /// are the art. 30 lid 1 fields, the rest only in the internal register.
    static let columnKeys = [
        "number", "id", "activity", "version", "status", "controller", "joint_controllers", "purposes",
        "legal_bases", "subjects", "data", "special_data", "recipients", "transfers", "retention",
        "security", "processors", "representative", "dpo", "owner", "pre_scan", "risks",
        "high_residual", "open_measures",
    ].map { "csv." + $0 }
    static let publicColumns = 17

    /// Semicolons, CRLF and a byte order mark: what Excel with Dutch settings expects.
    public static let writer = CSVWriter(separator: ";", lineEnd: "\r\n", byteOrderMark: true)
}
