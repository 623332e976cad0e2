import Crypto
import Foundation

/// A writer's Ed25519 signature inside a journal line: `{…,"key":"<16 hex>","sig":"<88 base64>","hash":"…"}`.
///
/// `key` names the public key (the first 16 hex digits of its SHA-256); `sig` signs every byte of the line
/// before `,"sig":"` (so the key's name, the line's `prev` and through it every earlier line). The seal's
/// `hash` then covers the signature like everything else. Both members are optional and additive: a reader of
/// an earlier version ignores them, and the line is the same bytes wherever it is kept.
///
/// One signature covers a run: a write signs the last line of each run of lines by one author (a change of
/// several commands, or a bulk batch), and the unsigned lines before it in the run are covered through the
/// chain (`prev`). `validate` checks one Ed25519 signature per write instead of one per line.
enum JournalSignature {
    private static let keyMarker = Array(#","key":""#.utf8)
    private static let sigMarker = Array(#","sig":""#.utf8)
    static let fingerprintLength = 16
    static let signatureLength = 88  // base64 of 64 bytes
    /// `,"key":"` + 16 hex + `"`
    private static var keyPartLength: Int { keyMarker.count + fingerprintLength + 1 }
    /// `,"sig":"` + 88 base64 + `"`
    private static var sigPartLength: Int { sigMarker.count + signatureLength + 1 }

    /// Signs an encoded entry (`{…}` as `JSONEncoder` wrote it) and returns it still open (without its final
    /// `}`), ready for `Seal`.
    static func sign(_ object: Data, with key: Curve25519.Signing.PrivateKey) throws(StoreError) -> Data {
        var body = object
        if body.last == UInt8(ascii: "}") { body.removeLast() }
        body.append(contentsOf: keyMarker)
        body.append(contentsOf: Array(SigningKeys.fingerprint(key.publicKey.rawRepresentation).utf8))
        body.append(UInt8(ascii: "\""))
        let signature: Data
        do { signature = try key.signature(for: body) } catch {
            throw .io(file: "your signing key", operation: "sign with", reason: "\(error)")
        }
        body.append(contentsOf: sigMarker)
        body.append(contentsOf: Array(signature.base64EncodedString().utf8))
        body.append(UInt8(ascii: "\""))
        return body
    }

    /// A line's signature: the key's name, the signature and the bytes it signs.
    struct Found {
        var fingerprint: String
        var signature: Data
        var signed: Data
    }

    /// The signature of a sealed line (without its newline), or `nil` when it carries none.
    static func find(in line: Data) -> Found? {
        let end = line.endIndex - Seal.suffixLength
        let sigStart = end - sigPartLength
        let keyStart = sigStart - keyPartLength
        guard keyStart > line.startIndex,
            line[sigStart..<(sigStart + sigMarker.count)].elementsEqual(sigMarker),
            line[keyStart..<(keyStart + keyMarker.count)].elementsEqual(keyMarker),
            line[end - 1] == UInt8(ascii: "\""), line[sigStart - 1] == UInt8(ascii: "\"")
        else { return nil }
        let fingerprint = String(decoding: line[(keyStart + keyMarker.count)..<(sigStart - 1)], as: UTF8.self)
        let text = String(decoding: line[(sigStart + sigMarker.count)..<(end - 1)], as: UTF8.self)
        guard let signature = Data(base64Encoded: text) else { return nil }
        return Found(fingerprint: fingerprint, signature: signature, signed: Data(line[line.startIndex..<sigStart]))
    }

    /// Whether `found` is a valid signature by `publicKey` (base64).
    static func verify(_ found: Found, publicKey: String) -> Bool {
        guard let key = SigningKeys.publicKey(fromBase64: publicKey) else { return false }
        return key.isValidSignature(found.signature, for: found.signed)
    }
}
