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
            return .success(FormState(purpose: purpose, title: tr("form.title.admit"), fields: [
                FormField("mrn", tr("form.label.mrn"), required: true, hint: tr("form.hint.lettersDigitsEGSci0042")),
                FormField("name", tr("form.label.name"), required: true),
                FormField("age", tr("form.label.age"), .number, required: true, hint: tr("form.hint.years")),
                FormField("sex", tr("form.label.sex"), .choice([FormField.unchosen] + Sex.allCases.map(\.rawValue)), labels: FormField.words(Sex.allCases), required: true,
                          hint: tr("form.hint.orSpaceFOrMNo")),
                FormField("bed", tr("form.label.bed"), required: true),
                FormField("diagnosis", tr("form.label.diagnosis"), required: true),
                FormField("weight", tr("form.label.weightKg"), .number, hint: tr("form.hint.optional")),
                FormField("allergies", tr("form.label.allergies"), hint: tr("form.hint.asTheWardRecordsThemEmpty")),
                FormField("severity", tr("form.label.severity"), .choice(Severity.allCases.map(\.rawValue)), labels: FormField.words(Severity.allCases)),
                FormField("summary", tr("form.label.summary"), hint: tr("form.hint.theIPassOneLineSummary")),
            ]))
        case .requestConsult:
            return .success(FormState(purpose: purpose, title: tr("form.title.requestConsult"), fields: [
                FormField("service", tr("form.label.service"), .choice(Service.allCases.map(\.rawValue)), labels: FormField.words(Service.allCases), value: "neurology"),
                FormField("question", tr("form.label.question"), required: true, hint: tr("form.hint.whatTheConsultantShouldAnswer")),
                FormField("urgency", tr("form.label.urgency"), .choice(Urgency.allCases.map(\.rawValue)), labels: FormField.words(Urgency.allCases)),
            ]))
        case let .consultStatus(id):
            guard let consult = find(id, in: board, \.consults) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: consult.status, title: tr("form.title.consult", ["id": id, "service": consult.service.shown]))
        case let .recommendation(id):
            guard let consult = find(id, in: board, \.consults) else { return .failure(missing(id)) }
            return .success(FormState(purpose: purpose, title: tr("form.title.recommendation", ["id": id, "service": consult.service.shown]), fields: [
                FormField("text", tr("form.label.recommendation"), required: true),
            ]))
        case .addOrder:
            let medication = FormField.Condition(field: "kind", values: [OrderKind.medication.rawValue])
            let imaging = FormField.Condition(field: "kind", values: [OrderKind.imaging.rawValue])
            return .success(FormState(purpose: purpose, title: tr("form.title.addOrder"), fields: [
                FormField("service", tr("form.label.service"), .choice(Service.allCases.map(\.rawValue)), labels: FormField.words(Service.allCases), value: service),
                FormField("kind", tr("form.label.kind"), .choice(OrderKind.allCases.map(\.rawValue)), labels: FormField.words(OrderKind.allCases)),
                FormField("drug", tr("form.label.drug"), required: true, hint: tr("form.hint.drugCompletion"), shownWhen: medication).completingDrugs,
                FormField("dose", tr("form.label.dose"), required: true, hint: tr("form.hint.asWrittenEG40Mg"), shownWhen: medication),
                FormField("route", tr("form.label.route"), required: true, hint: tr("form.hint.eGPoIvSc"), shownWhen: medication),
                FormField("frequency", tr("form.label.frequency"), required: true, hint: tr("form.hint.eGDailyQ8h"), shownWhen: medication),
                FormField("modality", tr("form.label.modality"), .choice(Modality.allCases.map(\.rawValue)), labels: FormField.words(Modality.allCases), shownWhen: imaging),
                FormField("region", tr("form.label.region"), required: true, hint: tr("form.hint.eGCervicalSpine"), shownWhen: imaging),
                FormField("contrast", tr("form.label.contrast"), .choice(Contrast.allCases.map(\.rawValue)), labels: FormField.words(Contrast.allCases), shownWhen: imaging),
                FormField("text", tr("form.label.orderText"), hint: tr("form.hint.whatIsOrderedForMedicationAnd")),
                FormField("status", tr("form.label.startsAs"), .choice([OrderStatus.active.rawValue, OrderStatus.draft.rawValue]), labels: FormField.words(OrderStatus.allCases)),
            ]))
        case let .orderStatus(id):
            guard let order = find(id, in: board, \.orders) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: order.status, title: tr("form.title.order", ["id": id, "order": Sanitizer.line(order.headline)]))
        case .addLab:
            let known = KnownTest.all.map(\.name).joined(separator: ", ")
            return .success(FormState(purpose: purpose, title: tr("form.title.addLab"), fields: [
                FormField("test", tr("form.label.test"), required: true, hint: tr("form.hint.known", ["tests": known])),
                FormField("value", tr("form.label.value"), .number, required: true),
                FormField("unit", tr("form.label.unit"), required: true, hint: tr("form.hint.eGUmolLMgDl")),
                FormField("at", tr("form.label.takenAt"), .date, value: nowText, required: true, hint: tr("form.hint.when", ["example": nowText])),
            ]))
        case let .addResult(mrn):
            let orders = board.patients[mrn]?.orders.filter { $0.kind == .imaging || $0.kind == .lab || $0.kind == .procedure } ?? []
            return .success(FormState(purpose: purpose, title: tr("form.title.addResult"), fields: [
                FormField("kind", tr("form.label.kind"), .choice(ResultKind.allCases.map(\.rawValue)), labels: FormField.words(ResultKind.allCases)),
                FormField("summary", tr("form.label.impression"), required: true),
                FormField("findings", tr("form.label.findings")),
                FormField("region", tr("form.label.region"), hint: tr("form.hint.imagingEGCervicalSpine")),
                FormField("levels", tr("form.label.levels"), hint: tr("form.hint.imagingEGC45")),
                FormField("status", tr("form.label.status"), .choice([ResultStatus.final.rawValue, ResultStatus.preliminary.rawValue]), labels: FormField.words(ResultStatus.allCases)),
                FormField("order", tr("form.label.answersOrder"), .choice(["none"] + orders.reversed().map(\.id)), labels: ["none": tr("form.none")], hint: tr("form.hint.theOrderThisReportAnswers")),
            ]))
        case let .resultStatus(id):
            guard let result = find(id, in: board, \.results) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: result.status, title: tr("form.title.result", ["id": id, "kind": result.kind.shown]))
        case .addComplication:
            let infection = FormField.Condition(field: "kind", values: [ComplicationKind.infection.rawValue])
            let dvt = FormField.Condition(field: "kind", values: [ComplicationKind.dvt.rawValue])
            let sited = FormField.Condition(field: "kind", values: [ComplicationKind.infection.rawValue, ComplicationKind.dvt.rawValue])
            let renal = FormField.Condition(field: "kind", values: [ComplicationKind.renal.rawValue])
            return .success(FormState(purpose: purpose, title: tr("form.title.addComplication"), fields: [
                FormField("kind", tr("form.label.kind"), .choice(ComplicationKind.allCases.map(\.rawValue)), labels: FormField.words(ComplicationKind.allCases)),
                FormField("summary", tr("form.label.summary"), required: true),
                FormField("onset", tr("form.label.onset"), .date, value: nowText, required: true, hint: tr("form.hint.when", ["example": nowText])),
                FormField("site", tr("form.label.site"), shownWhen: sited),
                FormField("organism", tr("form.label.organism"), shownWhen: infection),
                FormField("antibiotic", tr("form.label.antibiotic"), shownWhen: infection),
                FormField("confirmedBy", tr("form.label.confirmedBy"), hint: tr("form.hint.eGDuplexUltrasound"), shownWhen: dvt),
                FormField("anticoagulation", tr("form.label.anticoagulation"), shownWhen: dvt),
                FormField("renalType", tr("form.label.type"), hint: tr("form.hint.akiOrCkdWithStage"), shownWhen: renal),
            ]))
        case let .complicationStatus(id):
            guard let complication = find(id, in: board, \.complications) else { return .failure(missing(id)) }
            return statusForm(purpose, record: id, current: complication.status, title: tr("form.title.complication", ["id": id, "kind": complication.kind.shown]))
        case .addAction:
            return .success(FormState(purpose: purpose, title: tr("form.title.addAction"), fields: [
                FormField("text", tr("form.label.action"), required: true, hint: tr("form.hint.whatTheNextTeamMustDo")),
                FormField("owner", tr("form.label.owner"), hint: tr("form.hint.optional")),
                FormField("due", tr("form.label.due"), .date, hint: tr("form.hint.optionalWhen", ["example": nowText])),
            ]))
        case let .completeAction(mrn):
            let open = board.patients[mrn]?.actions.filter { !$0.done } ?? []
            guard !open.isEmpty else { return .failure(FormError(tr("form.error.noOpenActions"))) }
            let options = open.map { "\($0.id)  \(TextLayout.truncate(Sanitizer.line($0.text), width: 50))" }
            return .success(FormState(purpose: purpose, title: tr("form.title.completeAction"), fields: [
                FormField("action", tr("form.label.action"), .choice(options), hint: tr("form.hint.chooseTheActionThatIsDone")),
            ]))
        case .addContingency:
            return .success(FormState(purpose: purpose, title: tr("form.title.addContingency"), fields: [
                FormField("condition", tr("form.label.if"), required: true, hint: tr("form.hint.eGTemperatureAbove385")),
                FormField("action", tr("form.label.then"), required: true, hint: tr("form.hint.eGBloodCulturesCallId")),
            ]))
        case let .noteInError(id):
            guard let note = find(id, in: board, \.notes) else { return .failure(missing(id)) }
            if note.enteredInError != nil { return .failure(FormError(tr("form.error.alreadyInError", ["id": id]))) }
            return .success(FormState(purpose: purpose, title: tr("form.title.noteInError", ["id": id]), fields: [
                FormField("reason", tr("form.label.reason"), required: true, hint: tr("form.hint.whyTheNoteIsWrongKept")),
            ]))
        case let .updatePatient(mrn):
            guard let p = board.patients[mrn]?.patient else { return .failure(FormError(tr("form.error.gone", ["id": mrn]))) }
            let v = headerValues(p, timeZone: state.timeZone)
            return .success(FormState(purpose: purpose, title: tr("form.title.update", ["name": Sanitizer.line(p.name), "mrn": mrn]), fields: [
                FormField("severity", tr("form.label.severity"), .choice(Severity.allCases.map(\.rawValue)), labels: FormField.words(Severity.allCases), value: v["severity"] ?? ""),
                FormField("bed", tr("form.label.bed"), value: v["bed"] ?? "", required: true),
                FormField("summary", tr("form.label.summary"), value: v["summary"] ?? "", hint: tr("form.hint.theIPassOneLineSummary")),
                FormField("problems", tr("form.label.problems"), value: v["problems"] ?? "", hint: tr("form.hint.mostImportantFirstSeparatedBy")),
                FormField("diagnosis", tr("form.label.diagnosis"), value: v["diagnosis"] ?? "", required: true),
                FormField("allergies", tr("form.label.allergies"), value: v["allergies"] ?? "", hint: tr("form.hint.emptyMeansNoneRecorded")),
                FormField("weight", tr("form.label.weightKg"), .number, value: v["weight"] ?? ""),
                FormField("injuredAt", tr("form.label.injuredAt"), .date, value: v["injuredAt"] ?? "", hint: tr("form.hint.injuredAt", ["example": nowText])),
            ]))
        case let .discharge(mrn):
            return DischargeForm.make(mrn, board: board)
        case let .criticalValue(mrn):
            return CriticalValueForm.make(mrn, state: state)
        case let .recordDose(id):
            return DoseForm.make(id, state: state)
        case let .codeStatus(mrn):
            return HandoverForms.codeStatus(mrn, state: state)
        case let .device(mrn):
            return HandoverForms.device(mrn, state: state)
        case let .addContact(mrn):
            return HandoverForms.contact(mrn, state: state)
        case let .acknowledgeAlert(mrn):
            guard let record = board.patients[mrn] else { return .failure(FormError(tr("form.error.gone", ["id": mrn]))) }
            let open = ClinicalSummary.of(record, now: state.now, timeZone: state.timeZone, rules: state.settings.safetyRules).openAlerts
            guard !open.isEmpty else { return .failure(FormError(tr("form.error.noOpenAlerts"))) }
            // By title, as the Overview shows them; the key (which the board records) follows in brackets.
            let titles = open.map { alert in
                let title = SafetyRuleSet.current.rules.first { $0.id == alert.ruleID }?.title ?? alert.ruleID
                return "\(Sanitizer.line(title)) [\(alert.key)]"
            }
            // The rule titles are English: people read the start of the alert's message in their language.
            var labels: [String: String] = [:]
            for (title, alert) in zip(titles, open) { labels[title] = "\(TextLayout.truncate(alert.shownMessage, width: 50)) [\(alert.key)]" }
            return .success(FormState(purpose: purpose, title: tr("form.title.acknowledge"), fields: [
                FormField("alert", tr("form.label.alert"), .choice(titles), labels: labels, hint: tr("form.hint.chooseTheOverviewShowsEachAlert")),
                FormField("reason", tr("form.label.reason"), required: true, hint: tr("form.hint.whyItIsHandledKeptWith")),
            ]))
        case let .allergies(mrn):
            guard let record = board.patients[mrn] else { return .failure(FormError(tr("form.error.notOnBoard", ["mrn": mrn]))) }
            let retire = record.allergies.filter { $0.status == .active }.flatMap { allergy in
                [AllergyStatus.inactive, .enteredInError].map { "\(allergy.id) \(Sanitizer.line(allergy.substance)): \(AllergyForm.mark) \($0.rawValue)" }
            }
            let adding = FormField.Condition(field: "what", values: [AllergyForm.add])
            // The choices' values stay English (the form reads them back); people read their labels.
            var whatLabels = [AllergyForm.add: tr("allergyForm.add"), AllergyForm.none: tr("allergyForm.none")]
            for line in retire {
                whatLabels[line] = line.replacingOccurrences(of: ": \(AllergyForm.mark) \(AllergyStatus.inactive.rawValue)", with: tr("allergyForm.markInactive"))
                    .replacingOccurrences(of: ": \(AllergyForm.mark) \(AllergyStatus.enteredInError.rawValue)", with: tr("allergyForm.markError"))
            }
            var severityLabels = FormField.words(AllergySeverity.allCases)
            severityLabels[AllergyForm.unknownSeverity] = tr("allergyForm.unknownSeverity")
            return .success(FormState(purpose: purpose, title: tr("allergyForm.title", ["name": Sanitizer.line(record.patient.name), "mrn": mrn]), fields: [
                FormField("what", tr("allergyForm.label.what"), .choice([AllergyForm.add, AllergyForm.none] + retire), labels: whatLabels,
                          hint: tr("allergyForm.hint.what", ["now": TextLayout.truncate(Sanitizer.line(record.allergySummaryText.shown), width: 40)])),
                FormField("substance", tr("allergyForm.label.substance"), required: true, hint: tr("allergyForm.hint.substance"), shownWhen: adding),
                FormField("reaction", tr("allergyForm.label.reaction"), hint: tr("allergyForm.hint.reaction"), shownWhen: adding),
                FormField("severity", tr("allergyForm.label.severity"), .choice([AllergyForm.unknownSeverity] + AllergySeverity.allCases.map(\.rawValue)),
                          labels: severityLabels, shownWhen: adding),
                FormField("reason", tr("form.label.reason"), required: true, hint: tr("allergyForm.hint.reason"),
                          shownWhen: FormField.Condition(field: "what", values: retire)),
            ]))
        case .boardFilter:
            return .success(FormState(purpose: purpose, title: tr("form.title.filter"), fields: [
                FormField("service", tr("form.label.openConsultOf"), .choice(["any"] + Service.allCases.map(\.rawValue)), labels: FormField.words(Service.allCases), value: state.filter.service?.rawValue ?? "any"),
                FormField("severity", tr("form.label.severity"), .choice(["any"] + Severity.allCases.map(\.rawValue)), labels: FormField.words(Severity.allCases), value: state.filter.severity?.rawValue ?? "any"),
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
            throw FormError(tr("form.error.required", ["field": field.label]))
        }
        for field in form.fields where form.isShown(field) && field.value == FormField.unchosen {
            throw FormError(tr("form.error.choose", ["field": field.label]))
        }
        func text(_ key: String) -> String { (v[key] ?? "").trimmingCharacters(in: .whitespaces) }
        func optional(_ key: String) -> String? {
            let t = text(key)
            return t.isEmpty ? nil : t
        }
        func number(_ key: String, _ label: String) throws(FormError) -> Double? {
            guard let t = optional(key) else { return nil }
            do throws(BoardError) { return try PlainDecimal.parse(t, field: label) } catch { throw FormError(error.shown) }
        }
        func date(_ key: String, _ label: String) throws(FormError) -> Date? {
            guard let t = optional(key) else { return nil }
            guard let d = TimeFormat(timeZone: timeZone).parse(t, now: now) else {
                throw FormError(tr("form.error.date", ["field": label, "value": t]))
            }
            return BoardJSON.wholeSeconds(d)
        }
        /// A clinical time, which cannot lie in the future (the board refuses it too; here the form stays open).
        func clinicalTime(_ key: String, _ label: String) throws(FormError) -> Date {
            guard let at = try date(key, label) else { throw FormError(tr("form.error.required", ["field": label])) }
            if ClinicalClock.isFuture(at, now: now) {
                throw FormError(BoardError.futureTime(field: label, value: at, now: now).shown)
            }
            return at
        }
        func vocabulary<T: Vocabulary>(_ key: String, _ type: T.Type) throws(FormError) -> T {
            do throws(BoardError) { return try T.parse(text(key), field: key) } catch { throw FormError(error.shown) }
        }
        switch form.purpose {
        case .admitPatient:
            guard let age = try number("age", "Age"), age == age.rounded() else { throw FormError(tr("form.error.wholeYears")) }
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
                if orderText.isEmpty { throw FormError(tr("form.error.required", ["field": tr("form.label.orderText")])) }
            }
            return .addOrder(AddOrder(
                mrn: mrn, service: try vocabulary("service", Service.self), kind: kind, text: orderText,
                medication: medication, imaging: imaging, status: try vocabulary("status", OrderStatus.self)))
        case let .orderStatus(id):
            return .setOrderStatus(SetOrderStatus(orderID: id, status: try vocabulary("status", OrderStatus.self), reason: optional("reason")))
        case let .addLab(mrn):
            guard let value = try number("value", "Value") else { throw FormError(tr("form.error.valueRequired")) }
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
            /// The injury time: a clinical time (never ahead of the clock); once recorded it is corrected, not cleared.
            func injuryTime() throws(FormError) -> Date {
                guard optional("injuredAt") != nil else { throw FormError(tr("form.error.injuredAtCleared")) }
                return try clinicalTime("injuredAt", tr("form.label.injuredAt"))
            }
            // Only what changed is sent, so the audit trail says exactly what was updated.
            let initial = form.initialValues
            func changed(_ key: String) -> String? { text(key) == (initial[key] ?? "").trimmingCharacters(in: .whitespaces) ? nil : text(key) }
            let problems = changed("problems").map { $0.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            let update = UpdatePatient(
                mrn: mrn, bed: changed("bed"), weightKg: changed("weight") == nil ? nil : try number("weight", "Weight"),
                allergies: changed("allergies"), diagnosis: changed("diagnosis"), summary: changed("summary"),
                severity: changed("severity").flatMap { Severity(rawValue: $0) }, problems: problems,
                injuredAt: changed("injuredAt") == nil ? nil : try injuryTime())
            guard update != UpdatePatient(mrn: mrn) else { throw FormError(tr("form.error.nothingChanged")) }
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
                throw FormError(tr("form.error.chooseAllergyRecord"))
            }
            return .setAllergyStatus(SetAllergyStatus(allergyID: id, status: status, reason: text("reason")))
        case let .discharge(mrn):
            return try DischargeForm.command(v, mrn: mrn)
        case .criticalValue:
            return try CriticalValueForm.command(for: form, at: try clinicalTime("at", tr("critical.form.at")))
        case let .recordDose(id):
            return try DoseForm.command(for: form, orderID: id, at: try clinicalTime("at", tr("dose.form.at")), due: try date("due", tr("dose.form.due")))
        case .codeStatus, .device, .addContact:
            return try HandoverForms.command(for: form) { () throws(FormError) in try clinicalTime("at", tr("handover.form.deviceAt")) }
        case .boardFilter:
            throw FormError(tr("form.error.filterChangesView"))
        }
    }

    /// The patient header as the update form shows it, by field key (what a refused save compares with).
    static func headerValues(_ p: Patient, timeZone: TimeZone = .current) -> [String: String] {
        [
            "injuredAt": p.injuredAt.map { TimeFormat(timeZone: timeZone).dateTime($0) } ?? "",
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
            return .failure(FormError(tr("form.error.finalStatus", ["id": record, "status": current.shown])))
        }
        let needingReason = next.filter(\.needsReason).map(\.rawValue)
        var form = FormState(purpose: purpose, title: tr("form.title.status", ["record": title, "status": current.shown]), fields: [
            FormField("status", tr("form.label.newStatus"), .choice(next.map(\.rawValue)), labels: FormField.words(next), hint: tr("form.hint.onlyMoves", ["status": current.shown])),
            FormField("reason", tr("form.label.reason"), required: true, hint: tr("form.hint.keptInTheStatusHistory"),
                      shownWhen: needingReason.isEmpty ? FormField.Condition(field: "status", values: []) : FormField.Condition(field: "status", values: needingReason)),
        ])
        form.statusSubject = title
        return .success(form)
    }

    private static func find<Item: Identifiable>(
        _ id: RecordID, in board: Board, _ list: KeyPath<PatientRecord, [Item]>
    ) -> Item? where Item.ID == RecordID {
        guard let mrn = board.patient(holding: id) else { return nil }
        return board.patients[mrn]?[keyPath: list].first { $0.id == id }
    }

    private static func missing(_ id: RecordID) -> FormError { FormError(tr("form.error.gone", ["id": id])) }
}

/// The allergy form's fixed choices.
enum AllergyForm {
    static let add = "add an allergy"
    static let none = "no known drug allergies (NKDA)"
    static let unknownSeverity = "not recorded"
    /// The word of a retiring choice ("A-2 penicillin: mark inactive"), read back when saved.
    static let mark = "mark"
}
