import Foundation

/// What is still open on a patient's record when the patient leaves: consults the consulting service has not
/// finished, orders still acting (draft, active, on hold) and I-PASS actions not done. A departure lists them;
/// nothing is closed silently.
public enum OpenItems {
    /// One open item: what a departure records of it (`carried`, its text English as the journal keeps it) and
    /// the same words for the reader (`words`: "neurology consult (accepted): …", "神经内科会诊（已接收）：…").
    public struct Item: Sendable {
        public let carried: CarriedOverItem
        public let words: ShownText
    }

    public static func of(_ record: PatientRecord) -> [CarriedOverItem] { listed(record).map(\.carried) }

    public static func listed(_ record: PatientRecord) -> [Item] {
        var items: [Item] = []
        func add(_ id: RecordID, _ kind: String, _ words: ShownText) {
            items.append(Item(carried: CarriedOverItem(id: id, kind: kind, text: words.english), words: words))
        }
        for consult in record.consults where consult.status.isOpen { add(consult.id, "consult", words(of: consult, status: consult.status)) }
        for order in record.orders where order.status.isLive { add(order.id, "order", words(of: order, status: order.status)) }
        for action in record.actions where !action.done { add(action.id, "action", words(of: action)) }
        return items
    }

    /// A carried-over item in the reader's words, as the record stood when the patient left at `leftAt`: the
    /// consult's or order's status then, the action's text and owner; `nil` when the record no longer has the item.
    public static func words(of item: CarriedOverItem, in record: PatientRecord, leftAt: Date) -> ShownText? {
        switch item.kind {
        case "consult":
            guard let consult = record.consults.first(where: { $0.id == item.id }) else { return nil }
            return statusAtDeparture(consult.history, leftAt: leftAt, recorded: item.text) { words(of: consult, status: $0) }
        case "order":
            guard let order = record.orders.first(where: { $0.id == item.id }) else { return nil }
            return statusAtDeparture(order.history, leftAt: leftAt, recorded: item.text) { words(of: order, status: $0) }
        case "action":
            return record.actions.first(where: { $0.id == item.id }).map { words(of: $0) }
        default:
            return nil
        }
    }

    /// "neurology consult (accepted): …".
    private static func words(of consult: Consult, status: ConsultStatus) -> ShownText {
        .tr("openItem.consult", ["service": consult.service.labelText, "status": status.rawValueText, "question": "\(consult.question)"])
    }

    /// "medication order (active): …": the English is the headline as stored (what departures have always
    /// recorded), the contrast in the reader's words otherwise.
    private static func words(of order: Order, status: OrderStatus) -> ShownText {
        .tr("openItem.order", ["kind": order.kind.rawValueText, "status": status.rawValueText, "headline": .englishOr(order.headline, order.headlineText)])
    }

    /// "action: …", with its owner when it has one.
    private static func words(of action: ActionItem) -> ShownText {
        action.owner.map { .tr("openItem.actionOwned", ["text": "\(action.text)", "owner": "\($0)"]) }
            ?? .tr("openItem.action", ["text": "\(action.text)"])
    }

    /// An item's words with its status when the patient left: of the statuses its history had by `leftAt`, the
    /// latest whose English words are the ones the departure recorded (a change in the same second as the
    /// departure may have come before or after it), else the latest by `leftAt`.
    private static func statusAtDeparture<Status>(
        _ history: [StatusChange<Status>], leftAt: Date, recorded: String, words: (Status) -> ShownText
    ) -> ShownText? {
        let candidates = history.filter { $0.at <= leftAt }.map(\.to)
        guard let latest = candidates.last else { return nil }
        let status = candidates.last { words($0).english == recorded } ?? latest
        return words(status)
    }
}

extension Board {
    /// Patients who have left the ward (discharged or transferred out), by the time they left, latest first.
    public var departedPatients: [PatientRecord] {
        patients.values.filter { !$0.patient.isOnWard }
            .sorted { ($0.patient.departure?.at ?? .distantPast) > ($1.patient.departure?.at ?? .distantPast) }
    }

    /// The patient on the ward lying in `bed`, other than `mrn`.
    func occupant(of bed: String, besides mrn: MRN) -> PatientRecord? {
        patients.values.first { $0.mrn != mrn && $0.patient.isOnWard && Validate.sameBed($0.patient.bed, bed) }
    }

    /// Applies the commands that move a patient (see StayPayloads.swift).
    mutating func applyStay(_ command: BoardCommand, context: ChangeContext) throws(BoardError) -> String? {
        // A move from a feed that is already recorded (a resent ADT message) is refused at the door.
        if let source = command.movementSource, let mrn = command.namedPatient,
            patients[mrn]?.patient.movements?.contains(where: { $0.source == source }) == true
        {
            throw .alreadyRecorded(record: "\(source)", what: .tr("error.board.already.fromFeedMessage"))
        }
        switch command {
        case let .dischargePatient(c):
            let record = try onWard(c.mrn, doing: .tr("error.board.doing.discharge"))
            let at = c.at ?? context.at
            if !context.isReplay, c.at != nil { try Validate.notFuture(at, field: "discharge time", context: context) }
            let carried = try openItems(record, carryOver: c.carryOver, leaving: .tr("error.board.doing.discharge"))
            let summary = c.summary.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            try move(c.mrn, PatientMovement(
                kind: .discharged, by: context.author, at: at, fromBed: record.patient.bed, destination: c.destination,
                summary: summary, carriedOver: carried, source: c.source))
            return c.mrn
        case let .transferBed(c):
            let record = try onWard(c.mrn, doing: .tr("error.board.doing.moveBed"))
            try Validate.text(c.bed, field: "bed")
            let bed = c.bed.trimmingCharacters(in: .whitespaces)
            guard !Validate.sameBed(record.patient.bed, bed) else {
                throw .alreadyRecorded(record: "\(c.mrn)", what: .tr("error.board.already.inBed", ["bed": "\(record.patient.bed)"]))
            }
            if !context.isReplay { try checkBed(bed, for: c.mrn, allowShared: c.allowSharedBed) }
            try move(c.mrn, PatientMovement(
                kind: .bedTransfer, by: context.author, at: context.at, fromBed: record.patient.bed, toBed: bed,
                source: c.source))
            return c.mrn
        case let .readmitPatient(c):
            guard let record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
            guard !record.patient.isOnWard else {
                throw .alreadyRecorded(record: "\(c.mrn)", what: .tr("error.board.already.onWard", ["bed": "\(record.patient.bed)"]))
            }
            let bed = (c.bed ?? record.patient.bed).trimmingCharacters(in: .whitespaces)
            try Validate.text(bed, field: "bed")
            let at = c.at ?? context.at
            if !context.isReplay {
                if c.at != nil { try Validate.notFuture(at, field: "readmission time", context: context) }
                try checkBed(bed, for: c.mrn, allowShared: c.allowSharedBed)
            }
            try move(c.mrn, PatientMovement(
                kind: .readmitted, by: context.author, at: at, fromBed: record.patient.bed, toBed: bed, source: c.source))
            return c.mrn
        case let .transferOut(c):
            let record = try onWard(c.mrn, doing: .tr("error.board.doing.transfer"))
            try Validate.text(c.toBoard, field: "board transferred to")
            let carried = try openItems(record, carryOver: c.carryOver, leaving: .tr("error.board.doing.transfer"))
            try move(c.mrn, PatientMovement(
                kind: .transferredOut, by: context.author, at: context.at, fromBed: record.patient.bed,
                otherBoard: c.toBoard, carriedOver: carried))
            return c.mrn
        case let .transferIn(c):
            var p = c.patient
            try Validate.mrn(p.mrn)
            if let existing = patients[p.mrn] ?? patients.values.first(where: { $0.mrn.lowercased() == p.mrn.lowercased() }) {
                throw .inconsistent(existing.patient.isOnWard
                    ? .tr("error.board.inconsistent.mrnOnBoard", ["mrn": "\(p.mrn)", "name": "\(existing.patient.name)"])
                    : .tr("error.board.inconsistent.mrnLeftBefore", [
                        "mrn": "\(p.mrn)", "name": "\(existing.patient.name)", "existing": "\(existing.mrn)",
                    ]))
            }
            try Validate.text(p.name, field: "patient name")
            try Validate.text(c.fromBoard, field: "board transferred from")
            try Validate.text(c.bed, field: "bed")
            let bed = c.bed.trimmingCharacters(in: .whitespaces)
            if !context.isReplay { try checkBed(bed, for: p.mrn, allowShared: c.allowSharedBed) }
            p.movements = (p.movements ?? []) + [PatientMovement(
                kind: .transferredIn, by: context.author, at: context.at, fromBed: p.bed, toBed: bed,
                otherBoard: c.fromBoard)]
            p.bed = bed
            patients[p.mrn] = PatientRecord(patient: p)
            return p.mrn
        case let .transferRecord(c):
            return try transferRecord(c, context: context)
        default:
            return nil
        }
    }

    /// The record of a patient on the ward, or why a move cannot be made.
    private func onWard(_ mrn: MRN, doing what: ShownText) throws(BoardError) -> PatientRecord {
        guard let record = patients[mrn] else { throw .unknownPatient(mrn) }
        if let departure = record.patient.departure {
            throw .inconsistent(.tr("error.board.inconsistent.patientLeft", [
                "what": what, "mrn": "\(mrn)", "kind": .englishOr(departure.kind.rawValue, departure.kind == .transferredOut
                    ? .tr("discharge.departed.transferredOut") : .tr("discharge.departed.discharged")), "at": "\(ClinicalClock.machineText(departure.at))",
            ]))
        }
        return record
    }

    /// The open items carried over, or the refusal listing them when the user did not say to carry them over.
    private func openItems(_ record: PatientRecord, carryOver: Bool?, leaving what: ShownText) throws(BoardError) -> [CarriedOverItem]? {
        let open = OpenItems.listed(record)
        guard !open.isEmpty else { return nil }
        guard carryOver == true else {
            throw .inconsistent(.tr("error.board.inconsistent.openItems", count: open.count, [
                "what": what, "mrn": "\(record.mrn)", "count": "\(open.count)",
                "items": open.map { ShownText.joined(["\($0.carried.id)", $0.words], separator: " ") }.joined("; "),
            ]))
        }
        return open.map(\.carried)
    }

    private func checkBed(_ bed: String, for mrn: MRN, allowShared: Bool?) throws(BoardError) {
        if allowShared != true, let neighbour = occupant(of: bed, besides: mrn) {
            throw .bedOccupied(bed: bed, by: neighbour.mrn, name: neighbour.patient.name)
        }
    }

    private mutating func move(_ mrn: MRN, _ movement: PatientMovement) throws(BoardError) {
        guard var patient = patients[mrn]?.patient else { throw .unknownPatient(mrn) }
        if let bed = movement.toBed { patient.bed = bed }
        patient.movements = (patient.movements ?? []) + [movement]
        patients[mrn]?.patient = patient
    }

    /// Adds one record of a patient transferred in, under this change's id.
    private mutating func transferRecord(_ c: TransferRecord, context: ChangeContext) throws(BoardError) -> RecordID? {
        guard let record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
        guard c.importedFrom != nil || record.patient.movements?.last?.kind == .transferredIn else {
            throw .inconsistent(.tr("error.board.inconsistent.notTransferredIn", ["mrn": "\(c.mrn)"]))
        }
        let sequence = context.sequence
        let parts: [Bool] = [
            c.consult != nil, c.order != nil, c.result != nil, c.lab != nil, c.complication != nil, c.note != nil,
            c.addendum != nil, c.action != nil, c.contingency != nil, c.exam != nil, c.acknowledgement != nil,
            c.allergy != nil, c.criticalValue != nil, c.noKnownAllergies != nil,
        ]
        guard parts.filter({ $0 }).count == 1 else {
            throw .inconsistent(.tr("error.board.inconsistent.oneRecordPerTransfer", ["count": "\(parts.filter { $0 }.count)"]))
        }
        func newID(_ kind: RecordKind) -> RecordID { kind.id(forSequence: sequence) }
        var id: RecordID?
        if var x = c.consult { x.id = newID(.consult); id = x.id; patients[c.mrn]?.consults.append(x) }
        if var x = c.order { x.id = newID(.order); id = x.id; patients[c.mrn]?.orders.append(x) }
        if var x = c.result {
            if let orderID = x.orderID, !record.orders.contains(where: { $0.id == orderID }) {
                throw .inconsistent(.tr("error.board.inconsistent.transferredResultOrder", ["order": "\(orderID)", "mrn": "\(c.mrn)"]))
            }
            x.id = newID(.result); id = x.id; patients[c.mrn]?.results.append(x)
        }
        if var x = c.lab { x.id = newID(.lab); id = x.id; patients[c.mrn]?.labs.append(x) }
        if var x = c.complication { x.id = newID(.complication); id = x.id; patients[c.mrn]?.complications.append(x) }
        if var x = c.note { x.id = newID(.note); x.addenda = []; id = x.id; patients[c.mrn]?.notes.append(x) }
        if var x = c.addendum {
            guard let noteID = c.noteID, let index = record.notes.firstIndex(where: { $0.id == noteID }) else {
                throw .inconsistent(.tr("error.board.inconsistent.transferredAddendumNote", ["note": "\(c.noteID ?? "none")", "mrn": "\(c.mrn)"]))
            }
            x.id = newID(.addendum); id = x.id; patients[c.mrn]?.notes[index].addenda.append(x)
        }
        if var x = c.action { x.id = newID(.action); id = x.id; patients[c.mrn]?.actions.append(x) }
        if var x = c.contingency { x.id = newID(.contingency); id = x.id; patients[c.mrn]?.contingencies.append(x) }
        if var x = c.exam { x.id = newID(.exam); id = x.id; patients[c.mrn]?.exams.append(x) }
        if var x = c.acknowledgement { x.id = newID(.acknowledgement); id = x.id; patients[c.mrn]?.acknowledgements.append(x) }
        if var x = c.allergy { x.id = newID(.allergy); id = x.id; patients[c.mrn]?.allergies.append(x) }
        if let x = c.criticalValue {
            guard record.labs.contains(where: { $0.id == x.labID }) else {
                throw .inconsistent(.tr("error.board.inconsistent.transferredCriticalLab", ["lab": "\(x.labID)", "mrn": "\(c.mrn)"]))
            }
            patients[c.mrn]?.criticalValues = (record.criticalValues ?? []) + [x]
        }
        if let x = c.noKnownAllergies { patients[c.mrn]?.noKnownAllergies = x }
        return id
    }
}

extension BoardCommand {
    /// The feed message a move came from, if any.
    var movementSource: String? {
        switch self {
        case let .dischargePatient(c): c.source
        case let .transferBed(c): c.source
        case let .readmitPatient(c): c.source
        default: nil
        }
    }

    /// The audit line of a move (see `summaryShown`), its words chosen when shown.
    var stayShown: ShownText? {
        switch self {
        case let .dischargePatient(c):
            .tr("change.discharge", [
                "destination": c.destination.labelText, "carried": c.carryOver == true ? .tr("change.openItemsCarried") : "",
                "summary": c.summary.map { .tr("change.colonText", ["text": "\($0)"]) } ?? "",
            ])
        case let .transferBed(c): .tr("change.transferBed", ["bed": "\(c.bed)"])
        case let .readmitPatient(c): .tr("change.readmit", ["bed": c.bed.map { .tr("change.toBed", ["bed": "\($0)"]) } ?? ""])
        case let .transferOut(c):
            .tr("change.transferOut", ["board": "\(c.toBoard)", "carried": c.carryOver == true ? .tr("change.openItemsCarried") : ""])
        case let .transferIn(c): .tr("change.transferIn", ["board": "\(c.fromBoard)", "name": "\(c.patient.name)", "bed": "\(c.bed)"])
        case let .transferRecord(c):
            c.importedFrom.map { .tr("change.recordImported", ["source": "\($0)"]) } ?? .tr("change.recordCarriedOver")
        default: nil
        }
    }
}
