import ConsultBoard

/// The note editor: whose note it is, the service and type fields, and the text, wrapped at word boundaries
/// with the cursor where the next character goes.
enum EditorView {
    static func draw(_ editor: EditorState, state: AppState, into canvas: inout Canvas) {
        let layout = state.layout
        let patient = state.board.patients[editor.mrn]?.patient
        let who = patient.map { tr("editor.who", ["name": Sanitizer.line($0.name), "mrn": $0.mrn, "bed": Sanitizer.line($0.bed)]) } ?? editor.mrn
        switch editor.purpose {
        case .note:
            canvas.put(tr("editor.newNote") + who, x: 1, y: 1, maxWidth: canvas.width - 2, style: .heading)
            var x = 1
            x += field(tr("editor.service"), editor.service.shown, focused: editor.focus == .service, x: x, into: &canvas)
            x += field(tr("editor.type"), editor.type.shown, focused: editor.focus == .type, x: x + 2, into: &canvas) + 2
            canvas.put(tr("editor.signedBy", ["author": Sanitizer.line(state.author)]), x: x, y: 2, maxWidth: canvas.width - x - 1, style: .muted)
        case let .addendum(noteID, _):
            canvas.put(tr("editor.addendumTo", ["id": noteID]) + who, x: 1, y: 1, maxWidth: canvas.width - 2, style: .heading)
            canvas.put(tr("editor.addendumExplained", ["author": Sanitizer.line(state.author)]), x: 1, y: 2, maxWidth: canvas.width - 2, style: .muted)
        }
        let count = editor.body.characters.count
        canvas.rule(y: 3, title: editor.focus == .body ? tr("editor.textCount", count: count) : tr("editor.text"))

        let characters = editor.body.characters
        let wrapped = WrappedText(characters, width: layout.editorWrapWidth)
        let rows = layout.editorBodyHeight
        let top = min(editor.top, max(0, wrapped.rows.count - 1))
        for offset in 0..<rows {
            let index = top + offset
            guard index < wrapped.rows.count else { break }
            let row = wrapped.rows[index]
            canvas.put(String(characters[row.start..<row.end]), x: layout.editorBodyLeft, y: layout.editorBodyTop + offset, style: .plain)
        }
        if editor.body.isEmpty {
            canvas.put(tr("editor.placeholder"), x: layout.editorBodyLeft, y: layout.editorBodyTop, style: .muted)
        }
        if editor.focus == .body {
            let row = wrapped.row(of: editor.body.cursor)
            let column = wrapped.column(of: editor.body.cursor, in: characters)
            if row >= top, row < top + rows {
                canvas.cursor = (layout.editorBodyLeft + column, layout.editorBodyTop + row - top)
            }
        }
        if top > 0 { canvas.put("↑", x: canvas.width - 1, y: layout.editorBodyTop, style: .accent) }
        if top + rows < wrapped.rows.count { canvas.put("↓", x: canvas.width - 1, y: layout.editorBodyTop + rows - 1, style: .accent) }
    }

    /// "Service: ◂ neurology ▸" with the value highlighted when focused. Returns the columns used.
    private static func field(_ label: String, _ value: String, focused: Bool, x: Int, into canvas: inout Canvas) -> Int {
        var used = canvas.put("\(label): ", x: x, y: 2, style: .muted)
        let shown = focused ? "◂ \(value) ▸" : value
        used += canvas.put(shown, x: x + used, y: 2, style: focused ? Style(tone: .accent, bold: true, reverse: true) : .bold)
        return used
    }
}
