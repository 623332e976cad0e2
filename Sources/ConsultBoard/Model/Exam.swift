import Foundation

/// A recorded ISNCSCI examination.
///
/// The exam is kept in the flat notation of the ISNCSCI conformance file (`c5RightMotor`, `analContraction`,
/// `rightLowestNonKeyMuscleWithMotorFunction`, values such as `4`, `NT`, `3*`), exactly as examined; its
/// classification is derived when needed (see `Clinical/ISNCSCI`), never stored.
public struct ExamRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var examinedBy: String
    public var at: Date
    public var values: [String: String]
    public init(id: RecordID, examinedBy: String, at: Date, values: [String: String]) {
        self.id = id
        self.examinedBy = examinedBy
        self.at = at
        self.values = values
    }
}

/// A clinician's acknowledgement of a safety alert, with the reason (kept in the audit trail).
public struct AlertAcknowledgement: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    /// The alert's stable key (rule id and the records that triggered it), see `Alert.key`.
    public var alertKey: String
    public var by: String
    public var at: Date
    public var reason: String
    public init(id: RecordID, alertKey: String, by: String, at: Date, reason: String) {
        self.id = id
        self.alertKey = alertKey
        self.by = by
        self.at = at
        self.reason = reason
    }
}
