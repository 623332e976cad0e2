import ConsultBoard

/// Draws the whole screen for a state: the header bar, the current screen, any overlay, the status line and
/// the footer. The one entry point of the views (the TUI and `consult-board screen` both call it).
enum ScreenView {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallView.draw(width: canvas.width, height: canvas.height, into: &canvas)
            return
        }
        drawHeaderBar(state, into: &canvas)
        if let editor = state.editor {
            EditorView.draw(editor, state: state, into: &canvas)
        } else {
            switch state.screen {
            case .board: BoardView.draw(state, into: &canvas)
            case let .patient(mrn): PatientView.draw(state, mrn: mrn, into: &canvas)
            }
        }
        if let view = state.clinicalView, case let .patient(mrn) = state.screen, let record = state.board.patients[mrn] {
            ClinicalViewScreen.draw(view, record: record, state: state, into: &canvas)
        }
        if let preview = state.preview { PreviewView.draw(preview, state: state, into: &canvas) }
        if let form = state.form { FormView.draw(form, state: state, into: &canvas) }
        if let sheet = state.examWorksheet { ExamWorksheetView.draw(sheet, state: state, into: &canvas) }
        if state.showingHelp { HelpView.draw(state, into: &canvas) }
        drawStatusLine(state, into: &canvas)
        drawFooter(state, into: &canvas)
        if let confirmation = state.confirmation { drawConfirmation(confirmation, into: &canvas) }
    }

    static func drawHeaderBar(_ state: AppState, into canvas: inout Canvas) {
        HeaderBar.draw(state, into: &canvas)
    }

    static func drawStatusLine(_ state: AppState, into canvas: inout Canvas) {
        let row = state.layout.statusRow
        canvas.fill(x: 0, y: row, width: canvas.width, height: 1)
        if case .patient = state.screen, state.tab == .notes, state.filterInput != nil || !state.noteSearch.isEmpty {
            drawNoteSearch(state, row: row, into: &canvas)
            return
        }
        guard let status = state.status else { return }
        let (prefix, style): (String, Style) =
            switch status.kind {
            case .error: ("✗ ", .danger)
            case .info: ("", .accent)
            case .notice: ("● ", Style(tone: .warning, bold: true))
            }
        canvas.put(TextLayout.truncate(prefix + Sanitizer.line(status.text), width: canvas.width - 1), x: 1, y: row, style: style)
    }

    /// The notes search on the status line: what is typed (with the cursor), and how many notes it finds.
    static func drawNoteSearch(_ state: AppState, row: Int, into canvas: inout Canvas) {
        guard case let .patient(mrn) = state.screen, let record = state.board.patients[mrn] else { return }
        let found = TabContent.notesNewestFirst(record, search: state.noteQuery).count
        var x = 1 + canvas.put(tr("notes.search"), x: 1, y: row, style: .muted)
        let shown = Sanitizer.line(state.noteQuery)
        let style = state.filterInput == nil ? Style(tone: .accent, bold: true) : Style(tone: .accent, bold: true, underline: true)
        let written = canvas.put(shown, x: x, y: row, maxWidth: max(0, canvas.width - x - 24), style: style)
        if let input = state.filterInput {
            canvas.cursor = (x + min(DisplayWidth.of(String(input.characters.prefix(input.cursor))), written), row)
        }
        x += written
        canvas.put(tr("notes.found", count: found), x: x, y: row, maxWidth: max(0, canvas.width - x - 1), style: .muted)
    }

    static func drawFooter(_ state: AppState, into canvas: inout Canvas) {
        let row = state.layout.footerRow
        canvas.fill(x: 0, y: row, width: canvas.width, height: 1, style: .bar)
        var x = 1
        for entry in KeyHelp.entries(for: state).entries {
            guard let word = entry.footer else { continue }
            let keys = footerKeys(entry.keys)
            let needed = DisplayWidth.of(keys) + 1 + DisplayWidth.of(word) + 2
            if x + needed > canvas.width { break }
            x += canvas.put(keys, x: x, y: row, style: Style(bold: true, reverse: true))
            x += canvas.put(" " + word + "  ", x: x, y: row, style: .bar)
        }
    }

    /// The first key of a help entry, the way the footer shows it ("← →" as "←→").
    private static func footerKeys(_ keys: String) -> String {
        let parts = keys.split(separator: " ")
        guard let first = parts.first else { return keys }
        if first == "←", parts.count > 1, parts[1] == "→" { return "←→" }
        return String(first)
    }

    static func drawConfirmation(_ confirmation: Confirmation, into canvas: inout Canvas) {
        // Wrapped, never cut: an allergy alert asked about at order entry is read whole before y or n.
        let lines = TextLayout.wrap(confirmation.message, width: max(10, canvas.width - 10)).prefix(max(1, canvas.height - 8))
        let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(canvas.width - 4, widest + 6)
        let x = (canvas.width - width) / 2
        let y = max(1, canvas.height / 2 - 2 - (lines.count - 1) / 2)
        Box.draw(into: &canvas, x: x, y: y, width: width, height: lines.count + 4, title: tr("screen.confirm.title"), style: .danger)
        for (row, line) in lines.enumerated() {
            canvas.put(" " + line + " ", x: x + 2, y: y + 2 + row, maxWidth: width - 4, style: .bold)
        }
    }
}

/// Shown instead of everything else while the terminal is below 80x24.
enum TooSmallView {
    static func draw(width: Int, height: Int, into canvas: inout Canvas) {
        let lines = [
            tr("screen.tooSmall.title"),
            tr("screen.tooSmall.size", ["size": "\(width)x\(height)", "minimum": "\(Layout.minimumWidth)x\(Layout.minimumHeight)"]),
            tr("screen.tooSmall.enlarge"),
            tr("screen.tooSmall.quit"),
        ]
        let top = max(0, (height - lines.count) / 2)
        for (number, line) in lines.enumerated() {
            let fitted = TextLayout.truncate(line, width: width)
            let x = max(0, (width - DisplayWidth.of(fitted)) / 2)
            canvas.put(fitted, x: x, y: top + number, style: number == 0 ? .danger : .plain)
        }
    }
}

/// A framed rectangle, cleared inside, for overlays.
enum Box {
    static func draw(into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, title: String, style: Style = .accent) {
        guard width >= 4, height >= 2 else { return }
        canvas.fill(x: x, y: y, width: width, height: height)
        canvas.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: style)
        for row in (y + 1)..<(y + height - 1) {
            canvas.put("│", x: x, y: row, style: style)
            canvas.put("│", x: x + width - 1, y: row, style: style)
        }
        canvas.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: style)
        canvas.put(" \(title) ", x: x + 2, y: y, maxWidth: width - 4, style: Style(tone: style.tone, bold: true))
    }
}
