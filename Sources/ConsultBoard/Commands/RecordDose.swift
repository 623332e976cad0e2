import Foundation

/// One entry of the medication administration record: a dose of a medication order given, held, refused or
/// missed (see `DoseAdministration`).
public struct RecordDose: Codable, Sendable, Equatable {
    public var orderID: RecordID
    public var outcome: DoseOutcome
    /// When it happened; the time of the change when not given.
    public var at: Date?
    /// When it was due, if known (a dose given over an hour after is shown late).
    public var due: Date?
    public var reason: String?
    public init(orderID: RecordID, outcome: DoseOutcome, at: Date? = nil, due: Date? = nil, reason: String? = nil) {
        self.orderID = orderID
        self.outcome = outcome
        self.at = at
        self.due = due
        self.reason = reason
    }
}
