/// Every kind of form a user types into, without the record it is about: the forms of `FormPurpose`, the note
/// editor's two purposes, the ISNCSCI worksheet, the note search and the board's name filter.
///
/// It exists so that a list of "every form" is derived, not written out by hand: the terminal tests walk
/// `allCases` (typing and pasting into each, with and without bracketed paste), and the switches below have no
/// `default`, so a new form purpose does not compile until it has a kind, and then fails those tests until it
/// has a scenario.
enum FormKind: String, CaseIterable, Sendable {
    case admitPatient, requestConsult, consultStatus, recommendation, addOrder, orderStatus, addLab, addResult
    case resultStatus, addComplication, complicationStatus, addAction, completeAction, addContingency, noteInError
    case updatePatient, acknowledgeAlert, allergies, discharge, boardFilter, criticalValue, recordDose, codeStatus
    case device, addContact
    /// The note editor: a new note, or an addendum to one.
    case note, addendum
    case examWorksheet
    /// `/` on the patient's Notes tab.
    case noteSearch
    /// `/` on the board.
    case patientFilter

    init(_ purpose: FormPurpose) {
        switch purpose {
        case .admitPatient: self = .admitPatient
        case .requestConsult: self = .requestConsult
        case .consultStatus: self = .consultStatus
        case .recommendation: self = .recommendation
        case .addOrder: self = .addOrder
        case .orderStatus: self = .orderStatus
        case .addLab: self = .addLab
        case .addResult: self = .addResult
        case .resultStatus: self = .resultStatus
        case .addComplication: self = .addComplication
        case .complicationStatus: self = .complicationStatus
        case .addAction: self = .addAction
        case .completeAction: self = .completeAction
        case .addContingency: self = .addContingency
        case .noteInError: self = .noteInError
        case .updatePatient: self = .updatePatient
        case .acknowledgeAlert: self = .acknowledgeAlert
        case .allergies: self = .allergies
        case .discharge: self = .discharge
        case .boardFilter: self = .boardFilter
        case .criticalValue: self = .criticalValue
        case .recordDose: self = .recordDose
        case .codeStatus: self = .codeStatus
        case .device: self = .device
        case .addContact: self = .addContact
        }
    }

    init(_ purpose: EditorState.Purpose) {
        switch purpose {
        case .note: self = .note
        case .addendum: self = .addendum
        }
    }
}

extension AppState {
    /// The kind of form that has the keyboard now (`nil`: none).
    var openFormKind: FormKind? {
        if let editor { return FormKind(editor.purpose) }
        if let form { return FormKind(form.purpose) }
        if examWorksheet != nil { return .examWorksheet }
        guard filterInput != nil else { return nil }
        if case .patient = screen { return .noteSearch }
        return .patientFilter
    }
}
