import Foundation

/// How much of a patient's record must be read to validate a command exactly.
///
/// The checkpoint keeps each patient in parts (see `CheckpointFiles`): the header in the manifest, the record
/// without labs and notes in one small file, and the labs and notes (most of a long stay) in row segments. A
/// change reads only the parts its commands need, so its cost does not grow with the patient's history.
enum RecordDepth: Sendable, CaseIterable {
    /// Only the header (`Patient`) and whether the patient exists.
    case header
    /// The record without labs and notes.
    case head
    /// The record without labs.
    case withNotes
    /// The record without notes: what the board list draws (its alert and critical-value counts read the labs,
    /// never the notes), so a ward's first screen does not grow with its notes.
    case withLabs
    /// Everything.
    case whole

    /// The shallowest depth that reads every part of both: `withNotes` joined with `withLabs` is `whole`.
    /// (Depths are not in one line, so "the deeper of the two" would lose one of them.)
    func joined(_ other: RecordDepth) -> RecordDepth {
        let wanted = parts.union(other.parts)
        return Self.allCases.first { $0.parts.isSuperset(of: wanted) } ?? .whole
    }

    /// Whether reading to this depth reads at least what `other` reads.
    func covers(_ other: RecordDepth) -> Bool { parts.isSuperset(of: other.parts) }
}

/// What a command needs to see of the board, so that a change reads only that.
///
/// A `note add` needs to know only that its patient exists; `order set O-7` needs the orders of the patient
/// holding O-7. Reading less than the truth would let a wrong change in, so the rule is conservative: a command
/// is listed at a depth only if `Board.apply` reads nothing of the record beyond it. Anything not listed
/// (including commands added later) gets the whole record, and a command the partial board refuses is checked
/// again against the whole board before the refusal is reported.
extension BoardCommand {
    var recordDepth: RecordDepth {
        switch self {
        case .createBoard, .admitPatient, .updatePatient, .addNote, .requestConsult, .addOrder,
            .addComplication, .addAction, .addContingency, .addExam, .acknowledgeAlert, .recordWardSetting:
            .header
        case let .addLab(c):
            // A value from a feed is checked against the patient's labs (the same message is recorded once).
            c.source == nil ? .header : .whole
        case let .addResult(c):
            c.orderID == nil ? .header : .head
        case .setConsultStatus, .addRecommendation, .setOrderStatus, .setResultStatus, .setComplicationStatus,
            .completeAction:
            .head
        case .addAddendum, .markNoteInError, .cosignNote:
            .withNotes
        default:
            .whole
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

/// The parts of a patient's record, as the checkpoint stores them.
struct RecordParts: OptionSet, Sendable {
    let rawValue: Int
    /// The `Patient` header (and the patient's existence).
    static let header = RecordParts(rawValue: 1)
    /// Consults, orders, results, complications, actions, contingencies, exams, acknowledgements.
    static let lists = RecordParts(rawValue: 2)
    static let notes = RecordParts(rawValue: 4)
    static let labs = RecordParts(rawValue: 8)
    static let all: RecordParts = [.header, .lists, .notes, .labs]
}

extension RecordDepth {
    /// The parts read at this depth.
    var parts: RecordParts {
        switch self {
        case .header: [.header]
        case .head: [.header, .lists]
        case .withNotes: [.header, .lists, .notes]
        case .withLabs: [.header, .lists, .labs]
        case .whole: .all
        }
    }
}

extension BoardCommand.Kind {
    /// The parts of its patient's record a command of this kind changes (besides the patient's revision).
    ///
    /// A change validating against a patient read only to some depth skips the tail's entries that change
    /// only parts it did not read: a note add on a busy patient does not decode the hundreds of notes added
    /// since the last checkpoint. Kinds not listed (the patient's admission and updates, and any added
    /// later) count as changing everything, so they are always replayed.
    var changedParts: RecordParts {
        switch self {
        case .addNote, .addAddendum, .markNoteInError, .cosignNote:
            .notes
        case .addLab:
            .labs
        case .requestConsult, .setConsultStatus, .addRecommendation, .addOrder, .setOrderStatus, .addResult,
            .setResultStatus, .addComplication, .setComplicationStatus, .addAction, .completeAction, .addContingency,
            .addExam, .acknowledgeAlert:
            .lists
        default:
            .all
        }
    }

    /// Whether a change of this kind changes the roster, which every change is checked against: a partial
    /// board replays these tail lines whatever patients it reads (they name no patient).
    var changesRoster: Bool {
        switch self {
        case .addStaff, .setStaff, .setRosterPolicy: true
        default: false
        }
    }
}
