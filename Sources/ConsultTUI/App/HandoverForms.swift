import ConsultBoard
import Foundation

/// The Overview's forms for what a receiver needs at handover: the code status (`C`), lines, drains and catheters
/// put in or taken out (`L`), and key contacts (`P`), through the same commands as `consult-board code set`,
/// `line add|remove` and `contact add` (one door).
enum HandoverForms {
    /// The device form's first choice: a new device (every other choice is a device still in, to take out).
    static let insert = "insert"

    static func codeStatus(_ mrn: MRN, state: AppState) -> Result<FormState, FormError> {
        guard let record = state.board.patients[mrn] else { return .failure(FormError(tr("form.error.gone", ["id": mrn]))) }
        let current = record.currentCodeStatus.map { $0.status.shown } ?? tr("patient.notRecorded")
        // No default: a resuscitation status is chosen, never taken over from where the cursor happens to be.
        return .success(FormState(purpose: .codeStatus(mrn), title: tr("handover.form.codeTitle", ["name": Sanitizer.line(record.patient.name), "mrn": mrn]), fields: [
            FormField("status", tr("handover.form.codeStatus"), .choice([FormField.unchosen] + ResuscitationStatus.allCases.map(\.rawValue)),
                      labels: FormField.words(ResuscitationStatus.allCases), required: true,
                      hint: tr("handover.form.codeStatusHint", ["current": current])),
            FormField("note", tr("handover.form.codeNote"), hint: tr("handover.form.codeNoteHint")),
        ]))
    }

    static func device(_ mrn: MRN, state: AppState) -> Result<FormState, FormError> {
        guard let record = state.board.patients[mrn] else { return .failure(FormError(tr("form.error.gone", ["id": mrn]))) }
        let devicesIn = record.devicesIn
        var labels = [insert: tr("handover.form.deviceInsert")]
        for device in devicesIn {
            labels[device.id] = tr("handover.form.deviceRemove", [
                "id": device.id, "kind": device.kind.shown, "site": Sanitizer.line(device.site),
                "day": String(device.day(at: state.now, timeZone: state.timeZone)),
            ])
        }
        let inserting = FormField.Condition(field: "what", values: [insert])
        let removing = FormField.Condition(field: "what", values: devicesIn.map(\.id))
        return .success(FormState(purpose: .device(mrn), title: tr("handover.form.deviceTitle", ["name": Sanitizer.line(record.patient.name), "mrn": mrn]), fields: [
            FormField("what", tr("handover.form.deviceWhat"), .choice([insert] + devicesIn.map(\.id)), labels: labels, hint: tr("handover.form.deviceWhatHint")),
            FormField("kind", tr("form.label.kind"), .choice([FormField.unchosen] + DeviceKind.allCases.map(\.rawValue)),
                      labels: FormField.words(DeviceKind.allCases), required: true, shownWhen: inserting),
            FormField("site", tr("form.label.site"), required: true, hint: tr("handover.form.deviceSiteHint"), shownWhen: inserting),
            FormField("at", tr("handover.form.deviceAt"), .date, value: TimeFormat.nowWord, required: true, hint: tr("handover.form.deviceAtHint")),
            FormField("reason", tr("form.label.reason"), hint: tr("form.hint.optional"), shownWhen: removing),
        ]))
    }

    static func contact(_ mrn: MRN, state: AppState) -> Result<FormState, FormError> {
        guard let record = state.board.patients[mrn] else { return .failure(FormError(tr("form.error.gone", ["id": mrn]))) }
        return .success(FormState(purpose: .addContact(mrn), title: tr("handover.form.contactTitle", ["name": Sanitizer.line(record.patient.name), "mrn": mrn]), fields: [
            FormField("role", tr("handover.form.contactRole"), .choice([FormField.unchosen] + ContactRole.allCases.map(\.rawValue)),
                      labels: FormField.words(ContactRole.allCases), required: true),
            FormField("name", tr("form.label.name"), required: true),
            FormField("relation", tr("handover.form.contactRelation"), hint: tr("handover.form.contactRelationHint")),
            FormField("phone", tr("handover.form.contactPhone"), hint: tr("form.hint.optional")),
        ]))
    }

    /// The command of a filled-in handover form (`at`: the device form's time, read and checked by `Forms`).
    static func command(for form: FormState, at: () throws(FormError) -> Date) throws(FormError) -> BoardCommand {
        let v = form.values
        func text(_ key: String) -> String { (v[key] ?? "").trimmingCharacters(in: .whitespaces) }
        func optional(_ key: String) -> String? { text(key).isEmpty ? nil : text(key) }
        func vocabulary<T: Vocabulary>(_ key: String, _ type: T.Type) throws(FormError) -> T {
            do throws(BoardError) { return try T.parse(text(key), field: key) } catch { throw FormError(error.shown) }
        }
        switch form.purpose {
        case let .codeStatus(mrn):
            return .setCodeStatus(SetCodeStatus(mrn: mrn, status: try vocabulary("status", ResuscitationStatus.self), note: optional("note")))
        case let .device(mrn):
            if text("what") == insert {
                return .addDevice(AddDevice(mrn: mrn, kind: try vocabulary("kind", DeviceKind.self), site: text("site"), insertedAt: try at()))
            }
            return .removeDevice(RemoveDevice(deviceID: text("what"), reason: optional("reason"), at: try at()))
        case let .addContact(mrn):
            return .addContact(AddContact(
                mrn: mrn, role: try vocabulary("role", ContactRole.self), name: text("name"), relation: optional("relation"),
                phone: optional("phone")))
        default:
            throw FormError(tr("form.error.gone", ["id": ""]))
        }
    }
}
