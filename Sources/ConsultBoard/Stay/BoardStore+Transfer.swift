import Foundation

/// The commands that bring a patient's whole record onto another board (`transfer --to-board`): a `TransferIn`
/// with the header, then one `TransferRecord` per record, each given this board's id for its own sequence
/// number. References between the records (a result's order, an addendum's note, a critical value's lab) are
/// rewritten to the new ids, which follow from the sequence number the change starts at.
public struct TransferPlan: Sendable {
    public var record: PatientRecord
    public var fromBoard: String
    public var bed: String
    public var allowSharedBed: Bool?

    public init(record: PatientRecord, fromBoard: String, bed: String, allowSharedBed: Bool? = nil) {
        self.record = record
        self.fromBoard = fromBoard
        self.bed = bed
        self.allowSharedBed = allowSharedBed
    }

    /// The commands, for a change whose first command gets sequence number `first`.
    public func commands(startingAt first: Int) -> [BoardCommand] {
        let mrn = record.mrn
        var commands: [BoardCommand] = [.transferIn(TransferIn(patient: record.patient, fromBoard: fromBoard, bed: bed, allowSharedBed: allowSharedBed))]
        var newIDs: [RecordID: RecordID] = [:]
        func add(_ kind: RecordKind, old: RecordID?, _ fill: (inout TransferRecord) -> Void) {
            var payload = TransferRecord(mrn: mrn)
            fill(&payload)
            if let old { newIDs[old] = kind.id(forSequence: first + commands.count) }
            commands.append(.transferRecord(payload))
        }
        // Orders and labs first: results and critical values name them.
        for x in record.orders { add(.order, old: x.id) { $0.order = x } }
        for x in record.labs { add(.lab, old: x.id) { $0.lab = x } }
        for x in record.consults { add(.consult, old: x.id) { $0.consult = x } }
        for var x in record.results {
            x.orderID = x.orderID.map { newIDs[$0] ?? $0 }
            add(.result, old: x.id) { $0.result = x }
        }
        for x in record.complications { add(.complication, old: x.id) { $0.complication = x } }
        for x in record.notes { add(.note, old: x.id) { $0.note = x } }
        for note in record.notes {
            for x in note.addenda { add(.addendum, old: x.id) { $0.addendum = x; $0.noteID = newIDs[note.id] } }
        }
        for x in record.actions { add(.action, old: x.id) { $0.action = x } }
        for x in record.contingencies { add(.contingency, old: x.id) { $0.contingency = x } }
        for x in record.exams { add(.exam, old: x.id) { $0.exam = x } }
        for x in record.acknowledgements { add(.acknowledgement, old: x.id) { $0.acknowledgement = x } }
        for x in record.allergies { add(.allergy, old: x.id) { $0.allergy = x } }
        for var x in record.criticalValues ?? [] {
            x.labID = newIDs[x.labID] ?? x.labID
            add(.lab, old: nil) { $0.criticalValue = x }
        }
        if let x = record.noKnownAllergies { add(.lab, old: nil) { $0.noKnownAllergies = x } }
        return commands
    }
}

extension BoardStoring {
    /// Brings a patient's record from another board (a folder or a database board) onto this one, as one change (all or none); returns the
    /// number of records carried.
    @discardableResult
    public func transferIn(_ plan: TransferPlan, author: String, at: Date = Date()) throws(StoreError) -> Int {
        try batch { (batch) throws(BoardError) -> Int in
            let commands = plan.commands(startingAt: batch.after.revision + 1)
            try batch.apply(commands, author: author, at: at)
            return commands.count - 1
        }
    }
}
