import Foundation

// The commands of what a receiver needs at handover (I-PASS): the code status, the lines and drains in, the key
// contacts, and the receiver's acknowledgement of the handoff (交班/接班).

/// Records the patient's code status (the latest one is current).
public struct SetCodeStatus: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var status: ResuscitationStatus
    public var note: String?
    public init(mrn: MRN, status: ResuscitationStatus, note: String? = nil) {
        self.mrn = mrn
        self.status = status
        self.note = note
    }
}

/// Records a line, drain, catheter or tube put in (`insertedAt`: when it went in, not when it is recorded).
public struct AddDevice: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var kind: DeviceKind
    public var site: String
    public var insertedAt: Date
    public init(mrn: MRN, kind: DeviceKind, site: String, insertedAt: Date) {
        self.mrn = mrn
        self.kind = kind
        self.site = site
        self.insertedAt = insertedAt
    }
}

/// Records that a device came out (`at`: when; the time of the change when not given).
public struct RemoveDevice: Codable, Sendable, Equatable {
    public var deviceID: RecordID
    public var reason: String?
    public var at: Date?
    public init(deviceID: RecordID, reason: String? = nil, at: Date? = nil) {
        self.deviceID = deviceID
        self.reason = reason
        self.at = at
    }
}

/// Adds a key contact.
public struct AddContact: Codable, Sendable, Equatable {
    public var mrn: MRN
    public var role: ContactRole
    public var name: String
    public var relation: String?
    public var phone: String?
    public init(mrn: MRN, role: ContactRole, name: String, relation: String? = nil, phone: String? = nil) {
        self.mrn = mrn
        self.role = role
        self.name = name
        self.relation = relation
        self.phone = phone
    }
}

/// The receiver acknowledges the handoff of one patient (the CLI sends one per patient, in one batch).
public struct AcknowledgeHandoff: Codable, Sendable, Equatable {
    public var mrn: MRN
    /// Who handed over (交班), when named.
    public var from: String?
    public init(mrn: MRN, from: String? = nil) {
        self.mrn = mrn
        self.from = from
    }
}
