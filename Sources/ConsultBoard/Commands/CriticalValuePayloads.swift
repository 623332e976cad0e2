import Foundation

// The steps of the critical-value loop (see `CriticalValueTask`), each naming the lab value it is about. A step's
// time is when it happened (`at`, the time of the change when not given): the call may be entered after it.

/// The call was taken: who reported the value, and that it was read back (the receiver signs the change).
public struct ReceiveCriticalValue: Codable, Sendable, Equatable {
    public var labID: RecordID
    public var reportedBy: String
    public var readBack: Bool
    public var at: Date?
    public init(labID: RecordID, reportedBy: String, readBack: Bool, at: Date? = nil) {
        self.labID = labID
        self.reportedBy = reportedBy
        self.readBack = readBack
        self.at = at
    }
}

/// The responsible doctor was told.
public struct NotifyCriticalValue: Codable, Sendable, Equatable {
    public var labID: RecordID
    public var doctor: String
    public var at: Date?
    public init(labID: RecordID, doctor: String, at: Date? = nil) {
        self.labID = labID
        self.doctor = doctor
        self.at = at
    }
}

/// What was done about it: closes the loop.
public struct CloseCriticalValue: Codable, Sendable, Equatable {
    public var labID: RecordID
    public var action: String
    public var at: Date?
    public init(labID: RecordID, action: String, at: Date? = nil) {
        self.labID = labID
        self.action = action
        self.at = at
    }
}
