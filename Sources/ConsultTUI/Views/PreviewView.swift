import ConsultBoard

/// The handoff preview: the text exactly as it prints, scrolled, over the whole body of the screen.
enum PreviewView {
    static func draw(_ preview: PreviewState, state: AppState, into canvas: inout Canvas) {
        let layout = state.layout
        canvas.fill(x: 0, y: layout.bodyTop, width: canvas.width, height: layout.bodyHeight)
        canvas.rule(y: layout.bodyTop, title: PrintWords.previewRule(preview, setup: state.printSetup))
        var doc = Document(width: canvas.width - 2)
        for line in preview.lines { doc.line(line) }
        let rows = layout.bodyHeight - 1
        doc.draw(into: &canvas, x: 1, y: layout.bodyTop + 1, width: canvas.width - 2, height: rows, scroll: min(preview.scroll, doc.maxScroll(rows: rows)))
    }
}
