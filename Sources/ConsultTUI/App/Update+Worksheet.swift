import ConsultBoard

extension AppState {
    /// Opens a blank ISNCSCI worksheet for the patient.
    mutating func openWorksheet(for mrn: MRN) {
        examWorksheet = ExamWorksheet(mrn: mrn)
        status = nil
    }

    /// Keys of the worksheet: grades typed into the cell under the cursor (refused at once when they cannot be a
    /// value of that cell), arrows to move (a cell is checked before the cursor leaves it), Ctrl-S to save.
    mutating func handleWorksheetKey(_ key: Key) -> [Effect] {
        guard var sheet = examWorksheet else { return [] }
        defer { keepWorksheetCursorVisible() }
        switch key {
        case .escape:
            if sheet.isEmpty {
                examWorksheet = nil
            } else {
                confirmation = Confirmation(purpose: .discardWorksheet, message: WorksheetWords.discard)
            }
            return []
        case .ctrl("s"): return saveWorksheet()
        case .up: moveWorksheet(rows: -1)
        case .down, .enter: moveWorksheet(rows: 1)
        case .left, .backTab: moveWorksheet(columns: -1)
        case .right, .tab: moveWorksheet(columns: 1)
        case .backspace:
            if !sheet.typing.isEmpty {
                sheet.typing.removeLast()
            } else if let key = sheet.currentKey {
                sheet.values[key] = nil
            }
            examWorksheet = sheet
        case .delete:
            sheet.typing = ""
            if let key = sheet.currentKey { sheet.values[key] = nil }
            examWorksheet = sheet
        case .char("?"):
            showingHelp = true
        case .paste:
            say(WorksheetWords.pasteRefused, .error)
        case let .char(c):
            guard let cellKey = sheet.currentKey, let allowed = ISNCSCIExam.allowedValues(forKey: cellKey) else { return [] }
            let candidate = sheet.typing + String(c)
            let upper = candidate.uppercased()
            guard candidate.count <= 4, allowed.contains(where: { $0.uppercased().hasPrefix(upper) }) else {
                say(WorksheetWords.refusedCharacter(candidate, key: cellKey), .error)
                return []
            }
            sheet.typing = upper
            examWorksheet = sheet
        default: break
        }
        return []
    }

    /// Checks and keeps what was typed into the current cell; false (with the reason on the status line) when it
    /// is not a complete value, and the cursor then stays.
    mutating func commitWorksheetCell() -> Bool {
        guard var sheet = examWorksheet, !sheet.typing.isEmpty, let key = sheet.currentKey else { return true }
        // y and n are the worksheet's short answers for the anal findings.
        let typed = key.hasPrefix("anal") && sheet.typing == "Y" ? "Yes" : key.hasPrefix("anal") && sheet.typing == "N" ? "No" : sheet.typing
        guard let value = ISNCSCIExam.canonicalValue(typed, forKey: key) else {
            say(WorksheetWords.incomplete(sheet.typing, key: key), .error)
            return false
        }
        sheet.values[key] = value
        sheet.typing = ""
        examWorksheet = sheet
        return true
    }

    mutating func moveWorksheet(rows: Int = 0, columns: Int = 0) {
        guard commitWorksheetCell(), var sheet = examWorksheet else { return }
        if rows != 0, let row = ExamWorksheet.nextRow(from: sheet.row, by: rows, column: sheet.column) {
            sheet.row = row
        }
        if columns != 0, let column = ExamWorksheet.nextColumn(from: sheet.column, by: columns, row: sheet.row) {
            sheet.column = column
        }
        examWorksheet = sheet
    }

    /// Saves the exam through the same command as `exam add` (the one door), once every cell is filled and the
    /// exam passes the same checks.
    mutating func saveWorksheet() -> [Effect] {
        guard commitWorksheetCell(), let sheet = examWorksheet else { return [] }
        let missing = sheet.missingKeys
        guard missing.isEmpty else {
            say(WorksheetWords.cannotSave(missing), .error)
            return []
        }
        let classification: ISNCSCIClassification
        do throws(ISNCSCIError) {
            try ISNCSCIExam.checkForEntry(sheet.values)
            classification = try ISNCSCI.classify(sheet.values)
        } catch {
            say(error.shown, .error)
            return []
        }
        saving = .worksheet
        return [.apply([.addExam(AddExam(mrn: sheet.mrn, values: sheet.values))], summary: WorksheetWords.saved(classification.summary))]
    }

    /// Scrolls the grid so that the cursor's row is on screen.
    mutating func keepWorksheetCursorVisible() {
        guard var sheet = examWorksheet else { return }
        sheet.top = ListViewport.top(
            selected: sheet.row, previousTop: sheet.top, rows: ExamWorksheetView.gridRows(layout), count: ExamWorksheet.rowCount)
        examWorksheet = sheet
    }
}
