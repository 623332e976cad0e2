import ConsultBoard

/// The ISNCSCI worksheet being filled in (`I` on a patient): the cells of the 2019 worksheet, the cell the
/// cursor is on and what is being typed into it.
///
/// Rows are the dermatomes C2 ... S4-5, then VAC, DAP and the lowest non-key muscles. The columns are laid out
/// as on the paper worksheet: right motor, light touch, pin prick, then left light touch, pin prick, motor;
/// motor cells exist only at the key muscle levels. Values are kept in the flat notation of `ExamRecord`, so the
/// exam saved is exactly the one `exam add --file` records.
struct ExamWorksheet: Sendable, Equatable {
    enum Column: Int, CaseIterable, Sendable {
        case rightMotor, rightTouch, rightPrick, leftTouch, leftPrick, leftMotor
        var side: String { rawValue < 3 ? "Right" : "Left" }
    }

    var mrn: MRN
    /// The committed values, in the flat notation (only checked, canonical spellings).
    var values: [String: String] = [:]
    /// The cursor starts on the worksheet's first cell: C2, right light touch.
    var row = 0
    var column = Column.rightTouch
    /// What is being typed into the cell under the cursor (committed when the cursor leaves it).
    var typing = ""
    /// The first grid row shown (the grid scrolls when the screen is shorter than it).
    var top = 0

    static let dermatomeRows = ISNCSCISegment.dermatomes.count
    static let vacRow = dermatomeRows
    static let dapRow = dermatomeRows + 1
    static let nonKeyRow = dermatomeRows + 2
    static let rowCount = dermatomeRows + 3

    /// The exam key of a cell; nil where the worksheet has no cell (motor at a level without a key muscle).
    static func key(row: Int, column: Column) -> String? {
        switch row {
        case vacRow: return "analContraction"
        case dapRow: return "analSensation"
        case nonKeyRow: return column.side.lowercased() + "LowestNonKeyMuscleWithMotorFunction"
        case 0..<dermatomeRows:
            let segment = ISNCSCISegment.dermatomes[row]
            let level = segment.name.lowercased()
            switch column {
            case .rightMotor, .leftMotor:
                return ISNCSCISegment.keyMuscles.contains(segment) ? level + column.side + "Motor" : nil
            case .rightTouch, .leftTouch: return level + column.side + "Touch"
            case .rightPrick, .leftPrick: return level + column.side + "Prick"
            }
        default: return nil
        }
    }

    var currentKey: String? { Self.key(row: row, column: column) }

    /// The value shown in a cell: what is being typed in the current one, else the committed value.
    func shown(row: Int, column: Column) -> String {
        if row == self.row, Self.key(row: row, column: column) == currentKey, !typing.isEmpty { return typing }
        return Self.key(row: row, column: column).flatMap { values[$0] } ?? ""
    }

    /// The required cells still empty, in worksheet order.
    var missingKeys: [String] { ISNCSCIExam.requiredKeys.filter { (values[$0] ?? "").isEmpty } }

    var isEmpty: Bool { values.isEmpty && typing.isEmpty }

    /// The classification of the exam as it stands, once every required cell is filled; nil before.
    var classification: ISNCSCIClassification? {
        guard missingKeys.isEmpty else { return nil }
        return try? ISNCSCI.classify(values)
    }

    /// The next row from `row` in `direction` that has a cell in `column`; nil at the edge.
    static func nextRow(from row: Int, by direction: Int, column: Column) -> Int? {
        var candidate = row + direction
        while (0..<rowCount).contains(candidate) {
            if key(row: candidate, column: column) != nil { return candidate }
            candidate += direction
        }
        return nil
    }

    /// The next column from `column` in `direction` that has a cell in `row`; nil at the edge. On the VAC and
    /// DAP rows, one cell spans the row.
    static func nextColumn(from column: Column, by direction: Int, row: Int) -> Column? {
        if row == vacRow || row == dapRow { return nil }
        // The non-key row has one cell a side: → goes from the right one to the left one, ← back.
        if row == nonKeyRow {
            if direction > 0, column.side == "Right" { return .leftMotor }
            if direction < 0, column.side == "Left" { return .rightMotor }
            return nil
        }
        var candidate = column.rawValue + direction
        while let next = Column(rawValue: candidate) {
            if key(row: row, column: next) != nil { return next }
            candidate += direction
        }
        return nil
    }
}
