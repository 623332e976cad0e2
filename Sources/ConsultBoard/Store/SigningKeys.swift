import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A person's Ed25519 signing key pair, kept in their home (`~/.config/consult-board/keys/`, or
/// `$CONSULT_BOARD_KEYS`): `ed25519.key` (the private key, base64, mode 0600, owned by them) and `ed25519.pub`.
/// The public key goes into the ward roster (`consult-board staff set NAME --key ...`); every change the person
/// writes is then signed with the private key (see `JournalSignature`).
public enum SigningKeys {
    public static let privateFile = "ed25519.key"
    public static let publicFile = "ed25519.pub"

    /// The keys folder of `user`: `$CONSULT_BOARD_KEYS` when set, else `<home>/.config/consult-board/keys`,
    /// the home taken from the password database for the uid (not `$HOME`, which `su` may leave as another's).
    public static func folder(for user: OSUser, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["CONSULT_BOARD_KEYS"], !folder.isEmpty { return folder }
        let home = OSUser.home(of: uid_t(truncatingIfNeeded: user.uid)) ?? environment["HOME"] ?? "/"
        return home + "/.config/consult-board/keys"
    }

    /// Makes a new key pair in `folder` (created 0700), refusing to replace an existing key; returns the public
    /// key in base64.
    public static func create(in folder: String) throws(StoreError) -> String {
        let privatePath = folder + "/" + privateFile
        if FileIO.exists(privatePath) {
            throw .io(
                file: privatePath, operation: "create a signing key in",
                reason: .tr("store.reason.keyExists"))
        }
        try makeFolders(folder)
        let key = Curve25519.Signing.PrivateKey()
        let publicKey = key.publicKey.rawRepresentation.base64EncodedString()
        try FileIO.writeNew(Data((key.rawRepresentation.base64EncodedString() + "\n").utf8), to: privatePath, mode: 0o600)
        try FileIO.writeAtomically(Data((publicKey + "\n").utf8), to: folder + "/" + publicFile, mode: 0o644)
        return publicKey
    }

    /// The private key in `folder`, or `nil` when there is none. A key others can read or that belongs to another
    /// user is refused: it would sign as this person for whoever can read it.
    public static func load(from folder: String) throws(StoreError) -> Curve25519.Signing.PrivateKey? {
        let path = folder + "/" + privateFile
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw FileIO.failure(path, "read your signing key", errno)
        }
        guard info.st_uid == getuid() else {
            throw .io(file: path, operation: "use the signing key", reason: .tr("store.reason.keyNotYours", ["owner": "\(info.st_uid)", "you": "\(getuid())"]))
        }
        guard info.st_mode & 0o077 == 0 else {
            throw .io(
                file: path, operation: "use the signing key",
                reason: .tr("store.reason.keyReadable", ["mode": .plain(String(info.st_mode & 0o777, radix: 8))]))
        }
        let data = try FileIO.read(path, hooks: StoreHooks())
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = Data(base64Encoded: text), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw .damaged(file: path, line: nil, reason: "it is not an Ed25519 private key written by `consult-board keys init`")
        }
        return key
    }

    /// The public key in `folder` (base64), or `nil`.
    public static func publicKey(in folder: String) -> String? {
        guard let data = try? FileIO.read(folder + "/" + publicFile, hooks: StoreHooks()) else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return publicKey(fromBase64: text) == nil ? nil : text
    }

    /// A public key from its base64 text, or `nil` when it is not one.
    static func publicKey(fromBase64 text: String) -> Curve25519.Signing.PublicKey? {
        guard let raw = Data(base64Encoded: text), raw.count == 32 else { return nil }
        return try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }

    /// The short name of a public key written into each signed line: the first 16 hex digits of its SHA-256.
    public static func fingerprint(ofBase64 key: String) -> String? {
        guard let raw = Data(base64Encoded: key) else { return nil }
        return fingerprint(raw)
    }

    static func fingerprint(_ raw: Data) -> String { String(Seal.sha256Hex(raw).prefix(16)) }

    private static func makeFolders(_ folder: String) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io(file: folder, operation: "create the folder", reason: "\(error.localizedDescription)")
        }
        chmod(folder, 0o700)
    }
}
