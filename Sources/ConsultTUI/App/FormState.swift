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

    init(
        _ key: String, _ label: String, _ kind: Kind = .text, value: String = "", required: Bool = false,
        hint: String = "", shownWhen: Condition? = nil
    ) {
        self.key = key
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

    /// The field's value: the chosen option, or the text as typed.
    var value: String {
        if case let .choice(options) = kind { return options.indices.contains(choiceIndex) ? options[choiceIndex] : "" }
        return input.text
    }

    var isChoice: Bool {
        if case .choice = kind { return true }
        return false
    }
}

/// An open form: its purpose (what saving it does), its fields and which one has focus.
///
/// One reusable component serves every form of the app (admit, consult, order, status changes, labs...): the
/// fields are data, built by `Forms`, and turned into a `BoardCommand` by `Forms.command` when the user saves.
struct FormState: Sendable, Equatable {
    var purpose: FormPurpose
    var title: String
    var fields: [FormField]
    /// The focused field, an index into `fields` (always a shown field).
    var focus = 0
    /// The values the text fields started with, to tell whether anything typed would be lost.
    private var initialText: [String]
    /// Every field's value when the form opened (an update form sends only what changed).
    let initialValues: [String: String]

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

    /// Moves focus to the next (or previous) shown field, wrapping around.
    mutating func moveFocus(forward: Bool) {
        let shown = shownIndices
        guard let position = shown.firstIndex(of: focus) else {
            focus = shown.first ?? 0
            return
        }
        focus = shown[(position + (forward ? 1 : shown.count - 1)) % shown.count]
    }

    var isOnLastField: Bool { shownIndices.last == focus }

    /// Applies a key to the focused field: typing and editing for text, cycling for choices.
    mutating func edit(_ key: Key) {
        guard fields.indices.contains(focus) else { return }
        if case let .choice(options) = fields[focus].kind, !options.isEmpty {
            switch key {
            case .left, .up: fields[focus].choiceIndex = (fields[focus].choiceIndex + options.count - 1) % options.count
            case .right, .down, .char(" "): fields[focus].choiceIndex = (fields[focus].choiceIndex + 1) % options.count
            case let .char(c):
                let prefix = String(c).lowercased()
                let start = fields[focus].choiceIndex
                for offset in 1...options.count {
                    let index = (start + offset) % options.count
                    if options[index].lowercased().hasPrefix(prefix) {
                        fields[focus].choiceIndex = index
                        break
                    }
                }
            default: break
            }
            return
        }
        switch key {
        case let .char(c): fields[focus].input.insert(String(c))
        case let .paste(text): fields[focus].input.insert(text)
        case .backspace: fields[focus].input.backspace()
        case .delete: fields[focus].input.deleteForward()
        case .left: fields[focus].input.moveLeft()
        case .right: fields[focus].input.moveRight()
        case .home: fields[focus].input.moveTo(0)
        case .end: fields[focus].input.moveTo(fields[focus].input.characters.count)
        default: break
        }
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
    /// Not a change to the board: narrows the patient list.
    case boardFilter
}
