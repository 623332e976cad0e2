import ConsultBoard

/// What a list tab shows: its column headings, its records (by id, newest first), how to draw one row and the
/// detail of the selected record. Rows and detail are built on demand, only for what is on screen.
struct RecordList {
    /// A cell of a row: text fitted to `width` columns (`nil`: the rest of the row).
    typealias Cell = (text: String, width: Int?, style: Style)

    var headings: [Cell]
    var ids: [String]
    var row: (_ index: Int) -> [Cell]
    var detail: (_ index: Int, _ width: Int) -> Document
    var emptyMessage: String
}

/// Draws a tab's list with the selected record's detail beside it (wide) or under it (narrow).
enum RecordListView {
    static func draw(_ list: RecordList, cursor: ListCursor, layout: Layout, into canvas: inout Canvas) {
        let top = layout.patientContentTop
        let width = layout.tabListWidth
        drawCells(list.headings, x: 0, y: top, width: width, selected: false, into: &canvas, headingStyle: true)
        let selected = cursor.selectedID.flatMap { list.ids.firstIndex(of: $0) } ?? 0
        if list.ids.isEmpty {
            canvas.put(list.emptyMessage, x: 2, y: top + 1, maxWidth: width - 2, style: .muted)
        }
        let rows = layout.tabListRows
        let first = ListViewport.top(selected: selected, previousTop: cursor.top, rows: rows, count: list.ids.count)
        for offset in 0..<rows {
            let index = first + offset
            guard index < list.ids.count else { break }
            let y = top + 1 + offset
            drawCells(list.row(index), x: 0, y: y, width: width, selected: index == selected, into: &canvas)
            canvas.addHitRegion(x: 0, y: y, width: width, target: .listRow(index))
        }
        if first > 0 { canvas.put("↑", x: width - 1, y: top + 1, style: .accent) }
        if first + rows < list.ids.count { canvas.put("↓", x: width - 1, y: top + rows, style: .accent) }
        if layout.isWide {
            for y in top..<layout.statusRow { canvas.put("│", x: width, y: y, style: .muted) }
        } else {
            canvas.rule(y: layout.detailTop - 1, title: list.ids.indices.contains(selected) ? list.ids[selected] : nil)
        }
        guard list.ids.indices.contains(selected) else { return }
        let detailWidth = layout.detailWidth - 2
        let document = list.detail(selected, detailWidth)
        let scroll = min(cursor.detailScroll, document.maxScroll(rows: layout.detailHeight))
        document.draw(into: &canvas, x: layout.detailLeft + 1, y: layout.detailTop, width: detailWidth, height: layout.detailHeight, scroll: scroll)
    }

    static func drawCells(
        _ cells: [RecordList.Cell], x: Int, y: Int, width: Int, selected: Bool, into canvas: inout Canvas,
        headingStyle: Bool = false
    ) {
        if selected { canvas.fill(x: x, y: y, width: width, height: 1, style: .selected) }
        var column = x + 1
        for cell in cells {
            let w = cell.width ?? (x + width - column)
            guard w > 0 else { break }
            var style = headingStyle ? Style.muted : cell.style
            if selected { style = style.selected }
            canvas.put(TextLayout.pad(cell.text, width: w), x: column, y: y, maxWidth: x + width - column, style: style)
            column += w + 1
        }
    }
}
