import ConsultBoard
import Foundation

/// The medication administration record's form (Orders tab, `d` on an active medication order): a dose given,
/// held, refused or missed, with its time and reason, sent as the same command as `consult-board dose give|hold|
/// refuse|miss` (one door). A dose given more than an hour after its due time shows late; the anticoagulant and
/// spinal-procedure rule reads the last dose given from this record.
enum DoseForm {
    static func make(_ orderID: RecordID, state: AppState) -> Result<FormState, FormError> {
        guard let mrn = state.board.patient(holding: orderID),
            let order = state.board.patients[mrn]?.orders.first(where: { $0.id == orderID })
        else { return .failure(FormError(tr("form.error.gone", ["id": orderID]))) }
        guard order.kind == .medication else { return .failure(FormError(tr("dose.form.notMedication", ["id": orderID]))) }
        guard order.status == .active else {
            return .failure(FormError(tr("dose.form.notActive", ["id": orderID, "status": order.status.shown])))
        }
        let notGiven = FormField.Condition(
            field: "outcome", values: DoseOutcome.allCases.filter { $0 != .given }.map(\.rawValue))
        let given = FormField.Condition(field: "outcome", values: [DoseOutcome.given.rawValue])
        return .success(FormState(
            purpose: .recordDose(orderID), title: tr("dose.form.title", ["id": orderID, "order": Sanitizer.line(order.headline)]),
            fields: [
                FormField("outcome", tr("dose.form.outcome"), .choice(DoseOutcome.allCases.map(\.rawValue)),
                          labels: FormField.words(DoseOutcome.allCases), hint: tr("dose.form.outcomeHint")),
                FormField("at", tr("dose.form.at"), .date, value: TimeFormat.nowWord, required: true, hint: tr("dose.form.atHint")),
                FormField("due", tr("dose.form.due"), .date, hint: tr("dose.form.dueHint")),
                FormField("reason", tr("form.label.reason"), required: true, hint: tr("dose.form.reasonHint"), shownWhen: notGiven),
                FormField("note", tr("dose.form.note"), hint: tr("form.hint.optional"), shownWhen: given),
            ]))
    }

    /// The dose a filled-in form records (`at` and `due` already read, `at` checked not to lie in the future).
    static func command(for form: FormState, orderID: RecordID, at: Date, due: Date?) throws(FormError) -> BoardCommand {
        let v = form.values
        let outcome: DoseOutcome
        do throws(BoardError) { outcome = try DoseOutcome.parse(v["outcome"] ?? "", field: "outcome") } catch {
            throw FormError(error.shown)
        }
        let reason = ((outcome == .given ? v["note"] : v["reason"]) ?? "").trimmingCharacters(in: .whitespaces)
        return .recordDose(RecordDose(orderID: orderID, outcome: outcome, at: at, due: due, reason: reason.isEmpty ? nil : reason))
    }

    /// "Dose of O-7 recorded: held".
    static func savedSummary(_ form: FormState, orderID: RecordID) -> String {
        let outcome = form.fields.first { $0.key == "outcome" }?.shownChoice ?? ""
        return tr("dose.saved", ["id": orderID, "outcome": outcome])
    }
}
