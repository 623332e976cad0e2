import Foundation

/// The whole board as one JSON document, for backups, other tools and moving a board:
/// `{"createdAt":...,"format":"consult-board-export","patients":[PatientRecord...],"revision":...,
/// "roster":{...},"schemaVersion":1,"ward":...}` (keys sorted). Every note, addendum, order with its status
/// history, lab, exam and acknowledgement is there, each with its id, exactly as on the board, and the ward
/// roster (people, roles, public keys, policy) when the board has one.
///
/// `consult-board import` builds a new board from it; export, import, export gives the same bytes.
public struct ExportDocument: Codable, Sendable, Equatable {
    public static let formatName = "consult-board-export"
    public static let schemaVersion = 1

    public var format: String
    public var schemaVersion: Int
    public var ward: String
    public var createdAt: Date
    /// The board's revision: the sequence number of its last change.
    public var revision: Int
    /// In admission order.
    public var patients: [PatientRecord]
    /// The ward roster; absent when the board has none (so a board without one exports the same bytes as
    /// before rosters existed). Without it an imported roster board would become a board where any login may
    /// sign as anyone.
    public var roster: Roster?

    public init(board: Board) {
        format = Self.formatName
        schemaVersion = Self.schemaVersion
        ward = board.ward
        createdAt = board.createdAt
        revision = board.revision
        patients = Array(board.patients.values)
        roster = board.roster.isKept ? board.roster : nil
    }

    /// The document's bytes: compact JSON, keys sorted, ending with a newline.
    public func encoded() throws(StoreError) -> Data {
        do {
            var data = try BoardJSON.encoder().encode(self)
            data.append(0x0A)
            return data
        } catch {
            throw .io(file: "export", operation: "encode the board for", reason: "\(error)")
        }
    }

    /// Reads a document, refusing anything malformed with the JSON path of the first problem
    /// (`$.patients[2].notes[5].at: expected an ISO 8601 date such as 2026-11-25T08:30:00Z`).
    public static func decode(_ data: Data) throws(ImportError) -> ExportDocument {
        struct Envelope: Decodable {
            var format: String?
            var schemaVersion: Int?
        }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: data)
        } catch {
            throw ImportError(DecodingProblem(error))
        }
        guard envelope.format == formatName else {
            throw ImportError(path: "$.format", reason: "expected \"\(formatName)\" (this is not a consult-board export)")
        }
        guard let version = envelope.schemaVersion else { throw ImportError(path: "$.schemaVersion", reason: "missing (required)") }
        guard version <= schemaVersion else {
            throw ImportError(path: "$.schemaVersion", reason: "version \(version) was written by a newer consult-board; this one reads up to \(schemaVersion)")
        }
        let document: ExportDocument
        do {
            document = try BoardJSON.decoder().decode(ExportDocument.self, from: data)
        } catch {
            throw ImportError(DecodingProblem(error))
        }
        guard document.revision >= 1, document.revision <= BoardLimits.maxRevision else {
            throw ImportError(path: "$.revision", reason: "expected a whole number from 1 to \(BoardLimits.maxRevision), found \(document.revision)")
        }
        if let problem = document.importCommand.firstProblem(revision: document.revision) {
            throw ImportError(path: problem.path, reason: problem.reason)
        }
        return document
    }

    /// The journal entry that recreates this board.
    var importCommand: ImportBoard { ImportBoard(ward: ward, createdAt: createdAt, patients: patients, roster: roster) }
}

/// Why a document cannot be imported: the JSON path of the first problem and what is wrong there.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(_ problem: DecodingProblem) {
        self.init(path: problem.path, reason: problem.reason)
    }

    public var description: String { "\(path): \(reason)" }
}

extension BoardStore {
    /// The whole board as an export document.
    public func export() throws(StoreError) -> ExportDocument {
        ExportDocument(board: try load())
    }

    /// Creates a new board at `path` holding `document`'s patients (refusing if a board is there), recorded as
    /// one `board.import` entry numbered with the document's revision, so imported ids are kept and new ids
    /// come after them.
    @discardableResult
    public static func importBoard(_ document: ExportDocument, at path: String, author: String, at: Date = Date()) throws(StoreError) -> BoardStore {
        try create(at: path, first: .importBoard(document.importCommand), sequence: document.revision, author: author, at: at)
    }
}

extension ExportDocument {
    /// Writes the document to `path` atomically, readable by its owner only (it holds patient data).
    public func write(to path: String) throws(StoreError) {
        try PrivateFile.write(encoded(), to: path)
    }
}
