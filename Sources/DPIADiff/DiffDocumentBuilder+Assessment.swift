import DPIAAnalysis
import DPIAModel
import DPIARender

/// The lines of the assessment: pre-scan criteria and findings with their treatment.
extension DiffDocumentBuilder {
    func preScan(_ change: PreScanChange) -> [Line] {
        var lines: [Line] = []
        if change.verdictChanged {
            lines.append(
                Line(
                    tone: .attention,
                    pieces: [
                        .words(pick("Uitkomst: ", "Outcome: ")),
                        .words(labels.verdict(change.oldVerdict)), .words(" → "), .words(labels.verdict(change.newVerdict)),
                    ],
                    location: nil))
        }
        lines += change.nowApplying.map { criterion in
            Line(
                tone: .widening,
                pieces: [
                    .words(pick("Criterium geldt nu: ", "Criterion now applies: ")),
                    .quote(criterion.title[labels.language]),
                ],
                location: nil, details: reason(criterion))
        }
        lines += change.noLongerApplying.map { criterion in
            Line(
                tone: .narrowing,
                pieces: [
                    .words(pick("Criterium geldt niet meer: ", "Criterion no longer applies: ")),
                    .quote(criterion.title[labels.language]),
                ], location: nil)
        }
        return lines
    }

    func reason(_ criterion: PreScanCriterion) -> [[Piece]] {
        let text = criterion.reason[labels.language]
        return text.isEmpty ? [] : [[.quote(text)]]
    }

    /// A finding by its title and the entry it is about ("bij rol Werkgever ..."), not by its id.
    func finding(_ change: FindingChange) -> Line {
        var title: [Piece] = [.quote(change.title[labels.language])]
        let about = findingSubject(change.id)
        if !about.isEmpty { title += [.words(pick(" — ", " — "))] + about }
        switch change.kind {
        case .appeared:
            let state = change.new ?? change.old
            var details: [[Piece]] = []
            let message = change.message[labels.language]
            if !message.isEmpty { details.append([.quote(message)]) }
            if let state { details.append(treatment(state)) }
            return Line(
                tone: state?.addressed == true ? .added : .attention,
                pieces: [.words(pick("Nieuw", "New") + " [\(labels.level(state?.level ?? .low))]: ")] + title,
                location: place(change.location, old: false), details: details)
        case .resolved:
            return Line(
                tone: .resolved,
                pieces: [.words(pick("Opgelost", "Resolved") + " [\(labels.level(change.old?.level ?? .low))]: ")]
                    + title, location: place(change.location, old: true))
        case .changed:
            var details: [[Piece]] = []
            var tone = DiffDocument.Tone.changed
            if let old = change.old, let new = change.new {
                if old.level != new.level {
                    details.append([
                        .words(
                            pick("risiconiveau: ", "risk level: ") + labels.level(old.level) + " → "
                                + labels.level(new.level))
                    ])
                    tone = new.level > old.level ? .widening : .narrowing
                }
                if old.addressed != new.addressed || old.decision != new.decision || old.residual != new.residual {
                    details.append([.words(pick("was: ", "was: "))] + treatment(old))
                    details.append([.words(pick("nu: ", "now: "))] + treatment(new))
                }
                // A measure that now addresses it narrows; one that no longer does widens (a risk rising wins).
                if tone == .changed, old.addressed != new.addressed { tone = new.addressed ? .narrowing : .widening }
            }
            return Line(
                tone: tone, pieces: [.words(pick("Gewijzigd: ", "Changed: "))] + title,
                location: place(change.location, old: false), details: details)
        }
    }

    /// The entry a finding id (`rule@section/id/...`) is about, by name; empty when it names none.
    func findingSubject(_ id: String) -> [Piece] {
        guard let at = id.firstIndex(of: "@") else { return [] }
        let parts = id[id.index(after: at)...].split(separator: "/").map(String.init)
        guard parts.count >= 2, let section = DiffSection(rawValue: parts[0]), section != .general else { return [] }
        guard labels.noun(section).isEmpty else { return entryPieces(section, parts[1]) }
        // A section without entries: "Beveiliging — maatregelen: Versleuteling van opgeslagen gegevens".
        var pieces: [Piece] = [.words(labels.heading(section).lowercased() + ", " + labels.field(parts[1], in: section))]
        if parts.count >= 3 {
            pieces += [.words(": "), element(parts[2], FieldDescriptions.meaning(of: parts[1], in: section))]
        }
        return pieces
    }

    /// What the plan does about a finding, in words.
    func treatment(_ state: FindingState) -> [Piece] {
        guard state.addressed else {
            return [.words(pick("nog geen maatregel", "no measure yet"))]
        }
        var pieces: [Piece] = [.words(pick("maatregel ", "measure "))] + names(state.measures, .measures)
        if let decision = state.decision { pieces.append(.words(" (\(labels.decision(decision)))")) }
        pieces.append(.words(pick(", restrisico ", ", residual risk ") + labels.level(state.residual)))
        return pieces
    }
}
