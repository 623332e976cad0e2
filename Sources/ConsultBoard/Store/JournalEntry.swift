import Foundation

/// One line of the journal: a command as it was accepted, with who, when, its sequence number and the hash of
/// the line before it (the chain that makes edits, removals and reordering by hand detectable).
///
/// On disk (keys sorted, one line, sealed by `Seal`): `{"at":"2026-11-25T08:30:00Z","author":"dr.li",
/// "kind":"note.add","patient":"SCI-0001","payload":{...},"prev":"<sha256 of line 6>","seq":7,"v":1,
/// "hash":"<sha256 of this line up to here>"}`. `v` is the schema version of the line.
public struct JournalEntry: Sendable, Equatable {
    /// The journal line schema this build writes and the newest it reads.
    public static let schemaVersion = 1

    public var sequence: Int
    public var at: Date
    public var author: String
    /// The patient the change concerns (`nil` for board-level changes), for `audit MRN` and live refresh.
    public var patient: MRN?
    public var command: BoardCommand
    /// SHA-256 (hex) of the previous line's bytes; empty for the first entry.
    public var previousHash: String
    /// The operating-system user of the process that wrote the entry (`uid`, `login` in the line); `nil` in
    /// entries written before it was recorded.
    public var writer: OSUser?

    public init(sequence: Int, at: Date, author: String, patient: MRN?, command: BoardCommand, previousHash: String) {
        self.sequence = sequence
        self.at = at
        self.author = author
        self.patient = patient
        self.command = command
        self.previousHash = previousHash
    }

    /// The context for replaying this entry: it was validated when it was written.
    public var context: ChangeContext { ChangeContext(sequence: sequence, author: author, at: at, isReplay: true) }
}

/// Thrown while decoding a line written by a newer consult-board, so the reader can say so instead of calling
/// the line damaged.
struct NewerSchemaVersion: Error {
    var found: Int
}

extension JournalEntry: Codable {
    private enum CodingKeys: String, CodingKey { case seq, at, author, patient, prev, v, uid, login }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .v)
        guard version <= Self.schemaVersion else { throw NewerSchemaVersion(found: version) }
        sequence = try c.decode(Int.self, forKey: .seq)
        at = try c.decodeBoardDate(forKey: .at)
        author = try c.decode(String.self, forKey: .author)
        patient = try c.decodeIfPresent(MRN.self, forKey: .patient)
        previousHash = try c.decode(String.self, forKey: .prev)
        if let uid = try c.decodeIfPresent(Int.self, forKey: .uid) {
            writer = OSUser(uid: uid, login: try c.decodeIfPresent(String.self, forKey: .login) ?? String(uid))
        }
        // The command's `kind` and `payload` sit beside the envelope's keys in the same object.
        command = try BoardCommand(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sequence, forKey: .seq)
        try c.encode(at, forKey: .at)
        try c.encode(author, forKey: .author)
        try c.encodeIfPresent(patient, forKey: .patient)
        try command.encode(to: encoder)
        try c.encode(previousHash, forKey: .prev)
        try c.encode(Self.schemaVersion, forKey: .v)
        if let writer {
            try c.encode(writer.uid, forKey: .uid)
            try c.encode(writer.login, forKey: .login)
        }
    }
}
