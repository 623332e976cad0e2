import Foundation

// Labs and notes are most of a large board (a long stay has thousands of labs), and `JSONDecoder` spends most
// of its time on object keys: decoding a lab as an array `["L-9","creatinine",88,"umol/L","2026-...","lab"]`
// is about three times faster than as an object. So the checkpoint stores these two lists as tables (`columns`
// names each position once; `rows` holds the values) in row segments, and the rest of the record as ordinary
// `PatientRecord` JSON. The export document and the journal keep the ordinary object form.
//
// When a field is added to `LabValue` or `Note`, add it here too: `CheckpointRowsTests` fails until then.

/// A list stored as a table: `{"columns":[...],"rows":[[...],...]}`.
struct RowTable<Row: TableRow>: Codable, Sendable {
    var rows: [Row]

    init(rows: [Row]) { self.rows = rows }

    private enum CodingKeys: String, CodingKey { case columns, rows }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let columns = try c.decode([String].self, forKey: .columns)
        guard columns == Row.columns || Row.legacyColumns.contains(columns) else {
            throw DecodingError.dataCorruptedError(
                forKey: .columns, in: c,
                debugDescription: "expected the columns \(Row.columns.joined(separator: ", ")), found \(columns.joined(separator: ", "))")
        }
        rows = try c.decode([Row].self, forKey: .rows)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Row.columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
    }
}

protocol TableRow: Codable, Sendable {
    associatedtype Value: Identifiable & Equatable & Sendable where Value.ID == RecordID
    var value: Value { get }
    init(_ value: Value)
    static var columns: [String] { get }
    /// Column lists of older checkpoints that `init(from:)` still reads.
    static var legacyColumns: [[String]] { get }
    /// The values of a whole rows file (`CheckpointRowsFile`) decoded without `JSONDecoder`, or `nil` to decode
    /// it with `JSONDecoder` (which must then give the same values).
    static func decodedByHand(_ file: Data) -> [Value]?
}

extension TableRow {
    static var legacyColumns: [[String]] { [] }
    static func decodedByHand(_ file: Data) -> [Value]? { nil }
}

/// A `LabValue` as one row.
struct LabRow: TableRow {
    static let columns = ["id", "test", "value", "unit", "at", "enteredBy", "periodHours", "source"]
    /// Checkpoints written before urine output had a collection period (six values) or before values came from
    /// feeds (seven): read as such.
    static let legacyColumns = [
        ["id", "test", "value", "unit", "at", "enteredBy"], ["id", "test", "value", "unit", "at", "enteredBy", "periodHours"],
    ]
    var value: LabValue

    init(_ value: LabValue) { self.value = value }

    static func decodedByHand(_ file: Data) -> [LabValue]? { LabRowsFastDecode.labs(file) }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        value = LabValue(
            id: try c.decode(RecordID.self), test: try c.decode(String.self), value: try c.decode(Double.self),
            unit: try c.decode(String.self), at: try c.decodeBoardDate(), enteredBy: try c.decode(String.self))
        if !c.isAtEnd { value.periodHours = try c.decode(Double?.self) }
        if !c.isAtEnd { value.source = try c.decode(String?.self) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(value.id)
        try c.encode(value.test)
        try c.encode(value.value)
        try c.encode(value.unit)
        try c.encode(value.at)
        try c.encode(value.enteredBy)
        if let hours = value.periodHours { try c.encode(hours) } else { try c.encodeNil() }
        if let source = value.source { try c.encode(source) } else { try c.encodeNil() }
    }
}

/// A `Note` as one row; its rare parts (addenda, the entered-in-error mark) stay objects inside the row.
struct NoteRow: TableRow {
    static let columns = ["id", "service", "type", "author", "at", "text", "addenda", "enteredInError", "cosignature"]
    /// Checkpoints written before notes could await a cosignature.
    static let legacyColumns = [["id", "service", "type", "author", "at", "text", "addenda", "enteredInError"]]
    var value: Note

    init(_ value: Note) { self.value = value }

    static func decodedByHand(_ file: Data) -> [Note]? { NoteRowsFastDecode.notes(file) }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        var note = Note(
            id: try c.decode(RecordID.self), service: try c.decode(Service.self), type: try c.decode(NoteType.self),
            author: try c.decode(String.self), at: try c.decodeBoardDate(), text: try c.decode(String.self))
        note.addenda = try c.decode([Addendum].self)
        note.enteredInError = try c.decode(ErrorMark?.self)
        if !c.isAtEnd { note.cosignature = try c.decode(Cosignature?.self) }
        value = note
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(value.id)
        try c.encode(value.service)
        try c.encode(value.type)
        try c.encode(value.author)
        try c.encode(value.at)
        try c.encode(value.text)
        try c.encode(value.addenda)
        if let mark = value.enteredInError { try c.encode(mark) } else { try c.encodeNil() }
        if let cosignature = value.cosignature { try c.encode(cosignature) } else { try c.encodeNil() }
    }
}

extension UnkeyedDecodingContainer {
    /// A board date read as its text and parsed by `BoardDate`: what `BoardJSON`'s date strategy does, without
    /// the trip through a nested decoder for every value (a large board's rows hold a hundred thousand dates).
    mutating func decodeBoardDate() throws -> Date {
        let text = try decode(String.self)
        guard let date = BoardDate.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: self, debugDescription: "expected an ISO 8601 date such as 2026-11-25T08:30:00Z, found '\(text)'")
        }
        return date
    }
}

extension KeyedDecodingContainer {
    /// A board date read as its text and parsed by `BoardDate`, like `UnkeyedDecodingContainer.decodeBoardDate`:
    /// every journal entry has one, and `validate` decodes a hundred thousand entries.
    func decodeBoardDate(forKey key: Key) throws -> Date {
        let text = try decode(String.self, forKey: key)
        guard let date = BoardDate.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected an ISO 8601 date such as 2026-11-25T08:30:00Z, found '\(text)'")
        }
        return date
    }
}
