import ConsultBoard

/// The ISNCSCI worksheet over the body of the screen: the grid of grades on the left (scrolling when the screen
/// is shorter than its 31 rows), the live classification and what the current cell takes on the right.
enum ExamWorksheetView {
    /// The columns of the six grade cells (right motor, touch, prick, left touch, prick, motor).
    static let cellX = [10, 15, 19, 25, 29, 33]
    static let cellWidth = 4
    static let resultX = 40

    /// Rows of the grid that fit under the title and the column header.
    static func gridRows(_ layout: Layout) -> Int { max(1, layout.bodyHeight - 2) }

    static func draw(_ sheet: ExamWorksheet, state: AppState, into canvas: inout Canvas) {
        let layout = state.layout
        let top = layout.bodyTop
        canvas.fill(x: 0, y: top, width: canvas.width, height: layout.bodyHeight)
        let name = state.board.patients[sheet.mrn].map { Sanitizer.line($0.patient.name) } ?? sheet.mrn
        canvas.rule(y: top, title: "\(WorksheetWords.title) · \(name) · \(WorksheetWords.keys)")
        let words = WorksheetWords.header
        canvas.put(words.level, x: 1, y: top + 1, style: .heading)
        canvas.put(words.right, x: cellX[0] - 2, y: top + 1, style: .heading)
        canvas.put(words.left, x: cellX[3] - 2, y: top + 1, style: .heading)
        let rows = gridRows(layout)
        for line in 0..<rows {
            let row = sheet.top + line
            guard row < ExamWorksheet.rowCount else { break }
            drawRow(row, sheet: sheet, y: top + 2 + line, into: &canvas)
        }
        if sheet.top > 0 { canvas.put("↑", x: resultX - 2, y: top + 2, style: .accent) }
        if sheet.top + rows < ExamWorksheet.rowCount { canvas.put("↓", x: resultX - 2, y: top + 1 + rows, style: .accent) }
        drawResult(sheet, x: resultX, y: top + 1, width: canvas.width - resultX - 1, into: &canvas)
    }

    static func rowLabel(_ row: Int) -> String {
        switch row {
        case ExamWorksheet.vacRow: WorksheetWords.vac
        case ExamWorksheet.dapRow: WorksheetWords.dap
        case ExamWorksheet.nonKeyRow: WorksheetWords.nonKey
        default: ISNCSCISegment.dermatomes[row].name.replacingOccurrences(of: "_", with: "-")
        }
    }

    static func drawRow(_ row: Int, sheet: ExamWorksheet, y: Int, into canvas: inout Canvas) {
        let isKeyMuscle = row < ExamWorksheet.dermatomeRows && ISNCSCISegment.keyMuscles.contains(ISNCSCISegment.dermatomes[row])
        canvas.put(rowLabel(row), x: 1, y: y, style: isKeyMuscle ? .bold : .plain)
        canvas.put("│", x: cellX[3] - 3, y: y, style: .muted)
        // VAC and DAP are one cell each, written under the right motor column.
        let columns: [ExamWorksheet.Column] = row == ExamWorksheet.vacRow || row == ExamWorksheet.dapRow ? [.rightMotor]
            : row == ExamWorksheet.nonKeyRow ? [.rightMotor, .leftMotor] : ExamWorksheet.Column.allCases
        for column in columns {
            guard ExamWorksheet.key(row: row, column: column) != nil else { continue }
            let isCursor = row == sheet.row
                && (columns.count == 1 || column == sheet.column || (row == ExamWorksheet.nonKeyRow && column.side == sheet.column.side))
            let value = sheet.shown(row: row, column: column)
            let x = cellX[column.rawValue]
            let width = row == ExamWorksheet.vacRow || row == ExamWorksheet.dapRow ? 4 : cellWidth
            let text = value.isEmpty ? "·" : value
            canvas.put(TextLayout.pad(text, width: width), x: x, y: y, maxWidth: width,
                       style: isCursor ? .selected : value.isEmpty ? .muted : .plain)
            if isCursor { canvas.cursor = (x + min(DisplayWidth.of(sheet.typing), width - 1), y) }
        }
    }

    static func drawResult(_ sheet: ExamWorksheet, x: Int, y: Int, width: Int, into canvas: inout Canvas) {
        guard width >= 20 else { return }
        var doc = Document(width: width)
        doc.line(WorksheetWords.resultHeading, .heading)
        if let result = sheet.classification {
            doc.field(WorksheetWords.Field.sensoryLevel.label, WorksheetWords.sides(result.rightSensoryLevel, result.leftSensoryLevel))
            doc.field(WorksheetWords.Field.motorLevel.label, WorksheetWords.sides(result.rightMotorLevel, result.leftMotorLevel))
            doc.field(WorksheetWords.Field.neurologicalLevel.label, result.neurologicalLevel, valueStyle: .bold)
            doc.field(WorksheetWords.Field.complete.label, result.injuryComplete)
            doc.field(WorksheetWords.Field.ais.label, result.ais, valueStyle: .bold)
            doc.field(WorksheetWords.Field.sensoryZPP.label, WorksheetWords.sides(result.rightSensoryZPP, result.leftSensoryZPP))
            doc.field(WorksheetWords.Field.motorZPP.label, WorksheetWords.sides(result.rightMotorZPP, result.leftMotorZPP))
            doc.field(WorksheetWords.Field.motorScores.label, "\(result.upperMotorTotal) / \(result.lowerMotorTotal)")
            doc.field(WorksheetWords.Field.sensoryScores.label, "\(result.touchTotal) / \(result.prickTotal)")
        } else {
            doc.text(WorksheetWords.missing(sheet.missingKeys), style: .muted)
        }
        doc.blank()
        if let key = sheet.currentKey {
            doc.text(WorksheetWords.cell(key), style: .bold)
            doc.text(WorksheetWords.allowed(key), style: .muted)
        }
        doc.draw(into: &canvas, x: x, y: y, width: width, height: doc.lines.count, scroll: 0)
    }
}
