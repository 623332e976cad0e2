import Foundation

/// A checkpoint's note rows file (`CheckpointRowsFile<NoteRow>`) decoded by hand.
///
/// Why: notes are the largest part of a long stay's checkpoint, and `JSONDecoder` on them was a quarter of opening
/// the large board (and most of opening a patient with thousands of notes). This gives exactly the values
/// `CheckpointRowsFile`, `RowTable` and `NoteRow.init(from:)` give with `JSONDecoder`, or `nil` for a file it does
/// not recognise (see `RowsFastDecode`; also a row of another length, an addendum, mark or cosignature with a
/// member it does not know or sees twice, a service or note type it does not know): the caller then decodes the
/// file with `JSONDecoder`. `NoteRowsFastDecodeAgreementTests` checks the agreement.
enum NoteRowsFastDecode {
    static func notes(_ file: Data) -> [Note]? {
        RowsFastDecode.values(file, of: NoteRow.self, row: row)
    }

    /// `[id, service, type, author, at, text, addenda, enteredInError]`, then `cosignature` when present (`null`
    /// or an object), as `NoteRow.init(from:)` reads it; a longer row is left to `JSONDecoder`.
    private static func row(_ reader: inout CompactJSONReader) -> Note? {
        var index = 0
        var id: RecordID?, service: Service?, type: NoteType?, author: String?, at: Date?, text: String?
        var addenda: [Addendum]?, markRead = false, mark: ErrorMark?, cosignature: Cosignature?
        let read = reader.elements { reader in
            defer { index += 1 }
            switch index {
            case 0: id = reader.string(); return id != nil
            case 1: service = reader.string().flatMap(Service.init(rawValue:)); return service != nil
            case 2: type = reader.string().flatMap(NoteType.init(rawValue:)); return type != nil
            case 3: author = reader.string(); return author != nil
            case 4: at = reader.string().flatMap(BoardDate.parse); return at != nil
            case 5: text = reader.string(); return text != nil
            case 6: addenda = self.addenda(&reader); return addenda != nil
            case 7:
                markRead = true
                if reader.null() { return true }
                mark = errorMark(&reader); return mark != nil
            case 8:
                if reader.null() { return true }
                cosignature = self.cosignature(&reader); return cosignature != nil
            default: return false
            }
        }
        guard read, markRead, let id, let service, let type, let author, let at, let text, let addenda else { return nil }
        var note = Note(id: id, service: service, type: type, author: author, at: at, text: text)
        note.addenda = addenda
        note.enteredInError = mark
        note.cosignature = cosignature
        return note
    }

    private static func addenda(_ reader: inout CompactJSONReader) -> [Addendum]? {
        var addenda: [Addendum] = []
        let read = reader.elements { reader in
            var seen = CompactJSONReader.MemberSet()
            var id: RecordID?, author: String?, at: Date?, text: String?
            let members = reader.members { reader, key in
                guard seen.insert(key) else { return false }
                switch key {
                case "id": id = reader.string(); return id != nil
                case "author": author = reader.string(); return author != nil
                case "at": at = reader.string().flatMap(BoardDate.parse); return at != nil
                case "text": text = reader.string(); return text != nil
                default: return false
                }
            }
            guard members, let id, let author, let at, let text else { return false }
            addenda.append(Addendum(id: id, author: author, at: at, text: text))
            return true
        }
        return read ? addenda : nil
    }

    private static func errorMark(_ reader: inout CompactJSONReader) -> ErrorMark? {
        var seen = CompactJSONReader.MemberSet()
        var by: String?, at: Date?, reason: String?
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "by": by = reader.string(); return by != nil
            case "at": at = reader.string().flatMap(BoardDate.parse); return at != nil
            case "reason": reason = reader.string(); return reason != nil
            default: return false
            }
        }
        guard read, let by, let at, let reason else { return nil }
        return ErrorMark(by: by, at: at, reason: reason)
    }

    /// Both members may be missing or `null` (`decodeIfPresent`): a note awaiting its cosignature has neither.
    private static func cosignature(_ reader: inout CompactJSONReader) -> Cosignature? {
        var seen = CompactJSONReader.MemberSet()
        var cosignature = Cosignature()
        let read = reader.members { reader, key in
            guard seen.insert(key) else { return false }
            switch key {
            case "by":
                if reader.null() { return true }
                cosignature.by = reader.string(); return cosignature.by != nil
            case "at":
                if reader.null() { return true }
                cosignature.at = reader.string().flatMap(BoardDate.parse); return cosignature.at != nil
            default: return false
            }
        }
        return read ? cosignature : nil
    }
}
