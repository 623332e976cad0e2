import ConsultBoard
import Foundation

/// The critical-value (危急值) form: records the next step of an open value's loop, the same steps as
/// `consult-board critical receive|notify|close` and through the same commands (one door).
///
/// The loop's order is the board's (receipt with read-back, then the doctor told, then the action taken), so the
/// form shows only the fields of the step the chosen value is waiting for; each save records one step, signed by
/// the user (the receiver of the call, the one who told the doctor, the one who acted). Opened from the patient's
/// Overview (the patient's open values) or from the board (every open value on the ward, as the header counts them).
enum CriticalValueForm {
    /// The read-back choice: stated explicitly, never a default (the board refuses a call not read back).
    static let readBackConfirmed = "confirmed"

    /// The form for the open critical values of one patient (`mrn`), or of the whole ward (`nil`), or why there is
    /// nothing to record.
    static func make(_ mrn: MRN?, state: AppState) -> Result<FormState, FormError> {
        let records = mrn.map { state.board.patients[$0].map { [$0] } ?? [] } ?? state.board.patientsByBed
        let open = records.filter(\.patient.isOnWard).flatMap { record in
            CriticalValueLoop.open(record, ranges: state.settings.referenceRanges).map { (record.patient, $0) }
        }
        guard !open.isEmpty else { return .failure(FormError(tr("critical.form.noneOpen"))) }
        let time = TimeFormat(timeZone: state.timeZone, now: state.now)
        var labels: [String: String] = [:]
        for (patient, item) in open {
            let who = mrn == nil ? "\(Sanitizer.line(patient.name)) (\(patient.mrn)) · " : ""
            labels[item.lab.id] = "\(who)‼ \(item.shownHeadline) · \(time.short(item.lab.at)) · \(stateWords(item.state))"
        }
        func ids(_ state: CriticalValueState) -> FormField.Condition {
            FormField.Condition(field: "value", values: open.filter { $0.1.state == state }.map(\.1.lab.id))
        }
        let title = mrn.flatMap { state.board.patients[$0] }.map {
            tr("critical.form.titlePatient", ["name": Sanitizer.line($0.patient.name), "mrn": $0.mrn])
        } ?? tr("critical.form.titleWard", ["count": String(open.count)])
        let now = TimeFormat.nowWord
        return .success(FormState(purpose: .criticalValue(mrn), title: title, fields: [
            FormField("value", tr("critical.form.value"), .choice(open.map(\.1.lab.id)), labels: labels, hint: tr("critical.form.valueHint")),
            FormField("reportedBy", tr("critical.form.reportedBy"), required: true,
                      hint: tr("critical.form.reportedByHint", ["author": Sanitizer.line(state.author)]), shownWhen: ids(.awaitingReceipt)),
            FormField("readBack", tr("critical.form.readBack"), .choice([FormField.unchosen, readBackConfirmed]),
                      labels: [FormField.unchosen: tr("form.unchosen"), readBackConfirmed: tr("critical.form.readBackConfirmed")],
                      required: true, hint: tr("critical.form.readBackHint"), shownWhen: ids(.awaitingReceipt)),
            FormField("doctor", tr("critical.form.doctor"), required: true, hint: tr("critical.form.doctorHint"), shownWhen: ids(.awaitingDoctor)),
            FormField("action", tr("critical.form.action"), required: true, hint: tr("critical.form.actionHint"), shownWhen: ids(.awaitingAction)),
            FormField("at", tr("critical.form.at"), .date, value: now, required: true, hint: tr("critical.form.atHint")),
        ]))
    }

    /// The step the filled-in form records (the fields shown say which step the chosen value was waiting for).
    static func command(for form: FormState, at: Date) throws(FormError) -> BoardCommand {
        let v = form.values
        let labID = v["value"] ?? ""
        func text(_ key: String) -> String { (v[key] ?? "").trimmingCharacters(in: .whitespaces) }
        func shown(_ key: String) -> Bool { form.fields.first { $0.key == key }.map(form.isShown) ?? false }
        if shown("reportedBy") {
            return .receiveCriticalValue(ReceiveCriticalValue(
                labID: labID, reportedBy: text("reportedBy"), readBack: v["readBack"] == readBackConfirmed, at: at))
        }
        if shown("doctor") { return .notifyCriticalValue(NotifyCriticalValue(labID: labID, doctor: text("doctor"), at: at)) }
        if shown("action") { return .closeCriticalValue(CloseCriticalValue(labID: labID, action: text("action"), at: at)) }
        throw FormError(tr("critical.form.noneOpen"))
    }

    /// Where a value's loop stands, in the user's language (the Overview and the form say it alike).
    static func stateWords(_ state: CriticalValueState) -> String { state.shownWords }

    /// What the status line says once a step is saved: which value, and where its loop stands now.
    static func savedSummary(_ form: FormState) -> String {
        let id = form.values["value"] ?? ""
        func shown(_ key: String) -> Bool { form.fields.first { $0.key == key }.map(form.isShown) ?? false }
        let step =
            shown("reportedBy") ? tr("critical.saved.received") : shown("doctor") ? tr("critical.saved.notified") : tr("critical.saved.closed")
        return tr("critical.saved", ["id": id, "step": step])
    }
}
