import Foundation

/// A checkpoint's lab rows file (`CheckpointRowsFile<LabRow>`) decoded by hand.
///
/// Why: labs are most of a large board, and `validate` reads every lab row of the checkpoint to compare it with
/// the replay (80,000 on the benchmark board; `JSONDecoder` on them was 6 % of `validate`, and the same work
/// opens the board). This gives exactly the values `CheckpointRowsFile`, `RowTable` and `LabRow.init(from:)`
/// give with `JSONDecoder`, or `nil` for a file it does not recognise (older columns, a member it does not know
/// or sees twice, a row of another length, a value of another type, a newer schema, any text
/// `CompactJSONReader` leaves alone): the caller then decodes the file with `JSONDecoder`, which also words
/// what is wrong. `LabRowsFastDecodeAgreementTests` checks the agreement.
enum LabRowsFastDecode {
    static func labs(_ file: Data) -> [LabValue]? {
        RowsFastDecode.values(file, of: LabRow.self, row: row)
    }

    /// `[id, test, value, unit, at, enteredBy]`, then `periodHours` and `source` when present (`null` or a
    /// value), as `LabRow.init(from:)` reads it; a longer row is left to `JSONDecoder`.
    private static func row(_ reader: inout CompactJSONReader) -> LabValue? {
        var index = 0
        var id: RecordID?, test: String?, value: Double?, unit: String?, at: Date?, enteredBy: String?
        var periodHours: Double?, source: String?
        let read = reader.elements { reader in
            defer { index += 1 }
            switch index {
            case 0: id = reader.string(); return id != nil
            case 1: test = reader.string(); return test != nil
            case 2: value = reader.double(); return value != nil
            case 3: unit = reader.string(); return unit != nil
            case 4: at = reader.string().flatMap(BoardDate.parse); return at != nil
            case 5: enteredBy = reader.string(); return enteredBy != nil
            case 6:
                if reader.null() { return true }
                periodHours = reader.double(); return periodHours != nil
            case 7:
                if reader.null() { return true }
                source = reader.string(); return source != nil
            default: return false
            }
        }
        guard read, let id, let test, let value, let unit, let at, let enteredBy else { return nil }
        return LabValue(id: id, test: test, value: value, unit: unit, at: at, enteredBy: enteredBy, periodHours: periodHours, source: source)
    }
}
