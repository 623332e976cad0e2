import Foundation

/// Turns journal entries into the bytes of journal lines: compact JSON with sorted keys, sealed with its own
/// hash (`Seal`), and a newline. Every line records the operating-system user of the process writing it.
enum JournalCodec {
    /// This process's user, looked up once (a process does not change its user while it writes a board).
    private static let processUser = OSUser.current

    static func line(for original: JournalEntry, encoder: JSONEncoder = BoardJSON.encoder(), file: String) throws(StoreError) -> Data {
        var entry = original
        if entry.writer == nil { entry.writer = processUser }
        let object: Data
        do { object = try encoder.encode(entry) } catch {
            throw .io(file: file, operation: "encode entry \(entry.sequence) for", reason: "\(error)")
        }
        var line = Seal.seal(object)
        line.append(0x0A)
        return line
    }
}
