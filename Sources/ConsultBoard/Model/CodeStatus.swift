import Foundation

/// The patient's resuscitation status, as I-PASS handoffs and ward boards state it first.
///
/// The values follow the ward's documented orders (AHA 2020 guidelines on ethics of resuscitation: "do not attempt
/// resuscitation" with its limits stated); the ward writes its own detail in the note.
public enum ResuscitationStatus: String, Vocabulary {
    /// Full resuscitation (全力抢救).
    case fullCode = "full-code"
    /// Do not attempt cardiopulmonary resuscitation; other treatment continues (不做心肺复苏).
    case dnr
    /// Do not resuscitate and do not intubate (不做心肺复苏、不插管).
    case dnrDni = "dnr-dni"
    /// Comfort care only (舒适治疗).
    case comfortCare = "comfort-care"

    /// "Full code", "DNR", "DNR/DNI", "Comfort care".
    public var label: String {
        switch self {
        case .fullCode: "Full code"
        case .dnr: "DNR"
        case .dnrDni: "DNR/DNI"
        case .comfortCare: "Comfort care"
        }
    }
}

/// One statement of the code status: which, who recorded it and when (the latest one is current; the earlier
/// ones stay as the history).
public struct CodeStatusEntry: Codable, Sendable, Equatable {
    public var status: ResuscitationStatus
    /// Who decided and with whom ("discussed with daughter 王丽"), optional.
    public var note: String?
    public var by: String
    public var at: Date

    public init(status: ResuscitationStatus, note: String?, by: String, at: Date) {
        self.status = status
        self.note = note
        self.by = by
        self.at = at
    }
}

extension PatientRecord {
    /// The current code status: the latest one recorded, nil when nobody has recorded one.
    public var currentCodeStatus: CodeStatusEntry? { codeStatus?.last }
}
