import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The operating-system user of this process: what every journal entry records beside the author name it was
/// given, so that who really wrote a change does not rest on free text (`--author` is what the person said;
/// the uid is what the kernel says).
public struct OSUser: Sendable, Equatable, Codable, CustomStringConvertible {
    public var uid: Int
    /// The login name for `uid` (from the password database), or the uid as text when it has none.
    public var login: String

    public init(uid: Int, login: String) {
        self.uid = uid
        self.login = login
    }

    /// The user this process runs as.
    public static var current: OSUser {
        let uid = getuid()
        return OSUser(uid: Int(uid), login: login(of: uid) ?? String(uid))
    }

    /// The login name of `uid`, if the password database knows it.
    static func login(of uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4_096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else { return nil }
        return String(cString: name)
    }

    /// The home folder of `uid`, if the password database knows it.
    static func home(of uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4_096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let dir = entry.pw_dir else { return nil }
        return String(cString: dir)
    }

    /// "login (uid 1001)", for people.
    public var description: String { "\(login) (uid \(uid))" }
}
