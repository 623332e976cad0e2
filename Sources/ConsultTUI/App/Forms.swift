import ConsultBoard
import Foundation

/// Why a form cannot be saved yet, in words the user can act on (shown on the status line).
struct FormError: Error, Equatable, Sendable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The app's forms: which fields each one has, and the command each one saves as.
///
/// Status forms offer only the moves the record's lifecycle allows (`Lifecycle.next`) and ask for a reason
/// exactly when the chosen status needs one (`needsReason`); the board validates everything again on apply.
enum Forms {
    /// The form for `purpose` on the board as it is, or a message saying why there is nothing to do.
    static func make(_ purpose: FormPurpose, state: AppState) -> Result<FormState, FormError> {
        fields(purpose, state: state).map { form in
            var form = form
            form.expectedRevision = purpose.existingRecordPatient(on: state.board).flatMap { state.board.patients[$0]?.revision }
            return form
        }
    }

    private static func fields(_ purpose: FormPurpose, state: AppState) -> Result<FormState, FormError> {
        let board = state.board
        let time = TimeFormat(timeZone: state.timeZone)
        let nowText = time.dateTime(state.now)
        let service = (state.lastService ?? .ward).rawValue
        switch purpose {
        case .admitPatient:
            return .success(FormState(purpose: purpose, title: "Admit patient", fields: [
                FormField("mrn", "MRN", required: true, hint: "letters, digits, - _ . (e.g. SCI-0042)"),
                FormField("name", "Name", required: true),
                FormField("age", "Age", .number, required: true, hint: "years"),
                FormField("sex", "Sex", .choice([FormField.unchosen] + Sex.allCases.map(\.rawValue)), required: true,
                          hint: "←/→ or space: F or M (no default: it feeds eGFR and CrCl)"),
                FormField("bed", "Bed", required: true),
                FormField("diagnosis", "Diagnosis", required: true),
                FormField("weight", "Weight (kg)", .number, hint: "optional"),
                FormField("allergies", "Allergies", hint: "as the ward records them; empty means none recorded"),
                FormField("severity", "Severity", .choice(Severity.allCases.map(\.rawValue))),
                FormField("summary", "Summary", hint: "the I-PASS one-line summary"),
            ]))
        case .requestConsult:
            return .success(FormState(purpose: purpose, title: "Request consult", fields: [
                FormField("service", "Service", .choice(Service.allCases.map(\.rawValue)), value: "neurology"),
                FormField("question", "Question", required: true, hint: "what the consultant should answer"),
                FormField("urgency", "Urgency", .choice(Urgency.allCases.map(\.rawValue))),
            ]))
        case let .consultStatus(id):
            guard let consult = find(id, in: board, \.consults) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: consult.status, title: "Consult \(id) (\(consult.service.label))")
        case let .recommendation(id):
            guard let consult = find(id, in: board, \.consults) else { return .failure(missing(id)) }
            return .success(FormState(purpose: purpose, title: "Recommendation on \(id) (\(consult.service.label))", fields: [
                FormField("text", "Recommendation", required: true),
            ]))
        case .addOrder:
            let medication = FormField.Condition(field: "kind", values: [OrderKind.medication.rawValue])
            let imaging = FormField.Condition(field: "kind", values: [OrderKind.imaging.rawValue])
            return .success(FormState(purpose: purpose, title: "Add order", fields: [
                FormField("service", "Service", .choice(Service.allCases.map(\.rawValue)), value: service),
                FormField("kind", "Kind", .choice(OrderKind.allCases.map(\.rawValue))),
                FormField("drug", "Drug", required: true, hint: "type a generic or brand name (依诺, clex): ↓ choose, Enter takes it", shownWhen: medication).completingDrugs,
                FormField("dose", "Dose", required: true, hint: "as written, e.g. 40 mg", shownWhen: medication),
                FormField("route", "Route", required: true, hint: "e.g. PO, IV, SC", shownWhen: medication),
                FormField("frequency", "Frequency", required: true, hint: "e.g. daily, q8h", shownWhen: medication),
                FormField("modality", "Modality", .choice(Modality.allCases.map(\.rawValue)), shownWhen: imaging),
                FormField("region", "Region", required: true, hint: "e.g. cervical spine", shownWhen: imaging),
                FormField("contrast", "Contrast", .choice(Contrast.allCases.map(\.rawValue)), shownWhen: imaging),
                FormField("text", "Order text", hint: "what is ordered; for medication and imaging, empty uses the details"),
                FormField("status", "Starts as", .choice([OrderStatus.active.rawValue, OrderStatus.draft.rawValue])),
            ]))
        case let .orderStatus(id):
            guard let order = find(id, in: board, \.orders) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: order.status, title: "Order \(id): \(Sanitizer.line(order.headline))")
        case .addLab:
            let known = KnownTest.all.map(\.name).joined(separator: ", ")
            return .success(FormState(purpose: purpose, title: "Add lab or vital", fields: [
                FormField("test", "Test", required: true, hint: "known: \(known)"),
                FormField("value", "Value", .number, required: true),
                FormField("unit", "Unit", required: true, hint: "e.g. umol/L, mg/dL, C, mmol/L"),
                FormField("at", "Taken at", .date, value: nowText, required: true, hint: "now, \(nowText), or ISO 8601"),
            ]))
        case let .addResult(mrn):
            let orders = board.patients[mrn]?.orders.filter { $0.kind == .imaging || $0.kind == .lab || $0.kind == .procedure } ?? []
            return .success(FormState(purpose: purpose, title: "Add result", fields: [
                FormField("kind", "Kind", .choice(ResultKind.allCases.map(\.rawValue))),
                FormField("summary", "Impression", required: true),
                FormField("findings", "Findings"),
                FormField("region", "Region", hint: "imaging: e.g. cervical spine"),
                FormField("levels", "Levels", hint: "imaging: e.g. C4-5"),
                FormField("status", "Status", .choice([ResultStatus.final.rawValue, ResultStatus.preliminary.rawValue])),
                FormField("order", "Answers order", .choice(["none"] + orders.reversed().map(\.id)), hint: "the order this report answers"),
            ]))
        case let .resultStatus(id):
            guard let result = find(id, in: board, \.results) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: result.status, title: "Result \(id) (\(result.kind.label))")
        case .addComplication:
            let infection = FormField.Condition(field: "kind", values: [ComplicationKind.infection.rawValue])
            let dvt = FormField.Condition(field: "kind", values: [ComplicationKind.dvt.rawValue])
            let sited = FormField.Condition(field: "kind", values: [ComplicationKind.infection.rawValue, ComplicationKind.dvt.rawValue])
            let renal = FormField.Condition(field: "kind", values: [ComplicationKind.renal.rawValue])
            return .success(FormState(purpose: purpose, title: "Add complication", fields: [
                FormField("kind", "Kind", .choice(ComplicationKind.allCases.map(\.rawValue))),
                FormField("summary", "Summary", required: true),
                FormField("onset", "Onset", .date, value: nowText, required: true, hint: "now, \(nowText), or ISO 8601"),
                FormField("site", "Site", shownWhen: sited),
                FormField("organism", "Organism", shownWhen: infection),
                FormField("antibiotic", "Antibiotic", shownWhen: infection),
                FormField("confirmedBy", "Confirmed by", hint: "e.g. duplex ultrasound", shownWhen: dvt),
                FormField("anticoagulation", "Anticoagulation", shownWhen: dvt),
                FormField("renalType", "Type", hint: "AKI or CKD, with stage", shownWhen: renal),
            ]))
        case let .complicationStatus(id):
            guard let complication = find(id, in: board, \.complications) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: complication.status, title: "Complication \(id) (\(complication.kind.label))")
        case .addAction:
            return .success(FormState(purpose: purpose, title: "Add action item", fields: [
                FormField("text", "Action", required: true, hint: "what the next team must do"),
                FormField("owner", "Owner", hint: "optional"),
                FormField("due", "Due", .date, hint: "optional, e.g. \(nowText)"),
            ]))
        case let .completeAction(mrn):
            let open = board.patients[mrn]?.actions.filter { !$0.done } ?? []
            guard !open.isEmpty else { return .failure(FormError("no open action items for this patient")) }
            let options = open.map { "\($0.id)  \(TextLayout.truncate(Sanitizer.line($0.text), width: 50))" }
            return .success(FormState(purpose: purpose, title: "Mark action done", fields: [
                FormField("action", "Action", .choice(options), hint: "←/→ choose the action that is done"),
            ]))
        case .addContingency:
            return .success(FormState(purpose: purpose, title: "Add contingency", fields: [
                FormField("condition", "If", required: true, hint: "e.g. temperature above 38.5 C"),
                FormField("action", "Then", required: true, hint: "e.g. blood cultures, call ID"),
            ]))
        case let .noteInError(id):
            guard let note = find(id, in: board, \.notes) else { return .failure(missing(id)) }
            if note.enteredInError != nil { return .failure(FormError("\(id) is already marked entered-in-error")) }
            return .success(FormState(purpose: purpose, title: "Mark note \(id) entered in error", fields: [
                FormField("reason", "Reason", required: true, hint: "why the note is wrong (kept in the record)"),
            ]))
        case let .updatePatient(mrn):
            guard let p = board.patients[mrn]?.patient else { return .failure(FormError("\(mrn) is no longer on the board")) }
            let v = headerValues(p)
            return .success(FormState(purpose: purpose, title: "Update \(Sanitizer.line(p.name)) (\(mrn))", fields: [
                FormField("severity", "Severity", .choice(Severity.allCases.map(\.rawValue)), value: v["severity"] ?? ""),
                FormField("bed", "Bed", value: v["bed"] ?? "", required: true),
                FormField("summary", "Summary", value: v["summary"] ?? "", hint: "the I-PASS one-line summary"),
                FormField("problems", "Problems", value: v["problems"] ?? "", hint: "most important first, separated by ;"),
                FormField("diagnosis", "Diagnosis", value: v["diagnosis"] ?? "", required: true),
                FormField("allergies", "Allergies", value: v["allergies"] ?? "", hint: "empty means none recorded"),
                FormField("weight", "Weight (kg)", .number, value: v["weight"] ?? ""),
            ]))
        case let .discharge(mrn):
            return DischargeForm.make(mrn, board: board)
        case let .acknowledgeAlert(mrn):
            guard let record = board.patients[mrn] else { return .failure(FormError("\(mrn) is no longer on the board")) }
            let open = ClinicalSummary.of(record, now: state.now, timeZone: state.timeZone).openAlerts
            guard !open.isEmpty else { return .failure(FormError("no open safety alerts for this patient")) }
            // By title, as the Overview shows them; the key (which the board records) follows in brackets.
            let titles = open.map { alert in
                let title = SafetyRuleSet.current.rules.first { $0.id == alert.ruleID }?.title ?? alert.ruleID
                return "\(Sanitizer.line(title)) [\(alert.key)]"
            }
            return .success(FormState(purpose: purpose, title: "Acknowledge a safety alert", fields: [
                FormField("alert", "Alert", .choice(titles), hint: "←/→ choose; the Overview shows each alert in full"),
                FormField("reason", "Reason", required: true, hint: "why it is handled (kept with the alert in the audit trail)"),
            ]))
        case let .allergies(mrn):
            guard let record = board.patients[mrn] else { return .failure(FormError("\(mrn) is no longer on the board")) }
            let retire = record.allergies.filter { $0.status == .active }.flatMap { allergy in
                [AllergyStatus.inactive, .enteredInError].map { "\(allergy.id) \(Sanitizer.line(allergy.substance)): mark \($0.rawValue)" }
            }
            let adding = FormField.Condition(field: "what", values: [AllergyForm.add])
            return .success(FormState(purpose: purpose, title: "Allergies of \(Sanitizer.line(record.patient.name)) (\(mrn))", fields: [
                FormField("what", "Record", .choice([AllergyForm.add, AllergyForm.none] + retire),
                          hint: "←/→: add an allergy, no known drug allergies, or retire one (now: \(TextLayout.truncate(Sanitizer.line(record.allergySummary), width: 40)))"),
                FormField("substance", "Substance", required: true, hint: "a drug, a class or contrast, e.g. 青霉素 penicillin", shownWhen: adding),
                FormField("reaction", "Reaction", hint: "optional, e.g. rash, anaphylaxis", shownWhen: adding),
                FormField("severity", "Severity", .choice([AllergyForm.unknownSeverity] + AllergySeverity.allCases.map(\.rawValue)), shownWhen: adding),
                FormField("reason", "Reason", required: true, hint: "why it no longer holds (kept in the record)",
                          shownWhen: FormField.Condition(field: "what", values: retire)),
            ]))
        case .boardFilter:
            return .success(FormState(purpose: purpose, title: "Filter patients", fields: [
                FormField("service", "Open consult of", .choice(["any"] + Service.allCases.map(\.rawValue)), value: state.filter.service?.rawValue ?? "any"),
                FormField("severity", "Severity", .choice(["any"] + Severity.allCases.map(\.rawValue)), value: state.filter.severity?.rawValue ?? "any"),
            ]))
        }
    }

    /// The command a filled-in form saves as. Checks what the board cannot know (required fields, numbers,
    /// dates); the board checks the rest when the command is applied.
    static func command(for form: FormState, now: Date, timeZone: TimeZone) throws(FormError) -> BoardCommand {
        try unrevisedCommand(for: form, now: now, timeZone: timeZone).expecting(form.expectedRevision)
    }

    private static func unrevisedCommand(for form: FormState, now: Date, timeZone: TimeZone) throws(FormError) -> BoardCommand {
        let v = form.values
        for field in form.fields where form.isShown(field) && field.isRequired && field.value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw FormError("\(field.label) is required")
        }
        for field in form.fields where form.isShown(field) && field.value == FormField.unchosen {
            throw FormError("\(field.label) is required: choose it with ←/→ or space")
        }
        func text(_ key: String) -> String { (v[key] ?? "").trimmingCharacters(in: .whitespaces) }
        func optional(_ key: String) -> String? {
            let t = text(key)
            return t.isEmpty ? nil : t
        }
        func number(_ key: String, _ label: String) throws(FormError) -> Double? {
            guard let t = optional(key) else { return nil }
            do throws(BoardError) { return try PlainDecimal.parse(t, field: label) } catch { throw FormError(error.description) }
        }
        func date(_ key: String, _ label: String) throws(FormError) -> Date? {
            guard let t = optional(key) else { return nil }
            guard let d = TimeFormat(timeZone: timeZone).parse(t, now: now) else {
                throw FormError("\(label) '\(t)' is not a date; use now, 2026-11-25 08:30, or ISO 8601")
            }
            return BoardJSON.wholeSeconds(d)
        }
        /// A clinical time, which cannot lie in the future (the board refuses it too; here the form stays open).
        func clinicalTime(_ key: String, _ label: String) throws(FormError) -> Date {
            guard let at = try date(key, label) else { throw FormError("\(label) is required") }
            if ClinicalClock.isFuture(at, now: now) {
                throw FormError(BoardError.futureTime(field: label, value: at, now: now).description)
            }
            return at
        }
        func vocabulary<T: Vocabulary>(_ key: String, _ type: T.Type) throws(FormError) -> T {
            do throws(BoardError) { return try T.parse(text(key), field: key) } catch { throw FormError(error.description) }
        }
        switch form.purpose {
        case .admitPatient:
            guard let age = try number("age", "Age"), age == age.rounded() else { throw FormError("Age must be whole years") }
            let patient = Patient(
                mrn: text("mrn"), name: text("name"), age: Int(age), sex: try vocabulary("sex", Sex.self), bed: text("bed"),
                weightKg: try number("weight", "Weight"), allergies: text("allergies"), admittedAt: BoardJSON.wholeSeconds(now),
                diagnosis: text("diagnosis"), summary: text("summary"), severity: try vocabulary("severity", Severity.self))
            return .admitPatient(AdmitPatient(patient: patient))
        case let .requestConsult(mrn):
            return .requestConsult(RequestConsult(
                mrn: mrn, service: try vocabulary("service", Service.self), question: text("question"),
                urgency: try vocabulary("urgency", Urgency.self)))
        case let .consultStatus(id):
            return .setConsultStatus(SetConsultStatus(consultID: id, status: try vocabulary("status", ConsultStatus.self), reason: optional("reason")))
        case let .recommendation(id):
            return .addRecommendation(AddRecommendation(consultID: id, text: text("text")))
        case let .addOrder(mrn):
            let kind = try vocabulary("kind", OrderKind.self)
            var medication: MedicationDetails?
            var imaging: ImagingDetails?
            var orderText = text("text")
            switch kind {
            case .medication:
                let m = MedicationDetails(drug: text("drug"), dose: text("dose"), route: text("route"), frequency: text("frequency"))
                medication = m
                if orderText.isEmpty { orderText = [m.drug, m.dose, m.route, m.frequency].joined(separator: " ") }
            case .imaging:
                let i = ImagingDetails(modality: try vocabulary("modality", Modality.self), region: text("region"), contrast: try vocabulary("contrast", Contrast.self))
                imaging = i
                if orderText.isEmpty { orderText = "\(i.modality.rawValue) \(i.region)" }
            default:
                if orderText.isEmpty { throw FormError("Order text is required") }
            }
            return .addOrder(AddOrder(
                mrn: mrn, service: try vocabulary("service", Service.self), kind: kind, text: orderText,
                medication: medication, imaging: imaging, status: try vocabulary("status", OrderStatus.self)))
        case let .orderStatus(id):
            return .setOrderStatus(SetOrderStatus(orderID: id, status: try vocabulary("status", OrderStatus.self), reason: optional("reason")))
        case let .addLab(mrn):
            guard let value = try number("value", "Value") else { throw FormError("Value is required") }
            let at = try clinicalTime("at", "Taken at")
            return .addLab(AddLab(mrn: mrn, test: text("test"), value: value, unit: text("unit"), at: at))
        case let .addResult(mrn):
            let order = text("order")
            return .addResult(AddResult(
                mrn: mrn, kind: try vocabulary("kind", ResultKind.self), summary: text("summary"), findings: text("findings"),
                region: optional("region"), levels: optional("levels"), status: try vocabulary("status", ResultStatus.self),
                orderID: order == "none" ? nil : order))
        case let .resultStatus(id):
            return .setResultStatus(SetResultStatus(resultID: id, status: try vocabulary("status", ResultStatus.self), reason: optional("reason")))
        case let .addComplication(mrn):
            let kind = try vocabulary("kind", ComplicationKind.self)
            func detail(_ key: String) -> String? {
                guard let field = form.fields.first(where: { $0.key == key }), form.isShown(field) else { return nil }
                return optional(key)
            }
            let details = ComplicationDetails(
                site: detail("site"), organism: detail("organism"), antibiotic: detail("antibiotic"),
                confirmedBy: detail("confirmedBy"), anticoagulation: detail("anticoagulation"), renalType: detail("renalType"))
            let onset = try clinicalTime("onset", "Onset")
            return .addComplication(AddComplication(mrn: mrn, kind: kind, summary: text("summary"), details: details, onset: onset))
        case let .complicationStatus(id):
            return .setComplicationStatus(SetComplicationStatus(complicationID: id, status: try vocabulary("status", ComplicationStatus.self), reason: optional("reason")))
        case let .addAction(mrn):
            return .addAction(AddAction(mrn: mrn, text: text("text"), owner: optional("owner"), due: try date("due", "Due")))
        case .completeAction:
            let id = String(text("action").prefix { !$0.isWhitespace })
            return .completeAction(CompleteAction(actionID: id))
        case let .addContingency(mrn):
            return .addContingency(AddContingency(mrn: mrn, condition: text("condition"), action: text("action")))
        case let .noteInError(id):
            return .markNoteInError(MarkNoteInError(noteID: id, reason: text("reason")))
        case let .updatePatient(mrn):
            // Only what changed is sent, so the audit trail says exactly what was updated.
            let initial = form.initialValues
            func changed(_ key: String) -> String? { text(key) == (initial[key] ?? "").trimmingCharacters(in: .whitespaces) ? nil : text(key) }
            let problems = changed("problems").map { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            let update = UpdatePatient(
                mrn: mrn, bed: changed("bed"), weightKg: changed("weight") == nil ? nil : try number("weight", "Weight"),
                allergies: changed("allergies"), diagnosis: changed("diagnosis"), summary: changed("summary"),
                severity: changed("severity").flatMap { Severity(rawValue: $0) }, problems: problems)
            guard update != UpdatePatient(mrn: mrn) else { throw FormError("nothing was changed") }
            return .updatePatient(update)
        case let .acknowledgeAlert(mrn):
            // "Title [key]": the key is what is recorded.
            let shown = text("alert")
            let key = shown.lastIndex(of: "[").map { String(shown[shown.index(after: $0)...].dropLast()) } ?? shown
            return .acknowledgeAlert(AcknowledgeAlert(mrn: mrn, alertKey: key, reason: text("reason")))
        case let .allergies(mrn):
            let what = text("what")
            if what == AllergyForm.add {
                let severity = text("severity") == AllergyForm.unknownSeverity ? nil : try vocabulary("severity", AllergySeverity.self)
                return .addAllergy(AddAllergy(mrn: mrn, substance: text("substance"), reaction: optional("reaction"), severity: severity))
            }
            if what == AllergyForm.none { return .recordNoKnownAllergies(RecordNoKnownAllergies(mrn: mrn)) }
            // "AG-3 penicillin: mark inactive": the id first, the status last.
            let id = String(what.prefix { !$0.isWhitespace })
            guard let status = AllergyStatus(rawValue: String(what.split(separator: " ").last ?? "")) else {
                throw FormError("choose what to record about the allergies with ←/→")
            }
            return .setAllergyStatus(SetAllergyStatus(allergyID: id, status: status, reason: text("reason")))
        case let .discharge(mrn):
            return try DischargeForm.command(v, mrn: mrn)
        case .boardFilter:
            throw FormError("the filter form changes the view, not the board")
        }
    }

    /// The patient header as the update form shows it, by field key (what a refused save compares with).
    static func headerValues(_ p: Patient) -> [String: String] {
        [
            "severity": p.severity.rawValue, "bed": p.bed, "summary": p.summary, "problems": p.problems.joined(separator: "; "),
            "diagnosis": p.diagnosis, "allergies": p.allergies, "weight": p.weightKg.map { ClinicalNumber.plain($0) } ?? "",
        ]
    }

    /// The filter a filled-in filter form asks for.
    static func filter(from form: FormState, keeping current: BoardFilter) -> BoardFilter {
        var filter = current
        let v = form.values
        filter.service = v["service"].flatMap { Service(rawValue: $0) }
        filter.severity = v["severity"].flatMap { Severity(rawValue: $0) }
        return filter
    }

    // MARK: - Helpers

    /// A status form offering only the legal next statuses, with a reason field for those that need one.
    private static func statusForm<S: Lifecycle>(
        _ purpose: FormPurpose, record: RecordID, current: S, title: String
    ) -> Result<FormState, FormError> {
        let next = current.next
        guard !next.isEmpty else {
            return .failure(FormError("\(record) is \(current.rawValue), a final status: it cannot change"))
        }
        let needingReason = next.filter(\.needsReason).map(\.rawValue)
        return .success(FormState(purpose: purpose, title: "\(title): now \(current.rawValue)", fields: [
            FormField("status", "New status", .choice(next.map(\.rawValue)), hint: "only the moves allowed from \(current.rawValue)"),
            FormField("reason", "Reason", required: true, hint: "kept in the status history",
                      shownWhen: needingReason.isEmpty ? FormField.Condition(field: "status", values: []) : FormField.Condition(field: "status", values: needingReason)),
        ]))
    }

    private static func find<Item: Identifiable>(
        _ id: RecordID, in board: Board, _ list: KeyPath<PatientRecord, [Item]>
    ) -> Item? where Item.ID == RecordID {
        guard let mrn = board.patient(holding: id) else { return nil }
        return board.patients[mrn]?[keyPath: list].first { $0.id == id }
    }

    private static func missing(_ id: RecordID) -> FormError { FormError("\(id) is no longer on the board") }
}

/// The allergy form's fixed choices.
enum AllergyForm {
    static let add = "add an allergy"
    static let none = "no known drug allergies (NKDA)"
    static let unknownSeverity = "not recorded"
}
