import Foundation

/// `checkpoint/manifest.json`: which revision the checkpoint holds, where that revision ends in the journal, the
/// ward, every patient's header with the file holding the whole record, and the id-index files.
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
    var ids: [IDFileEntry]

    var revision: Int { journal.revision }

    struct PatientEntry: Codable, Sendable, Equatable {
        /// The header, enough to validate most commands without reading the record (see `CommandFootprint`).
        var patient: Patient
        /// The patient's own revision (the sequence number of the last change to this patient).
        var revision: Int
        /// Relative to `checkpoint/`.
        var file: String
        /// SHA-256 of the file's bytes.
        var sha256: String
    }

    struct IDFileEntry: Codable, Sendable, Equatable {
        /// The range of id numbers (`N-12` has number 12) the file covers.
        var first: Int
        var last: Int
        var file: String
        var sha256: String
    }

    init(journal: JournalPosition, ward: String, createdAt: Date, patients: [PatientEntry], ids: [IDFileEntry]) {
        self.journal = journal
        self.ward = ward
        self.createdAt = createdAt
        self.patients = patients
        self.ids = ids
    }

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, journal, ward, createdAt, patients, ids }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        guard format == Self.formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "expected \"\(Self.formatName)\"")
        }
        guard schemaVersion <= Self.schemaVersion else { throw NewerSchemaVersion(found: schemaVersion) }
        journal = try c.decode(JournalPosition.self, forKey: .journal)
        ward = try c.decode(String.self, forKey: .ward)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        patients = try c.decode([PatientEntry].self, forKey: .patients)
        ids = try c.decode([IDFileEntry].self, forKey: .ids)
    }
}

/// `checkpoint/patients/<MRN>.r<revision>.json`: one patient's whole record at the patient's revision.
///
/// The file name carries the patient's revision, so a file is never rewritten: a checkpoint writes files only
/// for the patients changed since the last one, and keeps the rest.
struct CheckpointPatientFile: Codable, Sendable {
    static let formatName = "consult-board-patient"
    static let schemaVersion = 1

    var record: PatientRecord

    init(record: PatientRecord) { self.record = record }

    private enum CodingKeys: String, CodingKey { case format, schemaVersion, record, labs, notes }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        guard format == Self.formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "expected \"\(Self.formatName)\"")
        }
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version <= Self.schemaVersion else { throw NewerSchemaVersion(found: version) }
        record = try c.decode(PatientRecord.self, forKey: .record)
        record.labs = try c.decode(RowTable<LabRow>.self, forKey: .labs).rows.map(\.lab)
        record.notes = try c.decode(RowTable<NoteRow>.self, forKey: .notes).rows.map(\.note)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatName, forKey: .format)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        var rest = record
        rest.labs = []
        rest.notes = []
        try c.encode(rest, forKey: .record)
        try c.encode(RowTable(rows: record.labs.map(LabRow.init)), forKey: .labs)
        try c.encode(RowTable(rows: record.notes.map(NoteRow.init)), forKey: .notes)
    }

    static func name(for record: PatientRecord) -> String { "patients/\(record.mrn).r\(record.revision).json" }
}

/// `checkpoint/ids/<first>-<last>.r<revision>.json`: which patient holds each record id numbered in
/// `first...last`, so `order set O-7` finds its patient without reading every patient's file.
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
        let format = try c.decode(String.self, forKey: .format)
        guard format == Self.formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "expected \"\(Self.formatName)\"")
        }
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version <= Self.schemaVersion else { throw NewerSchemaVersion(found: version) }
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
