import Foundation

extension Board {
    /// Validates `command` against the board as it is now and, if it is acceptable, applies it.
    ///
    /// Nothing changes when it throws. Returns the id of the record the command created or changed (the MRN for
    /// patient commands, `nil` for creating the board), which the CLI prints.
    @discardableResult
    public mutating func apply(_ command: BoardCommand, context: ChangeContext) throws(BoardError) -> String? {
        try Validate.text(context.author, field: "author name")
        if !context.isReplay {
            try checkPermission(command, context: context)
            try checkRevision(of: command)
        }
        let id: String?
        switch command {
        case let .createBoard(c):
            guard revision == 0, patients.isEmpty else { throw .boardAlreadyCreated }
            try Validate.text(c.ward, field: "ward name")
            ward = c.ward
            createdAt = context.at
            id = nil
        case let .admitPatient(c):
            id = try admit(c, context: context)
        case let .updatePatient(c):
            id = try update(c, context: context)
        case let .addNote(c):
            try Validate.text(c.text, field: "note text")
            var note = Note(
                id: RecordKind.note.id(forSequence: context.sequence), service: c.service, type: c.type,
                author: context.author, at: context.at, text: c.text)
            note.cosignature = cosignatureNeeded(by: context.author)
            try edit(c.mrn) { $0.notes.append(note) }
            id = note.id
        case let .addAddendum(c):
            try Validate.text(c.text, field: "addendum text")
            let addendum = Addendum(
                id: RecordKind.addendum.id(forSequence: context.sequence), author: context.author, at: context.at,
                text: c.text)
            try editRecord(c.noteID, kind: .note, in: \.notes) { $0.addenda.append(addendum) }
            register(addendum.id, for: recordIndex[c.noteID] ?? "")
            id = addendum.id
        case let .markNoteInError(c):
            try Validate.text(c.reason, field: "reason")
            try editRecord(c.noteID, kind: .note, in: \.notes) { (note) throws(BoardError) in
                guard note.enteredInError == nil else {
                    throw .alreadyRecorded(record: "\(note.id)", what: .tr("error.board.already.enteredInError"))
                }
                note.enteredInError = ErrorMark(by: context.author, at: context.at, reason: c.reason)
            }
            id = c.noteID
        case let .requestConsult(c):
            try Validate.text(c.question, field: "consult question")
            let consult = Consult(
                id: RecordKind.consult.id(forSequence: context.sequence), service: c.service, question: c.question,
                urgency: c.urgency, requestedBy: context.author, requestedAt: context.at)
            try edit(c.mrn) { $0.consults.append(consult) }
            id = consult.id
        case let .setConsultStatus(c):
            try editRecord(c.consultID, kind: .consult, in: \.consults) { (consult) throws(BoardError) in
                let change = try Validate.move(
                    consult.id, from: consult.status, to: c.status, reason: c.reason, context: context)
                consult.status = c.status
                consult.history.append(change)
            }
            id = c.consultID
        case let .addRecommendation(c):
            try Validate.text(c.text, field: "recommendation")
            try editRecord(c.consultID, kind: .consult, in: \.consults) {
                $0.recommendations.append(Recommendation(text: c.text, by: context.author, at: context.at))
            }
            id = c.consultID
        case let .addOrder(c):
            id = try addOrder(c, context: context)
        case let .setOrderStatus(c):
            try editRecord(c.orderID, kind: .order, in: \.orders) { (order) throws(BoardError) in
                let change = try Validate.move(order.id, from: order.status, to: c.status, reason: c.reason, context: context)
                order.status = c.status
                order.history.append(change)
            }
            id = c.orderID
        case let .addLab(c):
            id = try addLab(c, context: context)
        case let .addResult(c):
            try Validate.text(c.summary, field: "result summary")
            if let orderID = c.orderID {
                // Only an order can be answered by a report: a note's or a consult's id is "no such order".
                guard orderID.hasPrefix(RecordKind.order.rawValue + "-"), let holder = recordIndex[orderID] else {
                    throw .unknownRecord(orderID, expected: .order)
                }
                guard holder == c.mrn else {
                    throw .inconsistent(.tr("error.board.inconsistent.orderOfAnotherPatient", ["order": "\(orderID)", "mrn": "\(c.mrn)"]))
                }
            }
            let result = DiagnosticResult(
                id: RecordKind.result.id(forSequence: context.sequence), kind: c.kind, summary: c.summary,
                findings: c.findings, region: c.region, levels: c.levels, status: c.status, orderID: c.orderID,
                reportedBy: context.author, reportedAt: context.at)
            try edit(c.mrn) { $0.results.append(result) }
            id = result.id
        case let .setResultStatus(c):
            try editRecord(c.resultID, kind: .result, in: \.results) { (result) throws(BoardError) in
                let change = try Validate.move(result.id, from: result.status, to: c.status, reason: c.reason, context: context)
                result.status = c.status
                result.history.append(change)
            }
            id = c.resultID
        case let .addComplication(c):
            try Validate.text(c.summary, field: "complication summary")
            if !context.isReplay { try Validate.notFuture(c.onset, field: "complication onset", context: context) }
            let complication = Complication(
                id: RecordKind.complication.id(forSequence: context.sequence), kind: c.kind, summary: c.summary,
                details: c.details, onset: c.onset, recordedBy: context.author, recordedAt: context.at)
            try edit(c.mrn) { $0.complications.append(complication) }
            id = complication.id
        case let .setComplicationStatus(c):
            try editRecord(c.complicationID, kind: .complication, in: \.complications) { (complication) throws(BoardError) in
                let change = try Validate.move(
                    complication.id, from: complication.status, to: c.status, reason: c.reason, context: context)
                complication.status = c.status
                complication.resolvedAt = c.status == .resolved ? context.at : nil
                complication.history.append(change)
            }
            id = c.complicationID
        case let .addAction(c):
            try Validate.text(c.text, field: "action text")
            let action = ActionItem(
                id: RecordKind.action.id(forSequence: context.sequence), text: c.text,
                owner: c.owner.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }, due: c.due,
                createdBy: context.author, createdAt: context.at)
            try edit(c.mrn) { $0.actions.append(action) }
            id = action.id
        case let .completeAction(c):
            try editRecord(c.actionID, kind: .action, in: \.actions) { (action) throws(BoardError) in
                guard !action.done else { throw .alreadyRecorded(record: "\(action.id)", what: .tr("error.board.already.done")) }
                action.done = true
                action.doneBy = context.author
                action.doneAt = context.at
            }
            id = c.actionID
        case let .addContingency(c):
            try Validate.text(c.condition, field: "contingency condition (if)")
            try Validate.text(c.action, field: "contingency action (then)")
            let contingency = Contingency(
                id: RecordKind.contingency.id(forSequence: context.sequence), condition: c.condition,
                action: c.action, author: context.author, at: context.at)
            try edit(c.mrn) { $0.contingencies.append(contingency) }
            id = contingency.id
        case let .addExam(c):
            guard !c.values.isEmpty else { throw .empty(field: "ISNCSCI exam") }
            if !context.isReplay {
                if let at = c.examinedAt { try Validate.notFuture(at, field: "exam time", context: context) }
                do {
                    _ = try ISNCSCIExam(values: c.values)
                    try ISNCSCIExam.checkForEntry(c.values)
                } catch { throw error.boardError }
            }
            let exam = ExamRecord(
                id: RecordKind.exam.id(forSequence: context.sequence), examinedBy: context.author,
                at: c.examinedAt ?? context.at, values: c.values)
            try edit(c.mrn) { $0.exams.append(exam) }
            id = exam.id
        case let .acknowledgeAlert(c):
            try Validate.text(c.alertKey, field: "alert key")
            try Validate.text(c.reason, field: "reason for acknowledging the alert")
            // Only a current, not yet acknowledged alert of this patient can be acknowledged.
            guard let record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
            if !context.isReplay {
                try context.settings.safetyRules.checkAcknowledgeable(c.alertKey, for: record, at: context.at)
            }
            let ack = AlertAcknowledgement(
                id: RecordKind.acknowledgement.id(forSequence: context.sequence), alertKey: c.alertKey,
                by: context.author, at: context.at, reason: c.reason)
            try edit(c.mrn) { $0.acknowledgements.append(ack) }
            id = ack.id
        case let .receiveCriticalValue(c):
            id = try receiveCriticalValue(c, context: context)
        case let .notifyCriticalValue(c):
            id = try notifyCriticalValue(c, context: context)
        case let .closeCriticalValue(c):
            id = try closeCriticalValue(c, context: context)
        case let .recordDose(c):
            id = try recordDose(c, context: context)
        case let .addAllergy(c):
            try Validate.text(c.substance, field: "allergy substance")
            let allergy = AllergyRecord(
                id: RecordKind.allergy.id(forSequence: context.sequence), substance: c.substance,
                reaction: c.reaction.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 },
                severity: c.severity, recordedBy: context.author, recordedAt: context.at)
            try edit(c.mrn) { record in
                record.allergies.append(allergy)
                // An allergy recorded ends a "no known drug allergies" statement.
                record.noKnownAllergies = nil
            }
            id = allergy.id
        case let .setAllergyStatus(c):
            try Validate.text(c.reason, field: "reason for the allergy status")
            try editRecord(c.allergyID, kind: .allergy, in: \.allergies) { (allergy) throws(BoardError) in
                guard allergy.status != c.status else {
                    throw .alreadyRecorded(
                        record: RecordKind.allergy.named(allergy.id), what: c.status.rawValueText)
                }
                guard allergy.status != .enteredInError else {
                    throw .inconsistent(.tr("error.board.inconsistent.allergyEnteredInError", ["id": "\(allergy.id)"]))
                }
                allergy.status = c.status
                allergy.statusReason = c.reason
            }
            id = c.allergyID
        case let .recordNoKnownAllergies(c):
            guard let record = patients[c.mrn] else { throw .unknownPatient(c.mrn) }
            let active = record.allergies.filter { $0.status == .active }.map(\.id)
            guard active.isEmpty else {
                throw .inconsistent(.tr("error.board.inconsistent.activeAllergies", [
                    "mrn": "\(c.mrn)", "allergies": "\(active.joined(separator: ", "))",
                ]))
            }
            try edit(c.mrn) { $0.noKnownAllergies = NoKnownAllergiesStatement(by: context.author, at: context.at) }
            id = c.mrn
        case let .setCodeStatus(c):
            id = try setCodeStatus(c, context: context)
        case let .addDevice(c):
            id = try addDevice(c, context: context)
        case let .removeDevice(c):
            id = try removeDevice(c, context: context)
        case let .addContact(c):
            id = try addContact(c, context: context)
        case let .acknowledgeHandoff(c):
            id = try acknowledgeHandoff(c, context: context)
        case let .importBoard(c):
            try importBoard(c, context: context)
            id = nil
        case .recordRepair:
            id = nil  // a note in the journal about the journal; no patient changes
        case .dischargePatient, .transferBed, .readmitPatient, .transferOut, .transferIn, .transferRecord:
            id = try applyStay(command, context: context)
        case let .updateDemographics(c):
            id = try updateDemographics(c)
        case let .addStaff(c):
            try addStaff(c, context: context)
            id = c.member.name
        case let .setStaff(c):
            try setStaff(c, context: context)
            id = c.name
        case let .setRosterPolicy(c):
            try setRosterPolicy(c)
            id = nil
        case let .cosignNote(c):
            id = try cosignNote(c, context: context)
        case let .recordWardSetting(c):
            try c.check()
            id = nil  // the setting itself lives beside the journal (ward/ or consult_board.ward_settings)
        }
        // A new record (not the patient itself, not an existing record changed) joins the id index.
        if let id, command.targetRecord == nil, let mrn = command.namedPatient, id != mrn {
            register(id, for: mrn)
        }
        if let mrn = command.namedPatient ?? command.targetRecord.flatMap({ recordIndex[$0] }) {
            patients[mrn]?.revision = context.sequence
            // A header change keeps no record of its own: its time is kept for "events since the last handoff".
            if let change = HeaderChange(command, context: context) { patients[mrn]?.headerChanges.append(change) }
        }
        revision = context.sequence
        return id
    }

    // MARK: - The commands with more to check

    private mutating func admit(_ c: AdmitPatient, context: ChangeContext) throws(BoardError) -> MRN {
        var p = c.patient
        try Validate.mrn(p.mrn)
        if let existing = patients[p.mrn] {
            if let source = c.source, existing.patient.movements?.contains(where: { $0.source == source }) == true {
                throw .alreadyRecorded(record: "\(source)", what: .tr("error.board.already.fromFeedMessage"))
            }
            throw .duplicatePatient(p.mrn, name: existing.patient.name)
        }
        try Validate.text(p.name, field: "patient name")
        try Validate.text(p.bed, field: "bed")
        try Validate.text(p.diagnosis, field: "diagnosis")
        try Validate.range(Double(p.age), 0...130, field: "age", expected: .between(0, 130, .tr("error.board.expected.years")))
        if let weight = p.weightKg { try Validate.range(weight, 0.3...400, field: "weight", expected: .between(0.3, 400, "kg")) }
        if !context.isReplay {
            // An admission dated ahead would read as "admitted" to every clock and order check that starts from it.
            try Validate.notFuture(p.admittedAt, field: "admission time", context: context)
            if let injured = p.injuredAt { try Validate.notFuture(injured, field: "injury time", context: context) }
            // MRNs are unique whatever their case: SCI-0042 and sci-0042 are one patient typed twice.
            if let existing = patients.values.first(where: { $0.mrn.lowercased() == p.mrn.lowercased() }) {
                throw .duplicatePatient(existing.mrn, name: existing.patient.name)
            }
            if c.allowSharedBed != true, let neighbour = occupant(of: p.bed, besides: p.mrn) {
                throw .bedOccupied(bed: p.bed, by: neighbour.mrn, name: neighbour.patient.name)
            }
        }
        if let source = c.source {
            // A feed's admission keeps its message, so a resent A01 is recognised (see `PatientMovement.source`).
            try Validate.text(source, field: "source of the admission")
            p.movements = [PatientMovement(kind: .admitted, by: context.author, at: p.admittedAt, toBed: p.bed, source: source)]
        }
        patients[p.mrn] = PatientRecord(patient: p)
        return p.mrn
    }

    private mutating func update(_ c: UpdatePatient, context: ChangeContext) throws(BoardError) -> MRN {
        if let bed = c.bed { try Validate.text(bed, field: "bed") }
        // Moving into a taken bed is refused as admitting into one is, unless confirmed (replays keep what was).
        if let bed = c.bed, !context.isReplay, c.allowSharedBed != true,
            let neighbour = patients.values.first(where: { $0.mrn != c.mrn && Validate.sameBed($0.patient.bed, bed) })
        {
            throw .bedOccupied(bed: bed, by: neighbour.mrn, name: neighbour.patient.name)
        }
        if let diagnosis = c.diagnosis { try Validate.text(diagnosis, field: "diagnosis") }
        if let weight = c.weightKg { try Validate.range(weight, 0.3...400, field: "weight", expected: .between(0.3, 400, "kg")) }
        if let injured = c.injuredAt, !context.isReplay { try Validate.notFuture(injured, field: "injury time", context: context) }
        try edit(c.mrn) { record in
            if let bed = c.bed { record.patient.bed = bed }
            if let weight = c.weightKg { record.patient.weightKg = weight }
            if let allergies = c.allergies { record.patient.allergies = allergies }
            if let diagnosis = c.diagnosis { record.patient.diagnosis = diagnosis }
            if let summary = c.summary { record.patient.summary = summary }
            if let severity = c.severity { record.patient.severity = severity }
            if let problems = c.problems { record.patient.problems = problems }
            if let injured = c.injuredAt { record.patient.injuredAt = injured }
        }
        return c.mrn
    }

    private mutating func addOrder(_ c: AddOrder, context: ChangeContext) throws(BoardError) -> RecordID {
        try Validate.text(c.text, field: "order text")
        if c.kind == .medication {
            guard let m = c.medication else {
                throw .inconsistent(.tr("error.board.inconsistent.medicationNeedsDetails"))
            }
            try Validate.text(m.drug, field: "drug")
            try Validate.text(m.dose, field: "dose")
            try Validate.text(m.route, field: "route")
            try Validate.text(m.frequency, field: "frequency")
        } else if c.medication != nil {
            throw .inconsistent(.tr("error.board.inconsistent.medicationDetailsMisplaced", ["kind": c.kind.rawValueText]))
        }
        if c.kind == .imaging {
            guard let i = c.imaging else { throw .inconsistent(.tr("error.board.inconsistent.imagingNeedsDetails")) }
            try Validate.text(i.region, field: "imaging region")
        } else if c.imaging != nil {
            throw .inconsistent(.tr("error.board.inconsistent.imagingDetailsMisplaced", ["kind": c.kind.rawValueText]))
        }
        guard c.status == .active || c.status == .draft else {
            throw .invalidValue(field: "initial order status", value: c.status.rawValue, valid: "draft, active")
        }
        let order = Order(
            id: RecordKind.order.id(forSequence: context.sequence), service: c.service, kind: c.kind, text: c.text,
            medication: c.medication, imaging: c.imaging, orderedBy: context.author, orderedAt: context.at,
            status: c.status)
        try edit(c.mrn) { $0.orders.append(order) }
        return order.id
    }

    private mutating func addLab(_ c: AddLab, context: ChangeContext) throws(BoardError) -> RecordID {
        try Validate.text(c.test, field: "test name")
        try Validate.text(c.unit, field: "unit")
        guard c.value.isFinite else { throw .notANumber(field: "value", value: "\(c.value)") }
        var test = c.test.trimmingSpaces
        var unit = c.unit.trimmingSpaces
        if !context.isReplay {
            try Validate.notFuture(c.at, field: "sample time", context: context)
            switch KnownTest.notOneSeries(test) {
            case .bloodPressure?: throw .inconsistent(.tr("error.board.inconsistent.bloodPressureIsAPair", ["test": "\(test)"]))
            case .meanArterialPressure?: throw .inconsistent(.tr("error.board.inconsistent.mapFromThePair", ["test": "\(test)"]))
            case nil: break
            }
            if KnownTest.named(test) == nil, c.newTest != true, let near = TestNameSuggestion.near(test) {
                throw .unknownTestNear(test: test, suggestion: near)
            }
        }
        if let known = KnownTest.named(test) {
            guard let canonical = known.canonicalUnit(unit) else {
                throw .unitMismatch(test: known.name, unit: c.unit, valid: known.units)
            }
            test = known.name
            unit = canonical
            if let plausible = known.plausible(in: canonical) {
                try Validate.range(
                    c.value, plausible, field: known.name,
                    expected: .between(plausible.lowerBound, plausible.upperBound, "\(canonical)"))
            }
        }
        try CollectionPeriod.check(c.periodHours, test: test)
        if let source = c.source {
            try Validate.text(source, field: "source of the value")
            if patients[c.mrn]?.labs.contains(where: { $0.source == source }) == true {
                throw .alreadyRecorded(record: "\(source)", what: .tr("error.board.already.fromFeedMessage"))
            }
        }
        let lab = LabValue(
            id: RecordKind.lab.id(forSequence: context.sequence), test: test, value: c.value, unit: unit, at: c.at,
            enteredBy: context.author, periodHours: c.periodHours, source: c.source)
        try edit(c.mrn) { $0.labs.append(lab) }
        return lab.id
    }

    // MARK: - Finding what a command changes

    /// Runs `change` on a patient's record, or throws if there is no such patient.
    private mutating func edit(
        _ mrn: MRN, _ change: (inout PatientRecord) throws(BoardError) -> Void
    ) throws(BoardError) {
        guard let index = patients.index(forKey: mrn) else { throw .unknownPatient(mrn) }
        try changeInPlace(at: index, change)
    }

    /// Runs `change` on the record at `index` with its lists uniquely referenced: the record is moved out of the
    /// dictionary (a header-only stand-in keeps its place) and back, so appending a lab or a note does not copy
    /// the whole list. A plain copy made every append O(list): replaying a long stay was quadratic (most of
    /// `validate`'s time on a large board). `change` must throw before it changes anything (every caller
    /// validates first), since the record it was given is what is put back.
    private mutating func changeInPlace(
        at index: Int, _ change: (inout PatientRecord) throws(BoardError) -> Void
    ) throws(BoardError) {
        var record = patients.values[index]
        patients.values[index] = PatientRecord(patient: record.patient)
        defer { patients.values[index] = record }
        try change(&record)
    }

    /// Runs `change` on the record with `id` in one of a patient's lists, or throws if there is none.
    mutating func editRecord<Item: Identifiable>(
        _ id: RecordID, kind: RecordKind, in list: WritableKeyPath<PatientRecord, [Item]>,
        _ change: (inout Item) throws(BoardError) -> Void
    ) throws(BoardError) where Item.ID == RecordID {
        guard let mrn = recordIndex[id], let position = patients.index(forKey: mrn),
            let index = patients.values[position][keyPath: list].firstIndex(where: { $0.id == id })
        else { throw .unknownRecord(id, expected: kind) }
        try changeInPlace(at: position) { (record) throws(BoardError) in try change(&record[keyPath: list][index]) }
    }
}

/// The checks shared by the commands.
enum Validate {
    static func text(_ text: String, field: String) throws(BoardError) {
        // Stops at the first character that is not a space (trimming the whole text was a fifth of a replay).
        let blank = CharacterSet.whitespacesAndNewlines
        if !text.unicodeScalars.contains(where: { !blank.contains($0) }) { throw .empty(field: field) }
    }

    /// `expected` is only worded for a refusal: a replay checks every lab, and wording the range each time was a
    /// measurable part of `validate`.
    static func range(
        _ value: Double, _ range: ClosedRange<Double>, field: String, expected: @autoclosure () -> ShownText
    ) throws(BoardError) {
        guard value.isFinite else { throw .notANumber(field: field, value: "\(value)") }
        guard range.contains(value) else { throw .outOfRange(field: field, value: ClinicalNumber.plain(value), expected: expected()) }
    }

    /// Refuses a clinical time beyond the clock tolerance (see `ClinicalClock`), naming the machine's time.
    static func notFuture(_ date: Date, field: String, context: ChangeContext) throws(BoardError) {
        if ClinicalClock.isFuture(date, now: context.at) { throw .futureTime(field: field, value: date, now: context.at) }
    }

    /// Whether two beds are the same bed as the ward writes them ("3-01" and " 3-01 ", "b2" and "B2").
    static func sameBed(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).lowercased() == b.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func mrn(_ mrn: MRN) throws(BoardError) {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
        guard (1...32).contains(mrn.count), mrn.allSatisfy(allowed.contains) else { throw .invalidMRN(mrn) }
    }

    /// Checks a status move against its lifecycle and returns the history entry for it.
    static func move<S: Lifecycle>(
        _ id: RecordID, from: S, to: S, reason: String?, context: ChangeContext
    ) throws(BoardError) -> StatusChange<S> {
        guard from.canMove(to: to) else {
            throw .illegalTransition(record: id, from: from.rawValue, to: to.rawValue, allowed: from.next.map(\.rawValue))
        }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if to.needsReason, reason?.isEmpty ?? true { throw .reasonRequired(record: id, status: to.rawValue) }
        return StatusChange(from: from, to: to, by: context.author, at: context.at, reason: reason?.isEmpty == true ? nil : reason)
    }
}
