import Foundation

// The critical-value loop at the door (see `CriticalValueTask`): each step in order, each time not before the
// step it follows and not after the change that records it.
extension Board {
    mutating func receiveCriticalValue(_ c: ReceiveCriticalValue, context: ChangeContext) throws(BoardError) -> RecordID {
        try Validate.text(c.reportedBy, field: "who reported the critical value (--reported-by)")
        guard c.readBack else {
            throw .inconsistent(.tr("error.board.inconsistent.readBackFirst"))
        }
        let (mrn, lab) = try criticalLab(c.labID)
        guard patients[mrn]?.criticalTasks.contains(where: { $0.labID == c.labID }) != true else {
            throw .alreadyRecorded(record: "\(c.labID)", what: .tr("error.board.already.receivedCritical"))
        }
        let at = try Self.stepTime(c.at, after: lab.at, what: .tr("error.board.step.sampleTime"), context: context)
        let task = CriticalValueTask(
            labID: c.labID, reportedBy: c.reportedBy, receivedBy: context.author, receivedAt: at, readBack: true)
        let tasks = (patients[mrn]?.criticalValues ?? []) + [task]
        patients[mrn]?.criticalValues = tasks
        return c.labID
    }

    mutating func notifyCriticalValue(_ c: NotifyCriticalValue, context: ChangeContext) throws(BoardError) -> RecordID {
        try Validate.text(c.doctor, field: "the doctor notified (--doctor)")
        try editCriticalTask(c.labID) { (task) throws(BoardError) in
            guard task.notifiedAt == nil else {
                throw .alreadyRecorded(
                    record: "\(c.labID)",
                    what: task.doctorNotified.map { .tr("error.board.already.notifiedTo", ["doctor": "\($0)"]) } ?? .tr("error.board.already.notified"))
            }
            task.notifiedAt = try Self.stepTime(c.at, after: task.receivedAt, what: .tr("error.board.step.callReceived"), context: context)
            task.doctorNotified = c.doctor
            task.notifiedBy = context.author
        }
        return c.labID
    }

    mutating func closeCriticalValue(_ c: CloseCriticalValue, context: ChangeContext) throws(BoardError) -> RecordID {
        try Validate.text(c.action, field: "the action taken (--action)")
        try editCriticalTask(c.labID) { (task) throws(BoardError) in
            guard !task.isClosed else { throw .alreadyRecorded(record: "\(c.labID)", what: .tr("error.board.already.closed")) }
            guard let notified = task.notifiedAt else {
                throw .inconsistent(.tr("error.board.inconsistent.notifyFirst", ["id": "\(c.labID)"]))
            }
            task.actionAt = try Self.stepTime(c.at, after: notified, what: .tr("error.board.step.doctorNotified"), context: context)
            task.action = c.action
            task.actionBy = context.author
        }
        return c.labID
    }

    /// The patient and lab value of a lab id.
    private func criticalLab(_ id: RecordID) throws(BoardError) -> (MRN, LabValue) {
        guard id.hasPrefix(RecordKind.lab.rawValue + "-"), let mrn = recordIndex[id],
            let lab = patients[mrn]?.labs.first(where: { $0.id == id })
        else { throw .unknownRecord(id, expected: .lab) }
        return (mrn, lab)
    }

    private mutating func editCriticalTask(
        _ id: RecordID, _ change: (inout CriticalValueTask) throws(BoardError) -> Void
    ) throws(BoardError) {
        let (mrn, _) = try criticalLab(id)
        guard var tasks = patients[mrn]?.criticalValues, let index = tasks.firstIndex(where: { $0.labID == id }) else {
            throw .inconsistent(.tr("error.board.inconsistent.notReceivedYet", ["id": "\(id)"]))
        }
        try change(&tasks[index])
        patients[mrn]?.criticalValues = tasks
    }

    /// The time of a step: as given, or the change's own time; never before the step it follows, never after the
    /// change that records it.
    static func stepTime(_ given: Date?, after earlier: Date, what: ShownText, context: ChangeContext) throws(BoardError) -> Date {
        let at = given ?? context.at
        if !context.isReplay, at > context.at {
            throw .inconsistent(.tr("error.board.inconsistent.stepInFuture", [
                "time": "\(ClinicalClock.machineText(at))", "now": "\(ClinicalClock.machineText(context.at))",
            ]))
        }
        guard at >= earlier else {
            throw .inconsistent(.tr("error.board.inconsistent.stepBefore", [
                "time": "\(ClinicalClock.machineText(at))", "what": what, "earlier": "\(ClinicalClock.machineText(earlier))",
            ]))
        }
        return at
    }
}
