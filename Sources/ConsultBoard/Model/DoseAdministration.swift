import Foundation

/// What happened to one dose of a medication order.
public enum DoseOutcome: String, Vocabulary {
    /// Given to the patient.
    case given
    /// Deliberately not given (held by the team: "platelets 45", "nil by mouth for theatre").
    case held
    /// The patient declined it.
    case refused
    /// Not given and not deliberately held (unavailable, forgotten, off the ward).
    case missed
}

/// One entry of the medication administration record: a dose of an order given, held, refused or missed.
///
/// A dose given more than `DoseAdministration.lateAfter` after the time it was due is late: recorded as given,
/// shown as late (the due time is what the nurse enters with `--due`).
public struct DoseAdministration: Codable, Sendable, Equatable {
    public var outcome: DoseOutcome
    /// When it was given (or held, refused, found missed).
    public var at: Date
    /// When it was due, if the nurse recorded the scheduled time.
    public var due: Date?
    /// Why it was held, refused or missed (required for those); a note for a given dose.
    public var reason: String?
    public var by: String
    public var recordedAt: Date

    public init(outcome: DoseOutcome, at: Date, due: Date? = nil, reason: String? = nil, by: String, recordedAt: Date) {
        self.outcome = outcome
        self.at = at
        self.due = due
        self.reason = reason
        self.by = by
        self.recordedAt = recordedAt
    }

    /// How late a dose may be given before it counts as late: an hour, the usual window either side of the due
    /// time (ISMP Acute Care Guidelines for Timely Administration of Scheduled Medications, 2011: within 1 hour
    /// for time-critical and most scheduled drugs).
    public static let lateAfter: TimeInterval = 3600

    /// Given, more than an hour after it was due.
    public var isLate: Bool {
        guard outcome == .given, let due else { return false }
        return at.timeIntervalSince(due) > Self.lateAfter
    }
}

extension Order {
    /// The medication administration record of this order, in the order recorded.
    public var doses: [DoseAdministration] { administrations ?? [] }
}
