import Foundation

/// The register as JSON, with the field names of the VNG Realisatie register API (VAR) where one
/// exists (`naam`, `verantwoordelijkeOrganisatie`, `doel`, `grondslag`, `toelichtingGrondslag`,
/// `bewaartermijn`, `herkomst`, `afnemendeCategorieOntvangers`, `afnemendeInternationaleDerden`,
/// `verwerktePersoonsgegevens[{rolBetrokkene, naam}]`) and Dutch names in the same style for the
/// other art. 30 fields. Keys are sorted, so that the output is byte-identical for the same input.
public enum RegisterJSON {
    struct Document: Encodable {
        var register: Header
        var verwerkingsactiviteiten: [Entry]
        var verwerkers: [ProcessorEntry]
    }

    struct Header: Encodable {
        var organisatie: String
        var openbaar: Bool
        var datum: String?
        var taal: String
    }

    struct Entry: Encodable {
        struct Personal: Encodable { var rolBetrokkene: String; var naam: String; var categorie: String }
        struct Purpose: Encodable { var naam: String; var grondslag: String; var artikel: String; var wettelijkeTaak: [String] }
        struct Retention: Encodable { var gegevens: String; var termijn: String; var iso8601: String?; var bron: String }
        struct Contacts: Encodable {
            var vertegenwoordiger: String?
            var functionarisGegevensbescherming: String?
            var proceseigenaar: String?
        }
        struct DPIA: Encodable {
            var prescan: String
            var risicos: Int
            var hoogRestrisico: Int
            var openstaandeMaatregelen: Int
        }

        var identificatie: String
        var naam: String
        var versie: String
        var status: String
        var omschrijving: String?
        var verantwoordelijkeOrganisatie: String
        var gezamenlijkVerantwoordelijken: [String]
        var contactgegevens: Contacts?
        var doel: [String]
        var doelen: [Purpose]
        var grondslag: [String]
        var toelichtingGrondslag: String
        var betrokkenen: [String]
        var verwerktePersoonsgegevens: [Personal]
        var bijzonderePersoonsgegevens: Bool
        var herkomst: String
        var afnemendeCategorieOntvangers: [String]
        var afnemendeInternationaleDerden: [String]
        var bewaartermijn: [Retention]
        var beveiligingsmaatregelen: [String]
        var verwerkers: String?
        var dpia: DPIA?
    }

    struct ProcessorEntry: Encodable {
        var naam: String
        var rol: String
        var namensVerantwoordelijken: String
        var verwerkingsactiviteiten: String
        var verwerkersovereenkomst: String
        var locatie: String
        var certificeringen: String
        var doorgifte: String
    }

    public static func render(_ register: RegisterViewModel) throws -> String {
        let document = Document(
            register: Header(
                organisatie: register.organisation, openbaar: register.isPublic,
                datum: register.hasDate ? register.isoDate : nil, taal: register.language),
            verwerkingsactiviteiten: register.activities.map { entry($0, isInternal: register.isInternal) },
            verwerkers: register.processors.map {
                ProcessorEntry(
                    naam: $0.name, rol: $0.role, namensVerantwoordelijken: $0.controllers,
                    verwerkingsactiviteiten: $0.activities, verwerkersovereenkomst: $0.agreement,
                    locatie: $0.location, certificeringen: $0.certifications, doorgifte: $0.transfers)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }

    static func entry(_ activity: RegisterViewModel.Activity, isInternal: Bool) -> Entry {
        func optional(_ value: String, _ present: Bool) -> String? { present ? value : nil }
        return Entry(
            identificatie: activity.id, naam: activity.title, versie: activity.version, status: activity.status,
            omschrijving: optional(activity.summary, activity.hasSummary),
            verantwoordelijkeOrganisatie: activity.controller,
            gezamenlijkVerantwoordelijken: activity.hasJointControllers ? [activity.jointControllers] : [],
            contactgegevens: isInternal
                ? Entry.Contacts(
                    vertegenwoordiger: optional(activity.representative, activity.hasRepresentative),
                    functionarisGegevensbescherming: optional(activity.dpo, activity.hasDPO),
                    proceseigenaar: optional(activity.owner, activity.hasOwner)) : nil,
            doel: activity.purposes.map(\.name),
            doelen: activity.purposes.map {
                Entry.Purpose(
                    naam: $0.name, grondslag: $0.vngBasis.isEmpty ? $0.basis : $0.vngBasis, artikel: $0.article,
                    wettelijkeTaak: $0.hasLaw ? [$0.law] : [])
            },
            grondslag: activity.purposes.map { $0.vngBasis.isEmpty ? $0.basis : $0.vngBasis }.uniqued(),
            toelichtingGrondslag: activity.purposes.filter(\.hasLaw).map(\.law).uniqued().joined(separator: "; "),
            betrokkenen: activity.subjects,
            verwerktePersoonsgegevens: activity.dataCategories.map {
                Entry.Personal(rolBetrokkene: $0.subject, naam: $0.data, categorie: $0.classKey)
            },
            bijzonderePersoonsgegevens: activity.hasSpecialData, herkomst: activity.sources,
            afnemendeCategorieOntvangers: activity.recipients, afnemendeInternationaleDerden: activity.transfers,
            bewaartermijn: activity.retention.map {
                Entry.Retention(
                    gegevens: $0.data, termijn: $0.period, iso8601: $0.isoPeriod.isEmpty ? nil : $0.isoPeriod,
                    bron: $0.source)
            },
            beveiligingsmaatregelen: activity.security, verwerkers: optional(activity.processors, activity.hasProcessors),
            dpia: isInternal
                ? Entry.DPIA(
                    prescan: activity.verdictKey, risicos: Int(activity.riskCount) ?? 0,
                    hoogRestrisico: Int(activity.highResidualCount) ?? 0,
                    openstaandeMaatregelen: Int(activity.openMeasureCount) ?? 0) : nil)
    }
}
