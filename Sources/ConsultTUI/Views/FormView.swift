import ConsultBoard

/// Any form, drawn as a box over the screen: one row per shown field, the focused one highlighted with its
/// hint underneath, choices shown as "◂ value ▸".
enum FormView {
    static func draw(_ form: FormState, state: AppState, into canvas: inout Canvas) {
        let shown = form.shownIndices
        let labelWidth = min(18, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 8) + 2)
        let width = min(canvas.width - 4, 96)
        // After a refused save, the other version's value takes a row under each field where it differs.
        let theirsRows = shown.filter { form.fields[$0].theirs != nil }.count
        // The drugs offered under the focused field (the order form's drug).
        let candidates = form.candidates
        let height = min(state.layout.statusRow - 2, shown.count + theirsRows + candidates.count + 6)
        let x = (canvas.width - width) / 2
        let y = max(1, (state.layout.statusRow - height) / 2)
        Box.draw(into: &canvas, x: x, y: y, width: width, height: height, title: Sanitizer.line(form.title))
        let valueX = x + 2 + labelWidth
        let valueWidth = width - labelWidth - 4
        let rows = height - 6
        let focusPosition = shown.firstIndex(of: form.focus) ?? 0
        let first = ListViewport.top(selected: focusPosition, previousTop: 0, rows: rows - theirsRows - candidates.count, count: shown.count)
        var row = y + 1
        for index in shown.dropFirst(first) {
            row += 1
            guard row < y + 2 + rows else { break }
            let field = form.fields[index]
            defer {
                if let theirs = field.theirs, row + 1 < y + 2 + rows {
                    row += 1
                    let text = tr("form.theirs") + (theirs.isEmpty ? tr("form.empty") : Sanitizer.line(field.choiceLabels[theirs] ?? theirs))
                    canvas.put(text, x: valueX, y: row, maxWidth: valueWidth, style: Style(tone: .warning))
                }
            }
            let focused = index == form.focus
            let marker = field.isRequired ? "*" : " "
            canvas.put(TextLayout.pad(field.label + marker, width: labelWidth), x: x + 2, y: row, style: focused ? .heading : .muted)
            if field.isChoice {
                let shownValue = focused ? "◂ \(field.shownChoice) ▸" : field.shownChoice
                canvas.put(shownValue, x: valueX, y: row, maxWidth: valueWidth, style: focused ? Style(tone: .accent, bold: true, reverse: true) : .bold)
            } else {
                canvas.fill(x: valueX, y: row, width: valueWidth, height: 1, style: Style(underline: true))
                let text = field.input.characters
                let cursorColumn = DisplayWidth.of(String(text.prefix(field.input.cursor)))
                // Scroll long values so the cursor stays inside the field.
                var start = 0
                var hidden = 0
                while cursorColumn - hidden > valueWidth - 1, start < text.count {
                    hidden += DisplayWidth.of(text[start])
                    start += 1
                }
                canvas.put(String(text[start...]), x: valueX, y: row, maxWidth: valueWidth, style: Style(underline: true))
                if focused { canvas.cursor = (valueX + cursorColumn - hidden, row) }
            }
            if focused {
                for (number, candidate) in candidates.enumerated() where row + 1 < y + 2 + rows {
                    row += 1
                    let highlighted = number == form.completion
                    canvas.put((highlighted ? "▸ " : "  ") + candidate.label, x: valueX, y: row, maxWidth: valueWidth,
                               style: highlighted ? Style(tone: .accent, bold: true, reverse: true) : .muted)
                }
            }
        }
        let hint = form.fields.indices.contains(form.focus) ? form.fields[form.focus].hint : ""
        canvas.put(TextLayout.truncate(hint, width: width - 4), x: x + 2, y: y + height - 3, style: .muted)
        canvas.put(tr("form.footer"), x: x + 2, y: y + height - 2, maxWidth: width - 4, style: .muted)
    }
}
