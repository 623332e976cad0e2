import Foundation

/// The receiver's acknowledgement of a handoff (接班): who took the patient over, from whom (交班), and when.
/// The next handoff's "events since the last handoff" start here.
public struct HandoverAcknowledgement: Codable, Sendable, Equatable {
    /// The one who handed over, when the receiver names them.
    public var from: String?
    /// The receiver (the author of the change).
    public var by: String
    public var at: Date

    public init(from: String?, by: String, at: Date) {
        self.from = from
        self.by = by
        self.at = at
    }

    /// "交班 dr.wang → 接班 dr.li".
    public var summary: String {
        (from.map { "交班 \($0) → " } ?? "") + "接班 \(by)"
    }
}

extension PatientRecord {
    /// The latest acknowledged handover of this patient.
    public var lastHandover: HandoverAcknowledgement? { handovers?.last }
}
