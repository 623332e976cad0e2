import Foundation

/// The journal's most common lines decoded by hand: the envelope and the payloads of `lab.add`, `note.add` and
/// `note.addendum` (on the large benchmark board 99 % of the lines).
///
/// Why: `validate` decodes every line of the journal, and `JSONDecoder` (its generic containers, a key lookup a
/// member, a nested decoder a payload) was a third of its time. This gives exactly the entry `JSONDecoder` gives
/// (`JournalEntry.init(from:)` and the payloads' synthesized `Decodable`), or `nil` for any line it does not
/// recognise: another kind, a member it does not know, a repeated member, `kind` after `payload`, a value of an
/// unexpected type, a newer schema version, or any text `CompactJSONReader` leaves to `JSONDecoder`. The caller
/// then decodes the line with `JSONDecoder`, so correctness never depends on this path, and whatever
/// `JSONDecoder` refuses is refused here too (`JournalFastDecodeAgreementTests` checks both).
enum JournalFastDecode {
    static func entry(_ line: Data) -> JournalEntry? {
        line.withUnsafeBytes { bytes in
            var reader = CompactJSONReader(bytes: bytes)
            return entry(&reader)
        }
    }

    /// The members of a line, each read at most once.
    private struct Envelope {
        var version: Int?
        var sequence: Int?
        var at: Date?
        var author: String?
        var patient: MRN?
        var previousHash: String?
        var uid: Int?
        var login: String?
        var kind: BoardCommand.Kind?
        var command: BoardCommand?
    }

    private static func entry(_ reader: inout CompactJSONReader) -> JournalEntry? {
        var envelope = Envelope()
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "v":
                envelope.version = reader.integer()
                return envelope.version != nil
            case "seq":
                envelope.sequence = reader.integer()
                return envelope.sequence != nil
            case "at":
                envelope.at = reader.string().flatMap(BoardDate.parse)
                return envelope.at != nil
            case "author":
                envelope.author = reader.string()
                return envelope.author != nil
            case "patient":
                if reader.null() { return true }
                envelope.patient = reader.string()
                return envelope.patient != nil
            case "prev":
                envelope.previousHash = reader.string()
                return envelope.previousHash != nil
            case "uid":
                if reader.null() { return true }
                envelope.uid = reader.integer()
                return envelope.uid != nil
            case "login":
                if reader.null() { return true }
                envelope.login = reader.string()
                return envelope.login != nil
            case "kind":
                envelope.kind = reader.string().flatMap(BoardCommand.Kind.init(rawValue:))
                return envelope.kind != nil
            case "payload":
                // The keys are written sorted, so `kind` comes first; a line where it does not is left to JSONDecoder.
                guard let kind = envelope.kind else { return false }
                envelope.command = command(kind, &reader)
                return envelope.command != nil
            case "hash", "key", "sig":
                // The seal and the signature: checked elsewhere, ignored by `JournalEntry` as by `JSONDecoder`.
                return reader.skipPlainASCIIString()
            default:
                return false
            }
        }
        guard read, reader.isAtEnd(), let version = envelope.version, version <= JournalEntry.schemaVersion,
            let sequence = envelope.sequence, let at = envelope.at, let author = envelope.author,
            let previousHash = envelope.previousHash, let command = envelope.command
        else { return nil }
        var entry = JournalEntry(
            sequence: sequence, at: at, author: author, patient: envelope.patient, command: command, previousHash: previousHash)
        if let uid = envelope.uid { entry.writer = OSUser(uid: uid, login: envelope.login ?? String(uid)) }
        return entry
    }

    private static func command(_ kind: BoardCommand.Kind, _ reader: inout CompactJSONReader) -> BoardCommand? {
        switch kind {
        case .addLab: addLab(&reader).map(BoardCommand.addLab)
        case .addNote: addNote(&reader).map(BoardCommand.addNote)
        case .addAddendum: addAddendum(&reader).map(BoardCommand.addAddendum)
        default: nil
        }
    }

    /// `AddLab`'s members; its optional members may be absent or `null`, as its synthesized `Decodable` allows.
    private static func addLab(_ reader: inout CompactJSONReader) -> AddLab? {
        var mrn: MRN?, test: String?, value: Double?, unit: String?, at: Date?
        var newTest: Bool?, periodHours: Double?, source: String?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "mrn": mrn = reader.string(); return mrn != nil
            case "test": test = reader.string(); return test != nil
            case "value": value = reader.double(); return value != nil
            case "unit": unit = reader.string(); return unit != nil
            case "at": at = reader.string().flatMap(BoardDate.parse); return at != nil
            case "newTest":
                if reader.null() { return true }
                newTest = reader.bool(); return newTest != nil
            case "periodHours":
                if reader.null() { return true }
                periodHours = reader.double(); return periodHours != nil
            case "source":
                if reader.null() { return true }
                source = reader.string(); return source != nil
            default: return false
            }
        }
        guard read, let mrn, let test, let value, let unit, let at else { return nil }
        return AddLab(mrn: mrn, test: test, value: value, unit: unit, at: at, newTest: newTest, periodHours: periodHours, source: source)
    }

    private static func addNote(_ reader: inout CompactJSONReader) -> AddNote? {
        var mrn: MRN?, service: Service?, type: NoteType?, text: String?, draftID: String?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "mrn": mrn = reader.string(); return mrn != nil
            case "service": service = reader.string().flatMap(Service.init(rawValue:)); return service != nil
            case "type": type = reader.string().flatMap(NoteType.init(rawValue:)); return type != nil
            case "text": text = reader.string(); return text != nil
            case "draftID":
                if reader.null() { return true }
                draftID = reader.string(); return draftID != nil
            default: return false
            }
        }
        guard read, let mrn, let service, let type, let text else { return nil }
        return AddNote(mrn: mrn, service: service, type: type, text: text, draftID: draftID)
    }

    private static func addAddendum(_ reader: inout CompactJSONReader) -> AddAddendum? {
        var noteID: RecordID?, text: String?, expectedRevision: Int?, draftID: String?
        var seen = CompactJSONReader.MemberSet()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "noteID": noteID = reader.string(); return noteID != nil
            case "text": text = reader.string(); return text != nil
            case "expectedRevision":
                if reader.null() { return true }
                expectedRevision = reader.integer(); return expectedRevision != nil
            case "draftID":
                if reader.null() { return true }
                draftID = reader.string(); return draftID != nil
            default: return false
            }
        }
        guard read, let noteID, let text else { return nil }
        return AddAddendum(noteID: noteID, text: text, expectedRevision: expectedRevision, draftID: draftID)
    }
}
