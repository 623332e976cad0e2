import Foundation

/// The closed loop of one critical value (危急值): who phoned it, who took the call and read it back, which
/// doctor was told, and what was done, each with its time.
///
/// Chinese hospitals must run this loop for every critical value (危急值报告制度, one of the 18 core rules of
/// 医疗质量安全核心制度要点, National Health Commission 2018): the receiver reads the value back to the caller,
/// records it, tells the responsible doctor at once, and the doctor acts and records the action. The task is
/// keyed by the lab value it is about (one task a value); while it is not closed it stays on the board's header
/// and the patient's Overview (see `CriticalValueLoop`).
public struct CriticalValueTask: Codable, Sendable, Equatable {
    /// The lab value (`L-12`).
    public var labID: RecordID
    /// Who reported it (the laboratory's caller, "lab: 李工").
    public var reportedBy: String
    /// Who took the call (the signed-in author of `critical receive`).
    public var receivedBy: String
    public var receivedAt: Date
    /// The receiver read the value back to the caller and the caller confirmed it (required to record receipt).
    public var readBack: Bool
    /// The doctor told of it, and when.
    public var doctorNotified: String?
    public var notifiedAt: Date?
    public var notifiedBy: String?
    /// What was done about it (closes the loop), by whom and when.
    public var action: String?
    public var actionBy: String?
    public var actionAt: Date?

    public init(labID: RecordID, reportedBy: String, receivedBy: String, receivedAt: Date, readBack: Bool) {
        self.labID = labID
        self.reportedBy = reportedBy
        self.receivedBy = receivedBy
        self.receivedAt = receivedAt
        self.readBack = readBack
    }

    public var isClosed: Bool { actionAt != nil }
}

extension PatientRecord {
    /// The critical-value tasks recorded for this patient (stored only once there is one, so older boards read as
    /// they are).
    public var criticalTasks: [CriticalValueTask] { criticalValues ?? [] }
}
