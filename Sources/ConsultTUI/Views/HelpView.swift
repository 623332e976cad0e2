import ConsultBoard

/// The help overlay (`?`): every key of what has focus now, descriptions wrapped to the box. Any key closes it.
enum HelpView {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let (title, entries) = KeyHelp.entries(for: state)
        let keysWidth = min(22, (entries.map { DisplayWidth.of($0.keys) }.max() ?? 10) + 2)
        let width = min(canvas.width - 4, 100)
        let textWidth = width - keysWidth - 4
        var rows: [(keys: String, text: String)] = []
        for entry in entries {
            for (number, line) in TextLayout.wrap(entry.what, width: textWidth).enumerated() {
                rows.append((number == 0 ? entry.keys : "", line))
            }
        }
        let height = min(state.layout.statusRow - 1, rows.count + 3)
        let x = (canvas.width - width) / 2
        let y = max(1, (state.layout.statusRow - height) / 2)
        Box.draw(into: &canvas, x: x, y: y, width: width, height: height, title: tr("help.title", ["screen": title]))
        for (offset, row) in rows.prefix(height - 3).enumerated() {
            canvas.put(TextLayout.pad(row.keys, width: keysWidth), x: x + 2, y: y + 1 + offset, style: .heading)
            canvas.put(row.text, x: x + 2 + keysWidth, y: y + 1 + offset, maxWidth: textWidth)
        }
        let close = tr("help.close")
        canvas.put(close, x: x + width - 2 - DisplayWidth.of(close), y: y + height - 1, style: .muted)
    }
}
