import Foundation

/// Where a discharged patient went (HL7 v2 table 0112 "discharge disposition" groups these; the ward's words are
/// kept short so a clinician can type them).
public enum DischargeDestination: String, Vocabulary {
    case home, rehab
    case otherWard = "other-ward"
    case deceased, other
}

/// One move of a patient into, within or out of the ward, kept forever in the patient's header (so the ward
/// list, the bed check and the handoff know who is on the ward from the header alone).
public struct PatientMovement: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// Admitted from a feed (an ADT^A01): kept for the message it came from.
        case admitted
        /// Left the ward (`discharge`).
        case discharged
        /// Moved to another bed of this ward.
        case bedTransfer = "bed-transfer"
        /// Moved to another board; the record stays here with its history, read-only.
        case transferredOut = "transferred-out"
        /// Came from another board with the record it had there.
        case transferredIn = "transferred-in"
        /// Came back after a discharge or a transfer out.
        case readmitted

        /// Whether the patient is no longer on this ward after this move.
        public var leavesWard: Bool { self == .discharged || self == .transferredOut }
    }

    public var kind: Kind
    public var by: String
    public var at: Date
    public var fromBed: String?
    public var toBed: String?
    /// Discharges only.
    public var destination: DischargeDestination?
    /// The discharge summary written at discharge (free text, sanitised when shown).
    public var summary: String?
    /// The other board of a transfer: the ward it went to (transferred out) or came from (transferred in).
    public var otherBoard: String?
    /// The patient's MRN on the other board, when it differs.
    public var otherMRN: MRN?
    /// Open consults, live orders and open actions the user chose to carry over at a discharge or transfer out
    /// (the departure is refused while any is open and not carried over: nothing is closed silently).
    public var carriedOver: [CarriedOverItem]?
    /// The feed message a move came from (`hl7:ADT|HOSP|MSG9`), absent when typed.
    public var source: String?

    public init(
        kind: Kind, by: String, at: Date, fromBed: String? = nil, toBed: String? = nil,
        destination: DischargeDestination? = nil, summary: String? = nil, otherBoard: String? = nil,
        otherMRN: MRN? = nil, carriedOver: [CarriedOverItem]? = nil, source: String? = nil
    ) {
        self.kind = kind
        self.by = by
        self.at = at
        self.fromBed = fromBed
        self.toBed = toBed
        self.destination = destination
        self.summary = summary
        self.otherBoard = otherBoard
        self.otherMRN = otherMRN
        self.carriedOver = carriedOver
        self.source = source
    }
}

/// A consult, order or action still open when the patient left, recorded as carried over (to the next team,
/// the GP, the rehabilitation unit) in the discharge summary.
public struct CarriedOverItem: Codable, Sendable, Equatable {
    public var id: RecordID
    /// "consult", "order" or "action".
    public var kind: String
    /// What it is, in words ("neurology consult (accepted): new weakness?").
    public var text: String

    public init(id: RecordID, kind: String, text: String) {
        self.id = id
        self.kind = kind
        self.text = text
    }
}

extension Patient {
    /// Whether the patient is on the ward now: never left, or came back since.
    public var isOnWard: Bool { !(movements?.last?.kind.leavesWard ?? false) }

    /// The move by which the patient left, when not on the ward.
    public var departure: PatientMovement? {
        guard let last = movements?.last, last.kind.leavesWard else { return nil }
        return last
    }
}
