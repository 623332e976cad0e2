import ConsultBoard

/// One field of a form: free text, a number, a date, or a choice from a closed list.
struct FormField: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case text
        case number
        /// A date and time: "now", "2026-11-25 08:30" (local time) or ISO 8601.
        case date
        /// One of `options`; the values are what the command receives, shown as they are.
        case choice([String])
    }

    /// Shown only while another field (a choice) has one of some values: the dose only for medication orders.
    struct Condition: Sendable, Equatable {
        var field: String
        var values: [String]
    }

    var key: String
    var label: String
    var kind: Kind
    var input = TextInput()
    var choiceIndex = 0
    var isRequired = false
    /// One line under the form when the field has focus: what to type.
    var hint = ""
    var shownWhen: Condition?
    /// How each choice reads on screen, by value (vocabulary values in the user's language); the command still
    /// receives the value. A value not in it is shown as it is (ids, alert titles).
    var choiceLabels: [String: String] = [:]
    /// After a save refused because someone else changed the record: their value, shown under the field (where
    /// it differs from what this user saw) so the two can be merged.
    var theirs: String?
    /// Offers drugs from the terminology as the user types (the order form's drug, `DrugCompletion`).
    var completesDrugs = false

    /// The first option of a choice with no default (sex feeds eGFR and CrCl): the form is not saved while a
    /// required choice still shows it.
    static let unchosen = "choose with ←/→"

    init(
        _ key: String, _ label: String, _ kind: Kind = .text, labels: [String: String] = [:], value: String = "",
        required: Bool = false, hint: String = "", shownWhen: Condition? = nil
    ) {
        self.key = key
        self.choiceLabels = labels
        self.label = label
        self.kind = kind
        self.isRequired = required
        self.hint = hint
        self.shownWhen = shownWhen
        if case let .choice(options) = kind {
            choiceIndex = options.firstIndex(of: value) ?? 0
        } else {
            input = TextInput(value)
        }
    }

    /// The words a choice of vocabulary values shows: value -> its name in the language of the moment.
    static func words<V: Vocabulary>(_ values: some Sequence<V>) -> [String: String] {
        var words = ["any": tr("form.any"), "none": tr("form.none"), unchosen: tr("form.unchosen")]
        for value in values { words[value.rawValue] = value.shown }
        return words
    }

    /// The chosen option as the user reads it.
    var shownChoice: String { choiceLabels[value] ?? value }

    /// The field's value: the chosen option, or the text as typed.
    var value: String {
        if case let .choice(options) = kind { return options.indices.contains(choiceIndex) ? options[choiceIndex] : "" }
        return input.text
    }

    var isChoice: Bool {
        if case .choice = kind { return true }
        return false
    }

    /// The same field, completing drugs as they are typed.
    var completingDrugs: FormField {
        var field = self
        field.completesDrugs = true
        return field
    }
}

/// An open form: its purpose (what saving it does), its fields and which one has focus.
///
/// One reusable component serves every form of the app (admit, consult, order, status changes, labs...): the
/// fields are data, built by `Forms`, and turned into a `BoardCommand` by `Forms.command` when the user saves.
struct FormState: Sendable, Equatable {
    /// For a status form: the record the title names ("Consult C-3 (neurology)"), for the saved message.
    var statusSubject: String?
    var purpose: FormPurpose
    var title: String
    var fields: [FormField]
    /// The focused field, an index into `fields` (always a shown field).
    var focus = 0
    /// The values the text fields started with, to tell whether anything typed would be lost.
    private var initialText: [String]
    /// Every field's value when the form opened (an update form sends only what changed); after a refused save,
    /// the values of the version saved meanwhile.
    var initialValues: [String: String]
    /// The revision of the patient's record the form was filled in on (sent with changes to existing records, so
    /// that a change made meanwhile by someone else is not silently overwritten).
    var expectedRevision: Int?
    /// The highlighted drug of the completion list under the focused field (`nil`: none highlighted).
    var completion: Int?

    init(purpose: FormPurpose, title: String, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        initialText = fields.map { $0.isChoice ? "" : $0.input.text }
        initialValues = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        focus = shownIndices.first ?? 0
    }

    /// The value of each field by key (hidden fields included; `Forms.command` ignores them).
    var values: [String: String] {
        Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    func isShown(_ field: FormField) -> Bool {
        guard let condition = field.shownWhen else { return true }
        return condition.values.contains(values[condition.field] ?? "")
    }

    /// The fields on screen now, in order.
    var shownIndices: [Int] { fields.indices.filter { isShown(fields[$0]) } }

    var hasTypedText: Bool {
        fields.indices.contains { !fields[$0].isChoice && fields[$0].input.text != initialText[$0] && !fields[$0].input.isBlank }
    }

    /// Whether anything differs from how the form opened (a choice moved, text typed or deleted): Esc asks
    /// before throwing that away.
    var isChanged: Bool {
        fields.contains { $0.value != initialValues[$0.key] }
    }

    /// The drugs offered under the focused field (empty unless it completes drugs and something matches).
    var candidates: [DrugCandidate] {
        guard fields.indices.contains(focus), fields[focus].completesDrugs else { return [] }
        return DrugCompletion.candidates(for: fields[focus].input.text)
    }

    /// Fills the focused field with the highlighted candidate; false when none is highlighted.
    mutating func takeCompletion() -> Bool {
        let offered = candidates
        guard let completion, offered.indices.contains(completion) else { return false }
        fields[focus].input = TextInput(offered[completion].name)
        self.completion = nil
        return true
    }

    /// Moves focus to the next (or previous) shown field, wrapping around.
    mutating func moveFocus(forward: Bool) {
        completion = nil
        let shown = shownIndices
        guard let position = shown.firstIndex(of: focus) else {
            focus = shown.first ?? 0
            return
        }
        focus = shown[(position + (forward ? 1 : shown.count - 1)) % shown.count]
    }

    var isOnLastField: Bool { shownIndices.last == focus }

    /// Applies a key to the focused field: typing and editing for text; for choices only ←/→ and space, so text
    /// typed or pasted while a choice has focus never changes it (it would change severity or sex unseen).
    /// Returns false when the key did nothing (the caller says why).
    @discardableResult
    mutating func edit(_ key: Key) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        if case let .choice(options) = fields[focus].kind, !options.isEmpty {
            switch key {
            case .left: fields[focus].choiceIndex = (fields[focus].choiceIndex + options.count - 1) % options.count
            case .right, .char(" "): fields[focus].choiceIndex = (fields[focus].choiceIndex + 1) % options.count
            default: return false
            }
            return true
        }
        var input = fields[focus].input
        switch key {
        case let .char(c): input.insert(String(c))
        case let .paste(text): input.insert(text)
        case .backspace: input.backspace()
        case .delete: input.deleteForward()
        case .left: input.moveLeft()
        case .right: input.moveRight()
        case .home, .ctrl("a"): input.moveTo(0)
        case .end, .ctrl("e"): input.moveTo(input.characters.count)
        case .ctrl("u"): input.deleteToLineStart()
        case .ctrl("w"): input.deleteWordBackward()
        default: return false
        }
        fields[focus].input = input
        completion = nil
        return true
    }

    /// What the status line says once the form is saved: for a status change, the status the record now has
    /// (the title says the one it had).
    var savedSummary: String {
        switch purpose {
        case .consultStatus, .orderStatus, .resultStatus, .complicationStatus:
            let status = fields.first { $0.key == "status" }?.shownChoice ?? ""
            return tr("form.saved.status", ["record": statusSubject ?? title, "status": status])
        case .criticalValue:
            return CriticalValueForm.savedSummary(self)
        case let .recordDose(id):
            return DoseForm.savedSummary(self, orderID: id)
        default:
            return tr("form.saved", ["title": title])
        }
    }

    /// After a refused save: notes the saved version's value under each field where it differs from what this
    /// user saw, and takes that version as the new starting point (so saving again sends what differs from it).
    mutating func showTheirs(_ values: [String: String], revision: Int) {
        for index in fields.indices {
            let key = fields[index].key
            guard let value = values[key] else { continue }
            fields[index].theirs = value == initialValues[key] ? nil : value
            initialValues[key] = value
        }
        expectedRevision = revision
    }
}

/// What saving a form does.
enum FormPurpose: Sendable, Equatable {
    case admitPatient
    case requestConsult(MRN)
    case consultStatus(RecordID)
    case recommendation(RecordID)
    case addOrder(MRN)
    case orderStatus(RecordID)
    case addLab(MRN)
    case addResult(MRN)
    case resultStatus(RecordID)
    case addComplication(MRN)
    case complicationStatus(RecordID)
    case addAction(MRN)
    case completeAction(MRN)
    case addContingency(MRN)
    case noteInError(RecordID)
    /// The parts of the patient's header that change during a stay (severity, bed, summary, problems...).
    case updatePatient(MRN)
    case acknowledgeAlert(MRN)
    /// Structured allergies: add one, retire one (inactive or entered in error), or state "no known drug allergies".
    case allergies(MRN)
    /// The patient leaves the ward (see `DischargeForm`).
    case discharge(MRN)
    /// Not a change to the board: narrows the patient list.
    case boardFilter
    /// The next step of an open critical value's loop: of one patient's values, or of the whole ward's (`nil`).
    case criticalValue(MRN?)
    /// A dose of a medication order given, held, refused or missed (see `DoseForm`).
    case recordDose(RecordID)
    /// The handover facts (see `HandoverForms`): code status, a device put in or taken out, a key contact.
    case codeStatus(MRN)
    case device(MRN)
    case addContact(MRN)
}

extension FormPurpose {
    /// The patient whose existing record (the header, or a record by id) saving the form changes; `nil` for
    /// forms that only add something new.
    func existingRecordPatient(on board: Board) -> MRN? {
        switch self {
        case let .updatePatient(mrn): mrn
        case let .consultStatus(id), let .recommendation(id), let .orderStatus(id), let .resultStatus(id),
            let .complicationStatus(id), let .noteInError(id):
            board.patient(holding: id)
        case let .completeAction(mrn), let .discharge(mrn): mrn
        default: nil
        }
    }
}
