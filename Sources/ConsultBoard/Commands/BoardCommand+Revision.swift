import Foundation

extension BoardCommand {
    /// The revision of the patient's record the user saw when asking for this change to an existing record, if
    /// the command carries one (see `UpdatePatient.expectedRevision`).
    public var expectedRevision: Int? {
        switch self {
        case let .updatePatient(c): c.expectedRevision
        case let .addAddendum(c): c.expectedRevision
        case let .markNoteInError(c): c.expectedRevision
        case let .setConsultStatus(c): c.expectedRevision
        case let .addRecommendation(c): c.expectedRevision
        case let .setOrderStatus(c): c.expectedRevision
        case let .setResultStatus(c): c.expectedRevision
        case let .setComplicationStatus(c): c.expectedRevision
        case let .completeAction(c): c.expectedRevision
        case let .dischargePatient(c): c.expectedRevision
        case let .transferBed(c): c.expectedRevision
        case let .readmitPatient(c): c.expectedRevision
        case let .transferOut(c): c.expectedRevision
        case let .cosignNote(c): c.expectedRevision
        default: nil
        }
    }

    /// The same command asking for `revision` (`nil` removes the check); commands that add a new record are
    /// returned as they are.
    public func expecting(_ revision: Int?) -> BoardCommand {
        switch self {
        case var .updatePatient(c): c.expectedRevision = revision; return .updatePatient(c)
        case var .addAddendum(c): c.expectedRevision = revision; return .addAddendum(c)
        case var .markNoteInError(c): c.expectedRevision = revision; return .markNoteInError(c)
        case var .setConsultStatus(c): c.expectedRevision = revision; return .setConsultStatus(c)
        case var .addRecommendation(c): c.expectedRevision = revision; return .addRecommendation(c)
        case var .setOrderStatus(c): c.expectedRevision = revision; return .setOrderStatus(c)
        case var .setResultStatus(c): c.expectedRevision = revision; return .setResultStatus(c)
        case var .setComplicationStatus(c): c.expectedRevision = revision; return .setComplicationStatus(c)
        case var .completeAction(c): c.expectedRevision = revision; return .completeAction(c)
        case var .dischargePatient(c): c.expectedRevision = revision; return .dischargePatient(c)
        case var .transferBed(c): c.expectedRevision = revision; return .transferBed(c)
        case var .readmitPatient(c): c.expectedRevision = revision; return .readmitPatient(c)
        case var .transferOut(c): c.expectedRevision = revision; return .transferOut(c)
        case var .cosignNote(c): c.expectedRevision = revision; return .cosignNote(c)
        default: return self
        }
    }
}

extension Board {
    /// Refuses a change made on an older view of its patient's record (a lost update): the record's revision
    /// must be the one the user saw. Who changed it and when is filled in by the store, which has the journal.
    func checkRevision(of command: BoardCommand) throws(BoardError) {
        guard let expected = command.expectedRevision else { return }
        guard let mrn = command.namedPatient ?? command.targetRecord.flatMap({ recordIndex[$0] }),
            let record = patients[mrn]
        else { return }  // an unknown patient or record is reported by the command itself
        guard record.revision == expected else {
            let name = command.targetRecord ?? "\(mrn)"
            throw .staleRevision(record: name, saw: expected, current: record.revision, by: nil, at: nil)
        }
    }
}
