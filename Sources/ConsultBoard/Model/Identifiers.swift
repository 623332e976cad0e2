import Foundation

/// A patient's medical record number: the patient's id on the board (for example `SCI-0001`).
public typealias MRN = String

/// The id of a record on the board (`N-12` for a note, `O-7` for an order, ...).
///
/// Ids are made by the store from the journal sequence number of the change that created the record,
/// so two people writing at the same moment can never be given the same id, and replaying the journal
/// gives every record the id it had when it was written.
public typealias RecordID = String

/// The kinds of record that carry an id, with the prefix their ids start with.
public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case consult = "C"
    case order = "O"
    case result = "R"
    case lab = "L"
    case complication = "X"
    case note = "N"
    case addendum = "D"
    case action = "A"
    case contingency = "K"
    case exam = "E"
    case acknowledgement = "AK"
    case allergy = "AG"
    case device = "LN"
    case contact = "CT"

    /// The id of the record of this kind created by the change with journal sequence number `sequence`.
    public func id(forSequence sequence: Int) -> RecordID { "\(rawValue)-\(sequence)" }

    /// A word for messages: "no note N-12 on this board".
    public var noun: String {
        switch self {
        case .consult: "consult"
        case .order: "order"
        case .result: "result"
        case .lab: "lab"
        case .complication: "complication"
        case .note: "note"
        case .addendum: "addendum"
        case .action: "action"
        case .contingency: "contingency"
        case .exam: "exam"
        case .acknowledgement: "acknowledgement"
        case .allergy: "allergy"
        case .device: "line"
        case .contact: "contact"
        }
    }
}
