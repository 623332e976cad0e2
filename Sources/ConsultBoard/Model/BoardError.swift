import Foundation

/// Why a change to the board was refused. Every message says what was wrong and what would be accepted, in
/// words a clinician can act on at the bedside.
public enum BoardError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value outside a closed vocabulary (service, status, kind...).
    case invalidValue(field: String, value: String, valid: ShownText)
    /// A required text is empty or only spaces.
    case empty(field: String)
    /// A number outside what is physically possible (a typo guard), or not a number at all.
    case outOfRange(field: String, value: String, expected: ShownText)
    case notANumber(field: String, value: String)
    /// A number written with a comma (a decimal comma, or digit groups): refused, never guessed at.
    case decimalComma(field: String, value: String)
    case invalidDate(field: String, value: String)
    case unknownPatient(MRN)
    case duplicatePatient(MRN, name: String)
    case invalidMRN(String)
    /// No record with this id on the board (or it is not of the kind the command needs).
    case unknownRecord(RecordID, expected: RecordKind)
    case illegalTransition(record: RecordID, from: String, to: String, allowed: [String])
    case reasonRequired(record: RecordID, status: String)
    /// The command would repeat something already recorded (an action already done, a note already in error):
    /// `what` is what the record already is, words from the catalogue (`error.board.already.*`).
    case alreadyRecorded(record: ShownText, what: ShownText)
    case unitMismatch(test: String, unit: String, valid: [String])
    /// Something the command refers to does not fit (an order of another patient linked to a result...): words
    /// from the catalogue (`error.board.inconsistent.*`), shown in the reader's language, English in `description`.
    case inconsistent(ShownText)
    case boardAlreadyCreated
    /// A clinical time later than the machine's clock allows (a typo in the year or the date, usually).
    case futureTime(field: String, value: Date, now: Date)
    /// The change was made on an older view of the record: someone else changed it since (`by` and `at` say
    /// who and when, when the store could find out).
    case staleRevision(record: String, saw: Int, current: Int, by: String?, at: Date?)
    /// Another patient lies in the bed asked for, and sharing it was not confirmed.
    case bedOccupied(bed: String, by: MRN, name: String)
    /// A test name that is not a known test but is spelt almost like one.
    case unknownTestNear(test: String, suggestion: String)
    /// The ward roster does not allow this person (or this login) to make this change: `rule` says who may,
    /// `who` names the person and their role.
    case notPermitted(rule: ShownText, who: ShownText)

    public var description: String {
        switch self {
        case let .invalidValue(field, value, valid):
            "unknown \(field) '\(value)'; valid: \(valid.english)"
        case let .empty(field):
            "the \(field) is empty; write something before saving"
        case let .outOfRange(field, value, expected):
            "\(field) \(value) is not plausible; expected \(expected.english)"
        case let .notANumber(field, value):
            "\(field) '\(value)' is not a number; write plain digits with a point for decimals (37.8, -2, 250)"
        case let .decimalComma(field, value):
            "\(field) '\(value)' has a comma; write plain digits with a point for decimals (37.8, 1234)"
        case let .invalidDate(field, value):
            "\(field) '\(value)' is not a date and time; use ISO 8601 such as 2026-11-25T08:30:00Z or 2026-11-25T16:30+08:00, or the year first with a time: 2026/11/25 16:30, 2026年11月25日 16:30"
        case let .unknownPatient(mrn):
            "no patient with MRN '\(mrn)' on this board (see `consult-board patients`)"
        case let .duplicatePatient(mrn, name):
            "MRN '\(mrn)' is already on this board (\(name)); a patient is admitted once"
        case let .invalidMRN(mrn):
            "MRN '\(mrn)' is not valid; use 1-32 letters, digits, '-', '_' or '.'"
        case let .unknownRecord(id, expected):
            "no \(expected.noun) with id '\(id)' on this board"
        case let .illegalTransition(record, from, to, allowed):
            allowed.isEmpty
                ? "\(record) is \(from), a final status: it cannot move to \(to)"
                : "\(record) cannot move from \(from) to \(to); from \(from) it may move to: \(allowed.joined(separator: ", "))"
        case let .reasonRequired(record, status):
            "moving \(record) to \(status) needs a reason (--reason)"
        case let .alreadyRecorded(record, what):
            "\(record.english) is already \(what.english)"
        case let .unitMismatch(test, unit, valid):
            "unit '\(unit)' is not used for \(test); valid: \(valid.joined(separator: ", "))"
        case let .inconsistent(message):
            message.english
        case .boardAlreadyCreated:
            "this board has already been created"
        case let .futureTime(field, value, now):
            "the \(field) \(ClinicalClock.machineText(value)) is in the future: this machine's time is "
                + "\(ClinicalClock.machineText(now)) (at most \(ClinicalClock.toleranceMinutes) minutes ahead is accepted); check the date and year"
        case let .staleRevision(record, saw, current, by, at):
            "\(record) was changed by \(by.map(Sanitizer.line) ?? "someone else")"
                + "\(at.map { " at \(ClinicalClock.machineText($0))" } ?? "") since you looked (you saw revision \(saw), it is now at \(current)); "
                + "look at it again (`consult-board show`), then repeat your change with the new revision"
        case let .bedOccupied(bed, mrn, name):
            "bed '\(bed)' is taken by \(mrn) (\(name)); choose another bed, or confirm the shared bed (--allow-shared-bed)"
        case let .unknownTestNear(test, suggestion):
            "unknown test '\(test)': did you mean \(suggestion)? If it really is a new test, say so (--new-test)"
        case let .notPermitted(rule, who):
            "not permitted: \(rule.english); \(who.english)"
        }
    }
}
