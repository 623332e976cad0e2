import Foundation

/// A person's (or a feed's) role on the ward, which decides what they may change (see `Board.checkPermission`).
public enum StaffRole: String, Vocabulary {
    case attending
    case resident
    case nurse
    /// A consultant of one service (`StaffMember.service`): moves that service's consults.
    case consultant
    case pharmacist
    /// Reads the board, changes nothing.
    case student
    /// A program that writes under its own name (a lab feed, an HL7 listener).
    case service
}

/// One entry of the ward roster: a display name in any script, the operating-system login allowed to sign as
/// it, the role, and the public key its changes are signed with.
public struct StaffMember: Codable, Sendable, Equatable {
    /// The name shown on every record (`--author`); unique on the roster.
    public var name: String
    /// The login (`OSUser.login`) whose processes may sign as `name`.
    public var login: String
    public var role: StaffRole
    /// For consultants: the service whose consults they answer.
    public var service: Service?
    /// Admins change the roster.
    public var admin: Bool
    /// The Ed25519 public key (base64 of its 32 bytes) this person signs with (`consult-board keys init`).
    public var publicKey: String?

    public init(name: String, login: String, role: StaffRole, service: Service? = nil, admin: Bool = false, publicKey: String? = nil) {
        self.name = name
        self.login = login
        self.role = role
        self.service = service
        self.admin = admin
        self.publicKey = publicKey
    }

    /// "陈医生 (attending, login chen)", for refusals and lists.
    public var described: String {
        let role = self.role == .consultant ? "consultant of \(service?.label ?? "no service")" : self.role.label
        return "\(Sanitizer.line(name)) (\(role)\(admin ? ", admin" : ""), login \(Sanitizer.line(login)))"
    }

    /// "attending", "consultant of neurology": the role as a refusal names it.
    public var roleText: String { role == .consultant ? "consultant of \(service?.label ?? "no service")" : role.label }
}

/// The board-wide identity settings an admin chooses.
public struct RosterPolicy: Codable, Sendable, Equatable {
    /// Every change must be signed by its writer's key (`validate` names unsigned entries as problems).
    public var requireSignatures: Bool
    /// Each write sends the journal's latest hash to the system log (`logger`), an outside record of the chain.
    public var syslog: Bool

    public init(requireSignatures: Bool = false, syslog: Bool = false) {
        self.requireSignatures = requireSignatures
        self.syslog = syslog
    }
}

/// The ward roster, kept in the board (changed only by `staff.*` commands, so it is in the journal like
/// everything else). A board with no roster keeps the single-user behaviour: any name may sign anything.
public struct Roster: Codable, Sendable, Equatable {
    /// In the order they were added.
    public var members: [StaffMember]
    public var policy: RosterPolicy

    public init(members: [StaffMember] = [], policy: RosterPolicy = RosterPolicy()) {
        self.members = members
        self.policy = policy
    }

    public var isEmpty: Bool { members.isEmpty }

    /// Whether there is anything to keep (people, or a policy other than the default): what the checkpoint and
    /// an export write down; a board without it is a no-roster board.
    public var isKept: Bool { !members.isEmpty || policy != RosterPolicy() }

    /// The entry for a display name (exact match: names are identities, not text to be guessed at).
    public func member(named name: String) -> StaffMember? { members.first { $0.name == name } }

    /// The entries a login may sign as.
    public func members(login: String) -> [StaffMember] { members.filter { $0.login == login } }

    /// What `validate` and `staff list` say about a board without a roster.
    public static var noRosterNote: String { noRosterText.english }
    /// `noRosterNote` in the reader's words.
    public static var noRosterText: ShownText { .tr("roster.none") }
}
