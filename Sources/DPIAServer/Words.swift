import DPIAAnalysis
import DPIAModel
import DPIARegister

/// The Dutch words the web pages use for values of the register.
enum Words {
    static func status(_ status: ActivityStatus?) -> String {
        switch status {
        case .draft: "concept"
        case .inReview: "in review"
        case .adopted: "vastgesteld"
        case .retired: "beëindigd"
        case nil: "onbekend"
        }
    }

    static func verdict(_ verdict: PreScanVerdict) -> String {
        switch verdict {
        case .mandatory: "DPIA verplicht"
        case .recommended: "DPIA aanbevolen"
        case .notRequired: "DPIA niet nodig"
        }
    }

    static func measureStatus(_ status: MeasureStatus) -> String {
        switch status {
        case .planned: "gepland"
        case .inProgress: "in uitvoering"
        case .done: "gereed"
        case .dropped: "vervallen"
        }
    }

    static func decision(_ decision: Decision) -> String {
        switch decision {
        case .mitigate: "beperken"
        case .accept: "accepteren"
        case .avoid: "vermijden"
        case .transfer: "overdragen"
        }
    }

    static func role(_ role: UserRole) -> String { role.name(in: .nl) }
}
