import ConsultBoard

/// A scrollable block of styled lines: the detail pane, the Overview tab, the help, the handoff preview.
///
/// Views build a document (wrapping long text to the width they will draw it at) and then draw the visible
/// window of it, so scrolling is the same everywhere.
struct Document: Sendable {
    /// One screen line: pieces of text, each with its style.
    struct Line: Sendable {
        var spans: [(text: String, style: Style)]
        init(_ spans: [(String, Style)]) { self.spans = spans.map { (text: $0.0, style: $0.1) } }
        init(_ text: String, _ style: Style = .plain) { self.init([(text, style)]) }
    }

    /// The columns the document is drawn in; text wraps one column short of it, keeping the last column for
    /// the scroll marks.
    let width: Int
    private var textWidth: Int { width - 1 }
    private(set) var lines: [Line] = []

    init(width: Int) { self.width = max(10, width) }

    /// Adds stored text, sanitised and wrapped at word boundaries. `indent` indents every line; `hanging`
    /// indents the lines after the first (for numbered and bulleted items).
    mutating func text(_ stored: String, style: Style = .plain, indent: Int = 0, hanging: Int = 0, multiline: Bool = true) {
        let clean = multiline ? Sanitizer.multiline(stored) : Sanitizer.line(stored)
        let pad = String(repeating: " ", count: indent)
        let wrapped = TextLayout.wrap(clean, width: textWidth - indent - hanging)
        // Re-wrap with the first line given the hanging indent's columns back.
        guard hanging > 0, let first = TextLayout.wrap(clean, width: textWidth - indent).first else {
            for line in wrapped { lines.append(Line(pad + line, style)) }
            return
        }
        lines.append(Line(pad + first, style))
        let rest = String(clean.dropFirst(first.count)).drop { $0 == " " }
        guard !rest.isEmpty else { return }
        let hang = pad + String(repeating: " ", count: hanging)
        for line in TextLayout.wrap(String(rest), width: textWidth - indent - hanging) { lines.append(Line(hang + line, style)) }
    }

    /// Adds "label: value" with the value wrapped under itself.
    mutating func field(_ label: String, _ value: String, valueStyle: Style = .plain) {
        let clean = Sanitizer.multiline(value)
        let labelText = label + tr("document.fieldSeparator")
        let indent = DisplayWidth.of(labelText)
        let wrapped = TextLayout.wrap(clean, width: max(10, textWidth - indent))
        for (number, part) in wrapped.enumerated() {
            if number == 0 {
                lines.append(Line([(labelText, .muted), (part, valueStyle)]))
            } else {
                lines.append(Line(String(repeating: " ", count: indent) + part, valueStyle))
            }
        }
    }

    /// Adds a line built by the caller (already sanitised, fitting the width).
    mutating func line(_ spans: [(String, Style)]) { lines.append(Line(spans)) }
    mutating func line(_ text: String, _ style: Style = .plain) { lines.append(Line(text, style)) }

    mutating func heading(_ title: String) {
        if !lines.isEmpty { lines.append(Line("")) }
        lines.append(Line(title, .heading))
    }

    mutating func blank() { lines.append(Line("")) }

    /// The largest useful scroll offset for a window of `rows`.
    func maxScroll(rows: Int) -> Int { max(0, lines.count - rows) }

    /// Draws the lines from `scroll` into the rectangle, with a scroll mark when there is more.
    func draw(into canvas: inout Canvas, x: Int, y: Int, width w: Int, height h: Int, scroll: Int) {
        let start = min(max(0, scroll), maxScroll(rows: h))
        for row in 0..<h {
            let index = start + row
            guard index < lines.count else { break }
            var column = x
            for span in lines[index].spans {
                column += canvas.put(span.text, x: column, y: y + row, maxWidth: x + w - 1 - column, style: span.style)
            }
        }
        if start + h < lines.count, h > 0 { canvas.put("↓", x: x + w - 1, y: y + h - 1, style: .accent) }
        if start > 0, h > 0 { canvas.put("↑", x: x + w - 1, y: y, style: .accent) }
    }
}
