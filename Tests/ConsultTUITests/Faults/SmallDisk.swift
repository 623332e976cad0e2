import ConsultBoard
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A small tmpfs mounted for one test: a disk that really fills up, or really turns read-only (as root,
/// permission bits do not stop writes, so a read-only mount is the honest way to get `EROFS`).
final class SmallDisk {
    let folder: TemporaryFolder
    var path: String { folder.url.path }
    private var mounted = false

    /// Whether this machine lets the tests mount a tmpfs (root, not in a locked-down container); the tests that
    /// need one are skipped with this reason otherwise.
    static let isAvailable: Bool = {
        guard let probe = try? SmallDisk(bytes: 64 * 1024) else { return false }
        return probe.mounted
    }()

    static let unavailableReason: Comment = "needs `mount -t tmpfs` (root in a container that permits mounts)"

    /// Mounts a tmpfs of `bytes` on a fresh temporary folder.
    init(bytes: Int) throws {
        folder = try TemporaryFolder()
        mounted = Self.mount(["-t", "tmpfs", "-o", "size=\(bytes),mode=0700", "tmpfs", folder.url.path])
        guard mounted else { throw TestSetupError("cannot mount a tmpfs on \(folder.url.path)") }
    }

    /// Makes the whole disk read-only.
    func makeReadOnly() throws {
        guard Self.mount(["-o", "remount,ro", folder.url.path]) else { throw TestSetupError("cannot remount read-only") }
    }

    /// Fills the disk to the last `leaving` bytes with a filler file (removed by `makeRoom()`).
    func fill(leaving: Int) throws {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { throw TestSetupError("statvfs failed") }
        let free = Int(info.f_bavail) * Int(info.f_frsize)
        let filler = URL(fileURLWithPath: path).appendingPathComponent("filler")
        try Data(count: max(0, free - leaving)).write(to: filler)
    }

    func makeRoom() throws {
        try FileManager.default.removeItem(at: URL(fileURLWithPath: path).appendingPathComponent("filler"))
    }

    private static func mount(_ args: [String]) -> Bool {
        (try? ChildProcess.run("/bin/mount", args))?.ending == .exited(0)
    }

    deinit {
        if mounted {
            _ = try? ChildProcess.run("/bin/umount", ["-l", folder.url.path])
        }
    }
}
