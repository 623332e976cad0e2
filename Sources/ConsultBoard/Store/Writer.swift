import Crypto
import Foundation

/// Who writes to a board from this process: the operating-system user (recorded in every line and checked
/// against the ward roster) and the key their changes are signed with (from their keys folder, if they made
/// one with `consult-board keys init`).
public struct Writer: Sendable {
    public var user: OSUser
    /// The private key's raw bytes, or why the key in the keys folder cannot be used (then nothing is written:
    /// a change that should be signed must not go out unsigned without a word).
    var key: Result<Data?, StoreError>

    public init(user: OSUser, signingKey: Curve25519.Signing.PrivateKey?) {
        self.user = user
        key = .success(signingKey?.rawRepresentation)
    }

    /// This process's user and the key in their keys folder (`SigningKeys.folder`), read once.
    public static let process: Writer = {
        let user = OSUser.current
        var writer = Writer(user: user, signingKey: nil)
        writer.key = Result { () throws(StoreError) in try SigningKeys.load(from: SigningKeys.folder(for: user))?.rawRepresentation }
        return writer
    }()

    /// The key to sign with, or `nil` (unsigned); throws when a key is there but cannot be used.
    func signingKey() throws(StoreError) -> Curve25519.Signing.PrivateKey? {
        guard let raw = try key.get() else { return nil }
        do { return try Curve25519.Signing.PrivateKey(rawRepresentation: raw) } catch {
            throw .io(file: "your signing key", operation: "use", reason: "\(error)")
        }
    }
}
