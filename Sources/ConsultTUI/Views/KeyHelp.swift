/// The keys of each screen, as the help overlay lists them and the footer shows the main ones.
///
/// Kept next to the views but written from `update`'s key handling: when a key is added there, add it here.
enum KeyHelp {
    struct Entry: Sendable {
        var keys: String
        var what: String
        /// The short word the footer shows for the screen's main keys (`nil`: only in the help).
        var footer: String?
        init(_ keys: String, _ what: String, footer: String? = nil) {
            self.keys = keys
            self.what = what
            self.footer = footer
        }
    }

    /// The title and keys of what has focus now.
    static func entries(for state: AppState) -> (title: String, entries: [Entry]) {
        if state.editor != nil { return ("Note editor", editor) }
        if state.form != nil { return ("Form", form) }
        if state.examWorksheet != nil { return (WorksheetWords.title, worksheet) }
        if state.preview != nil { return ("Handoff preview", preview) }
        if state.filterInput != nil { return ("Filter", filter) }
        switch state.screen {
        case .board: return ("Board", board)
        case .patient: return ("Patient: \(state.tab.title)", patient(state.tab))
        }
    }

    static let board: [Entry] = [
        Entry("↑↓ j k", "move through the patients", footer: "move"),
        Entry("PgUp PgDn Home End", "move a page, to the first, to the last"),
        Entry("Enter → l", "open the patient", footer: "open"),
        Entry("J K", "scroll the selected patient's summary (a small terminal shows part of it)"),
        Entry("/", "filter by name, MRN or bed as you type (Enter keeps it, Esc clears)", footer: "filter"),
        Entry("f", "filter by consulting service or severity"),
        Entry("Esc", "clear the filter"),
        Entry("s", "sort by bed or by severity", footer: "sort"),
        Entry("n", "write a note for the selected patient", footer: "note"),
        Entry("a", "admit a patient"),
        Entry("Space", "mark or unmark the patient for the handoff (✓)"),
        Entry("p", "preview the handoff of the marked patients, else the whole ward, in the list's order (save or print it there)", footer: "handoff"),
        Entry("?", "this help", footer: "help"),
        Entry("q Ctrl-C", "quit", footer: "quit"),
        Entry("mouse", "click a row to select it, click again to open"),
        Entry("badges", "NEU? requested · NEU… accepted · NEU✓ seen · NEU↻ follow-up"),
        Entry("• ⚠", "• changed by someone else since you opened it · ⚠ open alerts"),
    ]

    static let filter: [Entry] = [
        Entry("type", "narrow the list to names, MRNs and beds containing the text", footer: "filter"),
        Entry("Enter", "keep the filter and select the first match", footer: "keep"),
        Entry("Esc", "clear the filter", footer: "clear"),
        Entry("↑↓", "move through the matches"),
    ]

    static func patient(_ tab: PatientTab) -> [Entry] {
        var entries: [Entry] = [
            Entry("Tab ⇧Tab ← → h l", "next or previous tab", footer: "tabs"),
            Entry("1-8", "go to a tab (1 Overview ... 8 History)"),
            Entry("Esc", "back to the board", footer: "back"),
            Entry("n", "write a note", footer: "note"),
        ]
        switch tab {
        case .overview:
            entries += [
                Entry("↑↓ PgUp PgDn", "scroll"),
                Entry("a", "add an action item", footer: "action"),
                Entry("d", "mark an action item done", footer: "done"),
                Entry("c", "add a contingency (if ... then ...)"),
                Entry("e", "update severity, bed, summary, problems, diagnosis, allergies, weight", footer: "edit"),
                Entry("!", "acknowledge a safety alert (with the reason)"),
                Entry("A", "allergies: add one, retire one, or no known drug allergies"),
            ]
        case .history:
            entries += [
                Entry("↑↓ j k", "select a change", footer: "select"),
                Entry("PgUp PgDn J K", "scroll the detail"),
            ]
        default:
            entries += [
                Entry("↑↓ j k Home End", "select a record", footer: "select"),
                Entry("PgUp PgDn J K", "scroll the detail"),
            ]
        }
        switch tab {
        case .consults:
            entries += [
                Entry("a", "request a consult", footer: "request"),
                Entry("Enter s", "change the consult's status", footer: "status"),
                Entry("r", "add a recommendation"),
            ]
        case .orders:
            entries += [Entry("a", "add an order", footer: "add"), Entry("Enter s", "change the order's status", footer: "status")]
        case .results:
            entries += [Entry("a", "add a result", footer: "add"), Entry("Enter s", "change the result's status", footer: "status")]
        case .labs:
            entries += [Entry("a", "add a lab value or vital sign", footer: "add")]
        case .complications:
            entries += [
                Entry("a", "add a complication", footer: "add"),
                Entry("Enter s", "resolve or reopen the complication", footer: "status"),
            ]
        case .notes:
            entries += [
                Entry("a", "write a note"),
                Entry("A", "add an addendum to the selected note", footer: "addendum"),
                Entry("E", "mark the selected note entered in error", footer: "in error"),
            ]
        case .overview, .history:
            break
        }
        entries += [
            Entry("p", "preview this patient's handoff (save or print it there)"),
            Entry("I", "record an ISNCSCI exam on the 2019 worksheet"),
            Entry("?", "this help", footer: "help"), Entry("q", "quit"),
        ]
        return entries
    }

    static let editor: [Entry] = [
        Entry("Ctrl-S", "save and sign the note", footer: "save"),
        Entry("Esc", "cancel (asks first if text would be lost)", footer: "cancel"),
        Entry("Tab ⇧Tab", "move between the text, the service and the note type", footer: "fields"),
        Entry("← → ↑ ↓", "move the cursor (by character and by screen row)"),
        Entry("Home End", "start or end of the line"),
        Entry("PgUp PgDn", "a page up or down"),
        Entry("Backspace Delete", "delete a character"),
        Entry("Enter", "new line (pasted text keeps its lines)"),
        Entry("← → letters", "on the service or type: choose"),
    ]

    static let preview: [Entry] = [
        Entry("↑↓ PgUp PgDn", "scroll", footer: "scroll"),
        Entry("Home End", "top, bottom"),
        Entry("s", "save as handoff-DATE-TIME.txt in the current folder", footer: "save"),
        Entry("P", "print (lp or lpr); a printer's refusal shows on the status line", footer: "print"),
        Entry("w", "printer width: 80 or 132 columns (default from CONSULT_BOARD_PRINT_WIDTH)", footer: "width"),
        Entry("o", "order: by bed or unstable first"),
        Entry("Esc p q", "close the preview", footer: "close"),
    ]

    static let worksheet: [Entry] = [
        Entry("0-5 NT * **", "type the grade of the cell (motor 0-5, sensory 0-2, NT; * or ** below normal)", footer: "grade"),
        Entry("↑↓←→ Tab", "move between cells (a cell is checked before the cursor leaves it)", footer: "move"),
        Entry("Enter", "keep the grade and go down", footer: "down"),
        Entry("Backspace Delete", "erase a character, clear the cell"),
        Entry("y n", "VAC and DAP: Yes, No (N T for NT)"),
        Entry("Ctrl-S", "save the exam (every cell filled)", footer: "save"),
        Entry("Esc", "close (asks first if grades would be lost)", footer: "close"),
    ]

    static let form: [Entry] = [
        Entry("Ctrl-S", "save", footer: "save"),
        Entry("Enter", "next field; save on the last field", footer: "next"),
        Entry("Tab ↑↓", "move between fields", footer: "fields"),
        Entry("← → Space", "choose on a choice field", footer: "choose"),
        Entry("letters", "on a choice field: jump to the first value starting with it"),
        Entry("Esc", "cancel (asks first if text would be lost)", footer: "cancel"),
    ]
}
