import Crypto
import Foundation

/// A JSON object that carries the SHA-256 of its own bytes as its last member: `{...,"hash":"<64 hex>"}`.
///
/// The hash covers every byte before `,"hash":"`, so a flipped byte anywhere in a journal line or a checkpoint
/// manifest is caught on reading, including in the journal's last line, which no later line's `prev` covers yet.
/// Checking needs no re-encoding: the hash sits at a fixed distance from the end.
///
/// This is evidence against accidents and casual edits, not against a forger: anyone can recompute SHA-256.
enum Seal {
    /// `,"hash":"` + 64 hex digits + `"}`.
    static let suffixLength = 9 + 64 + 2
    private static let marker = Array(#","hash":""#.utf8)

    /// Seals a compact JSON object (as `JSONEncoder` writes it: starting with `{`, ending with `}`).
    static func seal(_ object: Data) -> Data {
        var body = object
        if body.last == UInt8(ascii: "}") { body.removeLast() }
        var sealed = body
        sealed.reserveCapacity(body.count + suffixLength)
        sealed.append(contentsOf: marker)
        sealed.append(contentsOf: Array(sha256Hex(body).utf8))
        sealed.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "}")])
        return sealed
    }

    enum Check: Equatable {
        case valid
        /// No `"hash"` member at the end: not written by consult-board, or cut short.
        case missing
        /// The bytes were changed after they were sealed.
        case mismatch
    }

    /// Checks a sealed object's bytes (without a line's final newline).
    static func check(_ bytes: Data) -> Check {
        guard bytes.count > suffixLength else { return .missing }
        let suffixStart = bytes.endIndex - suffixLength
        guard bytes[suffixStart..<(suffixStart + marker.count)].elementsEqual(marker),
            bytes[bytes.endIndex - 2] == UInt8(ascii: "\""), bytes[bytes.endIndex - 1] == UInt8(ascii: "}")
        else { return .missing }
        let stored = bytes[(suffixStart + marker.count)..<(bytes.endIndex - 2)]
        let actual = sha256Hex(bytes[bytes.startIndex..<suffixStart])
        return stored.elementsEqual(actual.utf8) ? .valid : .mismatch
    }

    /// `check(bytes)` and `sha256Hex(bytes)` (a journal line's hash, the next line's `prev`) in one pass over the
    /// bytes: the seal covers a prefix of the line, so the line's hash continues from the seal's.
    static func checkAndHash(_ bytes: Data) -> (check: Check, hash: String) {
        guard bytes.count > suffixLength else { return (.missing, sha256Hex(bytes)) }
        let suffixStart = bytes.endIndex - suffixLength
        guard bytes[suffixStart..<(suffixStart + marker.count)].elementsEqual(marker),
            bytes[bytes.endIndex - 2] == UInt8(ascii: "\""), bytes[bytes.endIndex - 1] == UInt8(ascii: "}")
        else { return (.missing, sha256Hex(bytes)) }
        var body = SHA256()
        body.update(data: bytes[bytes.startIndex..<suffixStart])
        var whole = body
        whole.update(data: bytes[suffixStart...])
        let stored = bytes[(suffixStart + marker.count)..<(bytes.endIndex - 2)]
        let check: Check = stored.elementsEqual(hex(body.finalize()).utf8) ? .valid : .mismatch
        return (check, hex(whole.finalize()))
    }

    /// SHA-256 of `bytes` as 64 lowercase hex digits.
    static func sha256Hex<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
