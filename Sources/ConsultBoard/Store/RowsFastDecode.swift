import Foundation

/// A checkpoint's rows file (`CheckpointRowsFile`) read by hand, its rows by the caller's `row`: the frame shared
/// by `LabRowsFastDecode` and `NoteRowsFastDecode`. `nil` for a file it does not recognise (older columns, a
/// member it does not know or sees twice, a newer schema, any text `CompactJSONReader` leaves alone, a row `row`
/// declines): the caller then decodes the file with `JSONDecoder`, which also words what is wrong.
enum RowsFastDecode {
    static func values<Row: TableRow>(_ file: Data, of _: Row.Type, row: (inout CompactJSONReader) -> Row.Value?) -> [Row.Value]? {
        file.withUnsafeBytes { bytes in
            var reader = CompactJSONReader(bytes: bytes)
            var values: [Row.Value]?
            var format: String?, version: Int?
            let read = reader.members { reader, key in
                switch key {
                case "format" where format == nil:
                    format = reader.string()
                    return format == CheckpointRowsFile<Row>.formatName
                case "schemaVersion" where version == nil:
                    version = reader.integer()
                    return (version ?? .max) <= CheckpointRowsFile<Row>.schemaVersion
                case "table" where values == nil:
                    values = table(&reader, columns: Row.columns, row: row)
                    return values != nil
                default:
                    return false
                }
            }
            guard read, reader.isAtEnd(), format != nil, version != nil else { return nil }
            return values
        }
    }

    /// `{"columns":[…],"rows":[[…],…]}` with today's columns, in that order (as the encoder sorts them).
    private static func table<Value>(
        _ reader: inout CompactJSONReader, columns expected: [String], row: (inout CompactJSONReader) -> Value?
    ) -> [Value]? {
        var columnsRead = false
        var values: [Value]?
        let read = reader.members { reader, key in
            switch key {
            case "columns" where !columnsRead && values == nil:
                var columns: [String] = []
                guard reader.elements({ reader in
                    guard let column = reader.string() else { return false }
                    columns.append(column)
                    return true
                }) else { return false }
                columnsRead = true
                return columns == expected
            case "rows" where columnsRead && values == nil:
                var rows: [Value] = []
                guard reader.elements({ reader in
                    guard let value = row(&reader) else { return false }
                    rows.append(value)
                    return true
                }) else { return false }
                values = rows
                return true
            default:
                return false
            }
        }
        return read ? values : nil
    }
}
