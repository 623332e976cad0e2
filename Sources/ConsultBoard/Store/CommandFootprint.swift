import Foundation

/// What a command needs to see of the board to be validated exactly, so that a change reads only that.
///
/// A `note add` needs to know only that its patient exists; `order set O-7` needs the whole record of the
/// patient holding O-7. Reading less than the truth would let a wrong change in, so the rule is conservative:
/// a command is "header only" only if `Board.apply` reads nothing of the patient's record but its header
/// (`Patient`) and whether the patient exists. Any command not listed here (including ones added later) gets
/// the whole record, and a command the partial board refuses is checked again against the whole board before
/// the refusal is reported.
extension BoardCommand {
    /// Whether validating and applying this command reads only the patient's header and existence.
    var needsOnlyPatientHeader: Bool {
        switch self {
        case .createBoard, .admitPatient, .updatePatient, .addNote, .requestConsult, .addOrder, .addLab,
            .addComplication, .addAction, .addContingency, .addExam, .acknowledgeAlert:
            true
        case let .addResult(c):
            c.orderID == nil
        default:
            false
        }
    }

    /// The existing records the command names by id: the one it acts on and any it links to.
    var referencedRecords: [RecordID] {
        switch self {
        case let .addResult(c):
            c.orderID.map { [$0] } ?? []
        default:
            targetRecord.map { [$0] } ?? []
        }
    }
}
