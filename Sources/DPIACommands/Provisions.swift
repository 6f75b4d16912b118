import ArgumentParser
import DPIAModel
import DPIASpec
import Foundation

/// `dpia provisions`: the catalogue of provisions, or one provision with what it allows.
struct Provisions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provisions",
        abstract: "List the provisions the analyser reasons on, or explain one.",
        discussion: """
            Without an id: one line per provision with its id, citation and title. \
            With an id (pw-65-1-c) or a citation ("Participatiewet art. 65 lid 1 onder c"): what the provision \
            does for the analyser, for whom, what it allows and its limits, and its source. \
            The catalogue is Provisions/provisions.yaml, built into dpia; --provisions FILE adds to it.

            Exit codes:
              0  printed
              2  unknown provision (with suggestions), a catalogue file with errors, or a
                 wrong option
            """
    )

    @Option(name: .customLong("lang"), help: "Language: nl or en.")
    var language: ReportLanguage = .nl

    @OptionGroup var options: ProvisionOptions

    @Argument(help: "The id or citation of a provision, for example pw-65-1-c.")
    var id: String?

    func run() throws {
        let catalogue = try options.catalogue()
        guard let id else {
            print(ProvisionCatalogueText.list(catalogue, language))
            return
        }
        let resolution = catalogue.resolve(id)
        guard resolution.unresolved.isEmpty, !resolution.provisions.isEmpty else {
            let nl = language == .nl
            var message =
                nl ? "error: '\(id)' wijst geen bepaling uit de catalogus aan" : "error: '\(id)' names no provision of the catalogue"
            let suggestions = resolution.unresolved.flatMap(\.suggestions).map(\.id)
            if !suggestions.isEmpty {
                message += (nl ? "; bedoelt u " : "; did you mean ") + suggestions.prefix(5).joined(separator: ", ") + "?"
            }
            message += nl ? " (`dpia provisions` toont alle bepalingen)" : " (`dpia provisions` lists every provision)"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(ExitStatus.invalidInput)
        }
        print(
            resolution.provisions.map { ProvisionCatalogueText.explain($0, in: catalogue, language) }
                .joined(separator: "\n\n"))
    }
}

/// The text `dpia provisions` prints.
enum ProvisionCatalogueText {
    /// One line per provision: id, citation, title; aligned.
    static func list(_ catalogue: ProvisionCatalogue, _ language: ReportLanguage) -> String {
        let width = catalogue.provisions.map(\.id.count).max() ?? 0
        let citeWidth = catalogue.provisions.map { catalogue.cite($0).count }.max() ?? 0
        return catalogue.provisions.map { provision in
            let id = provision.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let cite = catalogue.cite(provision).padding(toLength: citeWidth, withPad: " ", startingAt: 0)
            return "\(id)  \(cite)  \(language == .nl ? provision.title : provision.titleEN)"
        }.joined(separator: "\n")
    }

    /// One provision: what it does, for whom, what it allows, its source.
    static func explain(_ provision: Provision, in catalogue: ProvisionCatalogue, _ language: ReportLanguage) -> String {
        let nl = language == .nl
        var lines = ["\(provision.id): \(catalogue.cite(provision))", "", nl ? provision.title : provision.titleEN, ""]
        lines.append("\(nl ? "Werking" : "Effect"): \(effect(provision, nl))")
        if !provision.parties.isEmpty {
            lines.append("\(nl ? "Voor" : "For"): \(provision.parties.map(\.rawValue).joined(separator: ", "))")
        }
        if !provision.recipients.isEmpty {
            lines.append("\(nl ? "Aan" : "To"): \(provision.recipients.map(\.rawValue).joined(separator: ", "))")
        }
        if !provision.domains.isEmpty {
            lines.append("\(nl ? "Domeinen" : "Domains"): \(provision.domains.joined(separator: ", "))")
        }
        if let to = provision.toDomain {
            lines.append("\(nl ? "Richting" : "Direction"): \(provision.fromDomains.joined(separator: ", ")) → \(to)")
        }
        if let scope = nl ? provision.scope : (provision.scopeEN ?? provision.scope) {
            lines.append("\(nl ? "Wat zij toestaat en haar grenzen" : "What it allows and its limits"): \(scope)")
        }
        lines.append("\(nl ? "Bron" : "Source"): \(provision.source); \(catalogue.law(id: provision.law)?.source ?? "")")
        if provision.verify {
            lines.append(
                nl
                    ? "Te verifiëren: de tekst is niet getoetst aan de geldende versie van de wet."
                    : "To verify: the text was not checked against the law as in force.")
        }
        lines.append("")
        lines.append(
            nl
                ? "In een spec: `\(provision.id)` of \"\(catalogue.cite(provision))\"."
                : "In a spec: `\(provision.id)` or \"\(catalogue.cite(provision))\".")
        return lines.joined(separator: "\n")
    }

    private static func effect(_ provision: Provision, _ nl: Bool) -> String {
        switch provision.effect {
        case .task: nl ? "een taak of bevoegdheid" : "a task or competence"
        case .disclosureDuty:
            nl
                ? "een plicht tot verstrekken (maakt uitzondering a op de geheimhouding van toepassing)"
                : "a duty to disclose (makes secrecy exception a apply)"
        case .secrecy: nl ? "een geheimhoudingsplicht" : "a duty of secrecy"
        case .secrecyException:
            nl
                ? "noemt uitzondering \(provision.exception?.rawValue ?? "") op de geheimhouding; de voorwaarde moet uit de feiten blijken"
                : "names secrecy exception \(provision.exception?.rawValue ?? ""); its condition must follow from the facts"
        case .exchangeDuty: nl ? "een plicht om gegevens uit te wisselen voor de taak" : "a duty to exchange data for the task"
        case .specialCategoryException:
            (nl ? "een uitzondering op het verbod van art. 9 AVG" : "an exception to the ban of art. 9 GDPR")
                + (provision.needsNationalLaw
                    ? (nl ? ", alleen met een bepaling van nationaal recht" : ", only with a provision of national law") : "")
                + (provision.consentBased ? (nl ? "; niet bij afhankelijkheid" : "; not in a dependency") : "")
        case .criminalDataException: nl ? "een grondslag voor strafrechtelijke gegevens" : "a basis for criminal data"
        case .nationalIDBasis: nl ? "een wet die het gebruik van het BSN voorschrijft" : "a law that prescribes use of the BSN"
        case .crossDomain:
            nl ? "domeinoverstijgend gebruik, alleen in de genoemde richting" : "cross-domain use, in the given direction only"
        case .lawfulBasis: nl ? "een grondslag van art. 6 lid 1 AVG" : "a lawful basis of art. 6(1) GDPR"
        case .restriction: nl ? "een beperking of voorwaarde; geen grondslag" : "a restriction or condition; no basis"
        case .other: nl ? "context; beslist geen voorwaarde" : "context; decides no condition"
        }
    }
}
