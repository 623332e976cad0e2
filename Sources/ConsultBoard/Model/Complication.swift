import Foundation

/// The kinds of complication the ward tracks.
public enum ComplicationKind: String, Vocabulary {
    case infection
    case dvt
    case renal
    // The spinal-cord-injury ward's own complications.
    case pressureInjury = "pressure-injury"
    case autonomicDysreflexia = "autonomic-dysreflexia"
    case neurogenicBladder = "neurogenic-bladder"
    case neurogenicBowel = "neurogenic-bowel"
    case orthostaticHypotension = "orthostatic-hypotension"
    case respiratoryFailure = "respiratory-failure"
    case other
    public var label: String { self == .dvt ? "DVT" : rawValue.hyphensAsSpaces }
}

/// The details that go with each kind; all optional, since they are often learnt later.
public struct ComplicationDetails: Codable, Sendable, Equatable {
    /// Infection: site ("urinary tract"); DVT: site ("left femoral vein").
    public var site: String?
    /// Infection: organism ("E. coli").
    public var organism: String?
    /// Infection: antibiotic.
    public var antibiotic: String?
    /// DVT: how it was confirmed ("duplex ultrasound").
    public var confirmedBy: String?
    /// DVT: the anticoagulation given.
    public var anticoagulation: String?
    /// Renal: "AKI" or "CKD" (with stage, as the nephrologist writes it).
    public var renalType: String?

    public init(
        site: String? = nil, organism: String? = nil, antibiotic: String? = nil, confirmedBy: String? = nil,
        anticoagulation: String? = nil, renalType: String? = nil
    ) {
        self.site = site
        self.organism = organism
        self.antibiotic = antibiotic
        self.confirmedBy = confirmedBy
        self.anticoagulation = anticoagulation
        self.renalType = renalType
    }

    /// The details as "label: value" pairs, in a fixed order, skipping what is not recorded.
    public var labelled: [(label: String, value: String)] {
        [
            ("site", site), ("organism", organism), ("antibiotic", antibiotic), ("confirmed by", confirmedBy),
            ("anticoagulation", anticoagulation), ("type", renalType),
        ].compactMap { pair in pair.1.map { (pair.0, $0) } }
    }
}

/// A complication of the admission: infection, DVT, renal or other.
public struct Complication: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var kind: ComplicationKind
    public var summary: String
    public var details: ComplicationDetails
    public var onset: Date
    public var status: ComplicationStatus
    /// When it last resolved; `nil` while active.
    public var resolvedAt: Date?
    public var recordedBy: String
    public var history: [StatusChange<ComplicationStatus>]

    public init(
        id: RecordID, kind: ComplicationKind, summary: String, details: ComplicationDetails, onset: Date,
        recordedBy: String, recordedAt: Date
    ) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.details = details
        self.onset = onset
        self.status = .active
        self.resolvedAt = nil
        self.recordedBy = recordedBy
        self.history = [StatusChange(from: nil, to: .active, by: recordedBy, at: recordedAt)]
    }
}
