import Foundation

/// `checkpoint/manifest.json`: which revision the checkpoint holds, where that revision ends in the journal, the
/// ward, every patient's header with the files holding the whole record, and the id-index files.
///
/// Sealed (`Seal`) and written last, by rename: a checkpoint is whatever the manifest names, so a crash while
/// the files are being written leaves the previous checkpoint in force.
struct CheckpointManifest: Codable, Sendable, Equatable {
    static let formatName = "consult-board-checkpoint"
    static let schemaVersion = 1

    var format = Self.formatName
    var schemaVersion = Self.schemaVersion
    /// The journal up to and including the checkpoint's last entry (`journal.revision`).
    var journal: JournalPosition
    var ward: String
    var createdAt: Date
    /// In admission order.
    var patients: [PatientEntry]
    /// By id number ranges, ascending.
    var ids: [FileRef]
    /// The ward roster at the checkpoint's revision (absent when the board has none).
    var roster: Roster?

    var revision: Int { journal.revision }

    /// One patient: the header (enough to validate most commands, see `CommandFootprint`) and the files of the
    /// whole record: the record without labs and notes, and the labs and notes in row segments, oldest first.
    struct PatientEntry: Codable, Sendable, Equatable {
        var patient: Patient
        /// The patient's own revision (the sequence number of the last change to this patient).
        var revision: Int
        var record: FileRef
        var labs: [FileRef]
        var notes: [FileRef]

        var files: [FileRef] { [record] + labs + notes }

        /// The files read to `depth` (`Checkpoint.record(_:depth:)`).
        func files(at depth: RecordDepth) -> [FileRef] {
            let parts = depth.parts
            guard parts.contains(.lists) else { return [] }
            return [record] + (parts.contains(.labs) ? labs : []) + (parts.contains(.notes) ? notes : [])
        }
    }

    /// A file the manifest names (relative to `checkpoint/`), with the SHA-256 of its bytes.
    struct FileRef: Codable, Sendable, Equatable {
        var file: String
        var sha256: String
        /// Row segments: how many rows, and whether some may replace a row of an earlier segment (a note that
        /// gained an addendum since). Id files: the range of id numbers covered.
        var rows: Int?
        var replaces: Bool?
        var first: Int?
        var last: Int?
    }

    init(journal: JournalPosition, ward: String, createdAt: Date, patients: [PatientEntry], ids: [FileRef], roster: Roster? = nil) {
        self.journal = journal
        self.ward = ward
        self.createdAt = createdAt
        self.patients = patients
        self.ids = ids
        self.roster = roster
    }

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, journal, ward, createdAt, patients, ids, roster }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        guard format == Self.formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "expected \"\(Self.formatName)\"")
        }
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion <= Self.schemaVersion else { throw NewerSchemaVersion(found: schemaVersion) }
        journal = try c.decode(JournalPosition.self, forKey: .journal)
        ward = try c.decode(String.self, forKey: .ward)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        patients = try c.decode([PatientEntry].self, forKey: .patients)
        ids = try c.decode([FileRef].self, forKey: .ids)
        roster = try c.decodeIfPresent(Roster.self, forKey: .roster)
    }
}

/// Reads the format and schema version at the top of every checkpoint file before anything else, so a file
/// from a newer consult-board is reported as such rather than as damaged.
private func checkVersion<K: CodingKey>(
    _ c: KeyedDecodingContainer<K>, format formatKey: K, version versionKey: K, expected: String, supported: Int
) throws {
    let format = try c.decode(String.self, forKey: formatKey)
    guard format == expected else {
        throw DecodingError.dataCorruptedError(forKey: formatKey, in: c, debugDescription: "expected \"\(expected)\"")
    }
    let version = try c.decode(Int.self, forKey: versionKey)
    guard version <= supported else { throw NewerSchemaVersion(found: version) }
}

/// `checkpoint/patients/<MRN>.r<revision>.json`: a patient's record at the patient's revision, without its labs
/// and notes (which are most of a long stay, and live in row segments). Small, so a checkpoint rewrites it
/// whenever the patient changed.
struct CheckpointRecordFile: Codable, Sendable {
    static let formatName = "consult-board-patient"
    static let schemaVersion = 1

    /// With `labs` and `notes` empty.
    var record: PatientRecord

    init(record: PatientRecord) {
        self.record = record
        self.record.labs = []
        self.record.notes = []
    }

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, record }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try checkVersion(c, format: .format, version: .schemaVersion, expected: Self.formatName, supported: Self.schemaVersion)
        record = try c.decode(PatientRecord.self, forKey: .record)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatName, forKey: .format)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        try c.encode(record, forKey: .record)
    }

    static func name(for record: PatientRecord) -> String { "patients/\(record.mrn).r\(record.revision).json" }
}

/// `checkpoint/patients/<MRN>.<labs|notes>.<after>-<through>.json`: the rows of one list created or changed by
/// the changes numbered after `after` up to `through`. Written once, never changed; a patient's list is its
/// segments in order, a later row replacing an earlier one with the same id. Segments are merged as they pile
/// up (see `Checkpoint.appendSegment`), so a checkpoint costs what changed, not the size of the record.
struct CheckpointRowsFile<Row: TableRow>: Codable, Sendable {
    static var formatName: String { "consult-board-rows" }
    static var schemaVersion: Int { 1 }

    var rows: [Row]

    init(rows: [Row]) { self.rows = rows }

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, table }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try checkVersion(c, format: .format, version: .schemaVersion, expected: Self.formatName, supported: Self.schemaVersion)
        rows = try c.decode(RowTable<Row>.self, forKey: .table).rows
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatName, forKey: .format)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        try c.encode(RowTable(rows: rows), forKey: .table)
    }
}

/// `checkpoint/ids/<first>-<last>.r<revision>.json`: which patient holds each record id numbered in
/// `first...last`, so `order set O-7` finds its patient without reading every patient's files.
struct CheckpointIDFile: Codable, Sendable {
    static let formatName = "consult-board-ids"
    static let schemaVersion = 1
    /// Ids are grouped by ranges of this many numbers: a range's file is rewritten only while new ids fall in it.
    static let span = 4096

    var first: Int
    var last: Int
    var ids: [RecordID: MRN]

    init(first: Int, last: Int, ids: [RecordID: MRN]) {
        self.first = first
        self.last = last
        self.ids = ids
    }

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, first, last, ids }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try checkVersion(c, format: .format, version: .schemaVersion, expected: Self.formatName, supported: Self.schemaVersion)
        first = try c.decode(Int.self, forKey: .first)
        last = try c.decode(Int.self, forKey: .last)
        ids = try c.decode([RecordID: MRN].self, forKey: .ids)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatName, forKey: .format)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        try c.encode(first, forKey: .first)
        try c.encode(last, forKey: .last)
        try c.encode(ids, forKey: .ids)
    }

    /// The first number of the range holding `number`.
    static func rangeStart(of number: Int) -> Int { number / span * span }

    /// The number in a record id (`N-12` -> 12, `AK-40` -> 40).
    static func number(of id: RecordID) -> Int? {
        guard let dash = id.lastIndex(of: "-") else { return nil }
        return Int(id[id.index(after: dash)...])
    }
}

extension Board {
    /// A board at a checkpoint: the manifest's ward, revision and roster with these records.
    init(manifest: CheckpointManifest, records: [PatientRecord]) {
        self.init(ward: manifest.ward, createdAt: manifest.createdAt, revision: manifest.revision, records: records)
        roster = manifest.roster ?? Roster()
    }
}
