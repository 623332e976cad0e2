import Crypto
import Foundation

/// Turns journal entries into the bytes of journal lines: compact JSON with sorted keys, signed by the writer's
/// key when asked (`JournalSignature`), sealed with its own hash (`Seal`), and a newline. Every line records
/// the operating-system user of the process writing it.
enum JournalCodec {
    static func line(
        for original: JournalEntry, encoder: JSONEncoder = BoardJSON.encoder(), file: String,
        writer: OSUser = Writer.process.user, signingKey: Curve25519.Signing.PrivateKey? = nil
    ) throws(StoreError) -> Data {
        var entry = original
        if entry.writer == nil { entry.writer = writer }
        var object: Data
        do { object = try encoder.encode(entry) } catch {
            throw .io(file: file, operation: "encode entry \(entry.sequence) for", reason: "\(error)")
        }
        if let signingKey { object = try JournalSignature.sign(object, with: signingKey) }
        var line = Seal.seal(object)
        line.append(0x0A)
        return line
    }
}
