import ConsultBoard

/// The help overlay (`?`): every key of what has focus now. Any key closes it.
enum HelpView {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let (title, entries) = KeyHelp.entries(for: state)
        let keysWidth = min(22, (entries.map { DisplayWidth.of($0.keys) }.max() ?? 10) + 2)
        let width = min(canvas.width - 4, 100)
        let height = min(state.layout.statusRow - 1, entries.count + 4)
        let x = (canvas.width - width) / 2
        let y = max(1, (state.layout.statusRow - height) / 2)
        Box.draw(into: &canvas, x: x, y: y, width: width, height: height, title: "Keys · \(title)")
        for (offset, entry) in entries.prefix(height - 4).enumerated() {
            canvas.put(TextLayout.pad(entry.keys, width: keysWidth), x: x + 2, y: y + 2 + offset, style: .heading)
            canvas.put(entry.what, x: x + 2 + keysWidth, y: y + 2 + offset, maxWidth: width - keysWidth - 4)
        }
        canvas.put("any key closes this help", x: x + width - 26, y: y + height - 1, style: .muted)
    }
}
