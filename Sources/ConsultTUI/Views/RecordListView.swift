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
    /// The last column wraps onto further lines instead of being cut (the Orders list: a dose and frequency
    /// must be read whole).
    var wrapsLastColumn = false
}

/// Draws a tab's list with the selected record's detail beside it (wide) or under it (narrow).
enum RecordListView {
    /// `marked`: ids of records to mark "•" in the margin (new to this reader).
    static func draw(_ list: RecordList, cursor: ListCursor, layout: Layout, marked: Set<String> = [], into canvas: inout Canvas) {
        let top = layout.patientContentTop
        let width = layout.tabListWidth
        drawCells(list.headings, x: 0, y: top, width: width, selected: false, into: &canvas, headingStyle: true)
        let selected = cursor.selectedID.flatMap { list.ids.firstIndex(of: $0) } ?? 0
        if list.ids.isEmpty {
            canvas.put(list.emptyMessage, x: 2, y: top + 1, maxWidth: width - 2, style: .muted)
        }
        let rows = layout.tabListRows
        var first = ListViewport.top(selected: selected, previousTop: cursor.top, rows: rows, count: list.ids.count)
        func lines(_ index: Int) -> [[RecordList.Cell]] {
            list.wrapsLastColumn ? wrapped(list.row(index), width: width) : [list.row(index)]
        }
        if list.wrapsLastColumn, first < selected {
            // Rows of several lines: move the window down until the selected row fits whole.
            var heights = (first...selected).map { lines($0).count }
            while first < selected, heights.reduce(0, +) > rows {
                first += 1
                heights.removeFirst()
            }
        }
        var y = top + 1
        var index = first
        while y <= top + rows, index < list.ids.count {
            for (offset, line) in lines(index).enumerated() where y <= top + rows {
                drawCells(line, x: 0, y: y, width: width, selected: index == selected, into: &canvas)
                if offset == 0, marked.contains(list.ids[index]) {
                    let style = Style(tone: .warning, bold: true)
                    canvas.put("•", x: 0, y: y, style: index == selected ? style.selected : style)
                }
                canvas.addHitRegion(x: 0, y: y, width: width, target: .listRow(index))
                y += 1
            }
            index += 1
        }
        if first > 0 { canvas.put("↑", x: width - 1, y: top + 1, style: .accent) }
        if index < list.ids.count { canvas.put("↓", x: width - 1, y: top + rows, style: .accent) }
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

    /// A row whose last cell is wrapped to the columns left for it: the first line carries every cell, the
    /// following ones only the rest of the last cell, under it.
    static func wrapped(_ cells: [RecordList.Cell], width: Int) -> [[RecordList.Cell]] {
        guard let last = cells.last, last.width == nil else { return [cells] }
        let fixed = cells.dropLast().reduce(1) { $0 + ($1.width ?? 0) + 1 }
        let room = width - fixed
        guard room >= 8 else { return [cells] }
        let parts = TextLayout.wrap(last.text, width: room - 1)
        guard parts.count > 1 else { return [cells] }
        let blanks: [RecordList.Cell] = cells.dropLast().map { (text: "", width: $0.width, style: $0.style) }
        return parts.enumerated().map { offset, part in
            let rest: RecordList.Cell = (text: part, width: nil, style: last.style)
            return (offset == 0 ? Array(cells.dropLast()) : blanks) + [rest]
        }
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
