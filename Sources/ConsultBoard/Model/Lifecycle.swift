import Foundation

/// A status with a lifecycle: which moves are legal, and which need a reason.
///
/// The rules live with the status type, so the CLI, the TUI (which offers only legal moves) and the store's
/// validation all read the same table.
public protocol Lifecycle: Vocabulary {
    /// The statuses this one may move to.
    var next: [Self] { get }
    /// Whether moving *to* this status must carry a reason (cancelling, holding, entered-in-error...).
    var needsReason: Bool { get }
}

extension Lifecycle {
    public func canMove(to status: Self) -> Bool { next.contains(status) }
    public var isFinal: Bool { next.isEmpty }
}

/// One move of a status, kept forever: who, when, and why.
public struct StatusChange<Status: Lifecycle>: Codable, Sendable, Equatable {
    /// `nil` for the status a record was created with.
    public var from: Status?
    public var to: Status
    public var by: String
    public var at: Date
    public var reason: String?

    public init(from: Status?, to: Status, by: String, at: Date, reason: String? = nil) {
        self.from = from
        self.to = to
        self.by = by
        self.at = at
        self.reason = reason
    }
}

/// A consult's lifecycle: requested -> accepted -> seen -> follow-up -> signed-off, or cancelled.
public enum ConsultStatus: String, Lifecycle {
    case requested, accepted, seen
    case followUp = "follow-up"
    case signedOff = "signed-off"
    case cancelled

    public var next: [ConsultStatus] {
        switch self {
        case .requested: [.accepted, .cancelled]
        case .accepted: [.seen, .cancelled]
        // A consultant may sign off at the first visit or keep following the patient.
        case .seen: [.followUp, .signedOff]
        // Each follow-up visit is recorded as "seen" again.
        case .followUp: [.seen, .signedOff]
        case .signedOff, .cancelled: []
        }
    }
    public var needsReason: Bool { self == .cancelled }
    /// Whether the consulting service still has work open on this consult.
    public var isOpen: Bool { !isFinal }
}

/// An order's lifecycle: the FHIR request statuses (http://hl7.org/fhir/request-status).
public enum OrderStatus: String, Lifecycle {
    case draft, active
    case onHold = "on-hold"
    case completed, discontinued
    case enteredInError = "entered-in-error"

    public var next: [OrderStatus] {
        switch self {
        case .draft: [.active, .discontinued, .enteredInError]
        case .active: [.onHold, .completed, .discontinued, .enteredInError]
        case .onHold: [.active, .discontinued, .enteredInError]
        // A finished order can still turn out to have been recorded by mistake.
        case .completed, .discontinued: [.enteredInError]
        case .enteredInError: []
        }
    }
    public var needsReason: Bool { [.onHold, .discontinued, .enteredInError].contains(self) }
    /// Orders that are, or may soon be, acting on the patient (what safety rules look at).
    public var isLive: Bool { self == .active || self == .draft || self == .onHold }
}

/// A diagnostic report's status (FHIR DiagnosticReport: preliminary, final, amended).
public enum ResultStatus: String, Lifecycle {
    case preliminary, final, amended

    public var next: [ResultStatus] {
        switch self {
        case .preliminary: [.final, .amended]
        case .final: [.amended]
        // A report can be amended more than once.
        case .amended: [.amended]
        }
    }
    public var needsReason: Bool { self == .amended }
}

/// A complication is active until it resolves; it can recur.
public enum ComplicationStatus: String, Lifecycle {
    case active, resolved
    public var next: [ComplicationStatus] { self == .active ? [.resolved] : [.active] }
    public var needsReason: Bool { false }
}
