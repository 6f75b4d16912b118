/// The art. 36 AVG verdict: must the Autoriteit Persoonsgegevens be consulted before processing starts?
///
/// It follows from the residual risks after the planned measures (``Conclusions``):
/// - ``required``: a high residual risk is accepted;
/// - ``toBeDecided``: a high residual risk remains that nobody has accepted or lowered yet
///   (no measure, or measures that do not say they lower it);
/// - ``notRequired``: no high residual risk remains.
public enum PriorConsultation: String, Sendable, Hashable, Codable, CaseIterable {
    case required
    case toBeDecided = "to-be-decided"
    case notRequired = "not-required"
}
