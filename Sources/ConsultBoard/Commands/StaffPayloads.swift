import Foundation

// The payloads of the roster commands (`staff.add`, `staff.set`, `staff.policy`) and of a note's cosignature
// (`note.cosign`). Like every command they go through `Board.apply`, so the roster is in the journal and every
// change to it is checked (only admins change it) and signed like any other.

/// Adds a person or a feed to the ward roster. The first entry of a board becomes its admin.
public struct AddStaff: Codable, Sendable, Equatable {
    public var member: StaffMember
    public init(member: StaffMember) { self.member = member }
}

/// Changes a roster entry, found by its display name. `nil` leaves a field as it is.
public struct SetStaff: Codable, Sendable, Equatable {
    public var name: String
    public var login: String?
    public var role: StaffRole?
    public var service: Service?
    public var admin: Bool?
    public var publicKey: String?
    public init(
        name: String, login: String? = nil, role: StaffRole? = nil, service: Service? = nil, admin: Bool? = nil,
        publicKey: String? = nil
    ) {
        self.name = name
        self.login = login
        self.role = role
        self.service = service
        self.admin = admin
        self.publicKey = publicKey
    }
}

/// Changes the board's identity settings (`RosterPolicy`). `nil` leaves a setting as it is.
public struct SetRosterPolicy: Codable, Sendable, Equatable {
    public var requireSignatures: Bool?
    public var syslog: Bool?
    public init(requireSignatures: Bool? = nil, syslog: Bool? = nil) {
        self.requireSignatures = requireSignatures
        self.syslog = syslog
    }
}

/// An attending's cosignature of a note that awaits one (上级医师审签).
public struct CosignNote: Codable, Sendable, Equatable {
    public var noteID: RecordID
    public var expectedRevision: Int?
    public init(noteID: RecordID, expectedRevision: Int? = nil) {
        self.noteID = noteID
        self.expectedRevision = expectedRevision
    }
}
