import Foundation

/// A refusal as the person at the keyboard reads it, in the language of the moment.
///
/// `description` stays English: it is what logs, HL7 acknowledgements and validation findings carry, which
/// other programs read. `shown` is the same sentence from the catalogue (`error.board.*`), the English column
/// word for word the description. Field names are shown in the reader's language (`FieldWords`); the values
/// inside (ids, the typed value) are shown as they are. The words a refusal builds where it is found (what does
/// not fit, what is already so, who may, what was expected, what is valid) come as catalogue words (`ShownText`).
extension BoardError {
    public var shown: String {
        switch self {
        case let .invalidValue(field, value, valid):
            tr("error.board.invalidValue", ["field": FieldWords.shown(field), "value": value, "valid": valid.shown])
        case let .empty(field):
            tr("error.board.empty", ["field": FieldWords.shown(field)])
        case let .outOfRange(field, value, expected):
            tr("error.board.outOfRange", ["field": FieldWords.shown(field), "value": value, "expected": expected.shown])
        case let .notANumber(field, value):
            tr("error.board.notANumber", ["field": FieldWords.shown(field), "value": value])
        case let .decimalComma(field, value):
            tr("error.board.decimalComma", ["field": FieldWords.shown(field), "value": value])
        case let .invalidDate(field, value):
            tr("error.board.invalidDate", ["field": FieldWords.shown(field), "value": value])
        case let .unknownPatient(mrn):
            tr("error.board.unknownPatient", ["mrn": mrn])
        case let .duplicatePatient(mrn, name):
            tr("error.board.duplicatePatient", ["mrn": mrn, "name": name])
        case let .invalidMRN(mrn):
            tr("error.board.invalidMRN", ["mrn": mrn])
        case let .unknownRecord(id, expected):
            tr("error.board.unknownRecord", ["kind": expected.shownNoun, "id": id])
        case let .illegalTransition(record, from, to, allowed):
            allowed.isEmpty
                ? tr("error.board.finalStatus", ["record": record, "from": from, "to": to])
                : tr("error.board.illegalTransition", [
                    "record": record, "from": from, "to": to, "allowed": allowed.joined(separator: ", "),
                ])
        case let .reasonRequired(record, status):
            tr("error.board.reasonRequired", ["record": record, "status": status])
        case let .alreadyRecorded(record, what):
            tr("error.board.alreadyRecorded", ["record": record.shown, "what": what.shown])
        case let .unitMismatch(test, unit, valid):
            tr("error.board.unitMismatch", ["test": test, "unit": unit, "valid": valid.joined(separator: ", ")])
        case let .inconsistent(message):
            message.shown
        case .boardAlreadyCreated:
            tr("error.board.alreadyCreated")
        case let .futureTime(field, value, now):
            tr("error.board.futureTime", [
                "field": FieldWords.shown(field), "value": ClinicalClock.machineText(value), "now": ClinicalClock.machineText(now),
                "minutes": String(ClinicalClock.toleranceMinutes),
            ])
        case let .staleRevision(record, saw, current, by, at):
            staleRevision(record: record, saw: saw, current: current, by: by, at: at)
        case let .bedOccupied(bed, mrn, name):
            tr("error.board.bedOccupied", ["bed": bed, "mrn": mrn, "name": name])
        case let .unknownTestNear(test, suggestion):
            tr("error.board.unknownTestNear", ["test": test, "suggestion": suggestion])
        case let .notPermitted(rule, who):
            tr("error.board.notPermitted", ["rule": rule.shown, "who": who.shown])
        }
    }

    private func staleRevision(record: String, saw: Int, current: Int, by: String?, at: Date?) -> String {
        var values = [
            "record": record, "saw": String(saw), "current": String(current),
            "by": by.map(Sanitizer.line) ?? tr("error.board.someoneElse"),
        ]
        guard let at else { return tr("error.board.staleRevision", values) }
        values["at"] = ClinicalClock.machineText(at)
        return tr("error.board.staleRevisionAt", values)
    }
}

extension StoreError {
    /// The refusal as words inside another message: its English, or what `shown` says in the language of the
    /// moment (taken when this is read: a process shows one language).
    public var text: ShownText { .englishOr(description, .plain(shown)) }

    /// The refusal in the language of the moment (`description` stays English, for logs and other programs).
    public var shown: String {
        switch self {
        case let .rejected(error):
            error.shown
        case let .noBoard(path):
            tr("error.store.noBoard", ["path": path])
        case let .alreadyExists(path):
            tr("error.store.alreadyExists", ["path": path])
        case let .damaged(file, line, reason):
            line.map { tr("error.store.damagedLine", ["file": file, "line": String($0), "reason": reason.shown]) }
                ?? tr("error.store.damaged", ["file": file, "reason": reason.shown])
        case let .newerSchema(file, found, supported):
            tr("error.store.newerSchema", ["file": file, "found": String(found), "supported": String(supported)])
        case let .secondWriter(file, reason):
            tr("error.store.secondWriter", ["file": file, "reason": reason.shown])
        case let .io(file, operation, reason):
            tr("error.store.io", ["file": file, "operation": StoreOperationWords.shown(operation), "reason": reason.shown])
        }
    }
}

extension RecordKind {
    /// The kind of record as catalogue words ("note" / "病程记录"), for a refusal made in one language and shown in
    /// another.
    public var nounText: ShownText {
        switch self {
        case .consult: .tr("record.consult")
        case .order: .tr("record.order")
        case .result: .tr("record.result")
        case .lab: .tr("record.lab")
        case .complication: .tr("record.complication")
        case .note: .tr("record.note")
        case .addendum: .tr("record.addendum")
        case .action: .tr("record.action")
        case .contingency: .tr("record.contingency")
        case .exam: .tr("record.exam")
        case .acknowledgement: .tr("record.acknowledgement")
        case .allergy: .tr("record.allergy")
        case .device: .tr("record.device")
        case .contact: .tr("record.contact")
        }
    }

    /// The kind of record as a word, in the language of the moment.
    public var shownNoun: String { nounText.shown }

    /// One record named by its kind and id: "allergy A-3" / "过敏记录 A-3".
    public func named(_ id: RecordID) -> ShownText { .joined([nounText, "\(id)"], separator: " ") }
}
