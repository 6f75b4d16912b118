/// The register as CSV: one row per processing activity, the art. 30 lid 1 fields as columns.
///
/// Semicolon-separated with a UTF-8 byte order mark and CRLF line ends, so that Excel with Dutch
/// settings opens it in columns with the accents intact; fields are quoted as RFC 4180 says and
/// guarded against formulas (``CSVWriter``).
public enum RegisterCSV {
    public static func render(_ register: RegisterViewModel) -> String {
        let nl = register.language == "nl"
        var header = nl
            ? ["Nr.", "Identificatie", "Verwerkingsactiviteit", "Versie", "Status", "Verwerkingsverantwoordelijke",
               "Gezamenlijk verwerkingsverantwoordelijken", "Doeleinden", "Grondslagen", "Categorieën betrokkenen",
               "Categorieën persoonsgegevens", "Bijzondere persoonsgegevens", "Ontvangers", "Doorgifte buiten de EER",
               "Bewaartermijnen", "Beveiligingsmaatregelen", "Verwerkers"]
            : ["No.", "Identifier", "Processing activity", "Version", "Status", "Controller", "Joint controllers",
               "Purposes", "Legal bases", "Categories of data subjects", "Categories of personal data",
               "Special categories", "Recipients", "Transfers outside the EEA", "Retention periods",
               "Security measures", "Processors"]
        if register.isInternal {
            header += nl
                ? ["Vertegenwoordiger", "Functionaris gegevensbescherming", "Proceseigenaar", "DPIA-prescan",
                   "Risico's", "Hoog restrisico", "Openstaande maatregelen"]
                : ["Representative", "Data protection officer", "Process owner", "DPIA pre-scan", "Risks",
                   "High residual risk", "Open measures"]
        }
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
                row += [activity.representative, activity.dpo, activity.owner, activity.verdict, activity.riskCount,
                        activity.highResidualCount, activity.openMeasureCount]
            }
            rows.append(row)
        }
        return writer.document(rows)
    }

    /// Semicolons, CRLF and a byte order mark: what Excel with Dutch settings expects.
    public static let writer = CSVWriter(separator: ";", lineEnd: "\r\n", byteOrderMark: true)
}
