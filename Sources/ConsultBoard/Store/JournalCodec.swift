import Foundation

/// Turns journal entries into the bytes of journal lines: compact JSON with sorted keys, sealed with its own
/// hash (`Seal`), and a newline.
enum JournalCodec {
    static func line(for entry: JournalEntry, encoder: JSONEncoder = BoardJSON.encoder(), file: String) throws(StoreError) -> Data {
        let object: Data
        do { object = try encoder.encode(entry) } catch {
            throw .io(file: file, operation: "encode entry \(entry.sequence) for", reason: "\(error)")
        }
        var line = Seal.seal(object)
        line.append(0x0A)
        return line
    }
}
