import DPIARegister

/// The register's errors in the run's language: Dutch words for the ones people meet while working
/// (an unknown activity, measure, version or user, no register yet); the others as the register words them.
extension RegisterError {
    func description(_ words: Words) -> String {
        guard words.language == .nl else { return description }
        switch self {
        case .missingRegister(let path):
            return "\(path): hier is nog geen register. Leg de specs eerst vast met `dpia record <map>`, "
                + "of wijs met --db een bestaand register aan."
        case .unknownActivity(let id, let known):
            let list = known.isEmpty ? "het register bevat nog geen verwerkingen" : "bekende verwerkingen: " + known.joined(separator: ", ")
            return "Geen verwerking '\(id)' in het register (\(list))."
        case .unknownMeasure(let id, let activity, let suggestions):
            let scope = activity.map { "verwerking '\($0)'" } ?? "een vastgelegde verwerking"
            let hint = suggestions.isEmpty ? "" : " Bedoelt u \(suggestions.map { "'\($0)'" }.joined(separator: " of "))?"
            return "Geen maatregel '\(id)' in \(scope).\(hint) `dpia actions list` toont alle maatregelen; "
                + "leg de spec eerst vast (`dpia record`) als de maatregel nieuw is."
        case .ambiguousMeasure(let id, let activities):
            return "Maatregel '\(id)' komt voor in meerdere verwerkingen: \(activities.joined(separator: ", ")). "
                + "Kies er een met --activity, bijvoorbeeld --activity \(activities[0])."
        case .restoreTargetNotEmpty(let path):
            return "\(path): dit register bevat al gegevens; restore schrijft alleen in een nieuw, leeg register. "
                + "Kies een nieuw bestand met --db."
        default:
            return description
        }
    }
}

extension UserError {
    func description(_ words: Words) -> String {
        guard words.language == .nl else { return description }
        switch self {
        case .invalidName(let name):
            return "'\(name)' kan geen gebruikersnaam zijn: gebruik 1 tot 64 kleine letters, cijfers, '.', '_' of '-' "
                + "(bijvoorbeeld j.devries)."
        case .duplicateName(let name):
            return
                "Er is al een gebruiker '\(name)'. Kies een andere naam, of verwijder die gebruiker eerst met `dpia users remove \(name)`."
        case .unknownUser(let name, let known):
            let list =
                known.isEmpty
                ? "het register heeft nog geen gebruikers; voeg er een toe met `dpia users add`"
                : "gebruikers: " + known.joined(separator: ", ")
            return "Geen gebruiker '\(name)' in het register (\(list))."
        case .invalidHash:
            return description
        }
    }
}
