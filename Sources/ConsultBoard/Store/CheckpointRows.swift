import Foundation

// Labs and notes are most of a large board (a long stay has thousands of labs), and `JSONDecoder` spends most
// of its time on object keys: decoding a lab as an array `["L-9","creatinine",88,"umol/L","2026-...","lab"]`
// is about three times faster than as an object. So a checkpoint's patient file stores these two lists as
// tables (`columns` names each position once; `rows` holds the values), and everything else as the ordinary
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
        guard columns == Row.columns else {
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
    static var columns: [String] { get }
}

/// A `LabValue` as one row.
struct LabRow: TableRow {
    static let columns = ["id", "test", "value", "unit", "at", "enteredBy"]
    var lab: LabValue

    init(_ lab: LabValue) { self.lab = lab }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        lab = LabValue(
            id: try c.decode(RecordID.self), test: try c.decode(String.self), value: try c.decode(Double.self),
            unit: try c.decode(String.self), at: try c.decode(Date.self), enteredBy: try c.decode(String.self))
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(lab.id)
        try c.encode(lab.test)
        try c.encode(lab.value)
        try c.encode(lab.unit)
        try c.encode(lab.at)
        try c.encode(lab.enteredBy)
    }
}

/// A `Note` as one row; its rare parts (addenda, the entered-in-error mark) stay objects inside the row.
struct NoteRow: TableRow {
    static let columns = ["id", "service", "type", "author", "at", "text", "addenda", "enteredInError"]
    var note: Note

    init(_ note: Note) { self.note = note }

    init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        note = Note(
            id: try c.decode(RecordID.self), service: try c.decode(Service.self), type: try c.decode(NoteType.self),
            author: try c.decode(String.self), at: try c.decode(Date.self), text: try c.decode(String.self))
        note.addenda = try c.decode([Addendum].self)
        note.enteredInError = try c.decode(ErrorMark?.self)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(note.id)
        try c.encode(note.service)
        try c.encode(note.type)
        try c.encode(note.author)
        try c.encode(note.at)
        try c.encode(note.text)
        try c.encode(note.addenda)
        if let mark = note.enteredInError { try c.encode(mark) } else { try c.encodeNil() }
    }
}
