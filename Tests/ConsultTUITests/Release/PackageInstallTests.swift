import ConsultBoard
import Foundation
import Testing

/// The Debian package a ward server installs (`scripts/package`), installed on this machine, used by a person
/// who has no Swift toolchain, and removed again.
///
/// `scripts/test` builds the package and names it in `CONSULT_BOARD_DEB`; the test needs root (it runs `dpkg`),
/// and leaves a machine alone where consult-board is already installed.
@Suite(.serialized, .enabled(if: PackageInstall.whyNot == nil, "\(PackageInstall.whyNot ?? "")"))
struct PackageInstallTests {
    @Test func installsRunsWithoutTheToolchainAndUninstalls() throws {
        let deb = try #require(PackageInstall.deb)
        let installed = try PackageInstall.sh("dpkg -i \(TmuxSession.quote(deb))")
        #expect(installed.status == 0, "\(installed)")
        defer { _ = try? PackageInstall.sh("dpkg -r consult-board") }

        for file in ["/usr/bin/consult-board", "/usr/share/man/man1/consult-board.1.gz",
                     "/usr/share/bash-completion/completions/consult-board", "/usr/share/zsh/vendor-completions/_consult-board",
                     "/usr/share/fish/vendor_completions.d/consult-board.fish",
                     "/usr/share/consult-board/templates/handoff.txt.mustache"] {
            #expect(FileManager.default.fileExists(atPath: file), "the package installs \(file)")
        }
        // The man page is the command's own definitions, subcommands included.
        let manual = try PackageInstall.sh("gzip -dc /usr/share/man/man1/consult-board.1.gz")
        #expect(manual.stdout.contains("consult-board"))
        #expect(manual.stdout.contains("handoff"))
        // Bash completion names the subcommands.
        let completion = try PackageInstall.sh("bash -c '. /usr/share/bash-completion/completions/consult-board && complete -p consult-board'")
        #expect(completion.status == 0, "\(completion)")
        // Nothing of Swift's is loaded from outside the binary.
        let libraries = try PackageInstall.sh("ldd /usr/bin/consult-board")
        #expect(!libraries.stdout.contains("libswift") && !libraries.stdout.contains("libFoundation"), "\(libraries.stdout)")

        // A ward user, in an empty folder, with the toolchain hidden (an empty folder mounted over it) and a bare
        // environment: the demo board's creation, its first screen and the handoff.
        let run = try PackageInstall.asWardUserWithoutToolchain("""
            consult-board --version && \
            consult-board init --demo --board ward && \
            consult-board screen --board ward --width 100 --height 30 > screen.txt && \
            consult-board handoff --board ward > handoff.txt && \
            consult-board handoff --board ward --format html > handoff.html && \
            cat screen.txt handoff.txt handoff.html
            """)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("consult-board \(ProductVersion.number)"))
        #expect(run.stdout.contains("[I] ILLNESS SEVERITY"), "the text handoff printed from the built-in template")
        #expect(run.stdout.contains("<!DOCTYPE html>"), "the HTML handoff printed from the built-in template")
        #expect(run.stdout.contains("Lin Meifang"), "the demo ward's driving case is on the board")

        let removed = try PackageInstall.sh("dpkg -r consult-board")
        #expect(removed.status == 0, "\(removed)")
        #expect(!FileManager.default.fileExists(atPath: "/usr/bin/consult-board"))
        #expect(!FileManager.default.fileExists(atPath: "/usr/share/consult-board/templates/handoff.txt.mustache"))
    }
}

/// The machinery of the install test: the package to install, root's shell, a ward user without the toolchain.
enum PackageInstall {
    static let environmentVariable = "CONSULT_BOARD_DEB"
    static let wardUser = "cb-package-test"

    static var deb: String? {
        guard let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Why the test cannot run here, or nil when it can.
    static var whyNot: String? {
        guard let deb else { return "\(environmentVariable) names no package (scripts/test builds one with scripts/package)" }
        guard FileManager.default.fileExists(atPath: deb) else { return "\(environmentVariable)=\(deb) does not exist" }
        guard getuid() == 0 else { return "installing a package needs root" }
        let status = try? sh("dpkg-query -W -f='${Status}' consult-board")
        if status?.stdout.contains("install ok installed") == true {
            return "consult-board is already installed on this machine; the test would replace and remove it"
        }
        return nil
    }

    struct Outcome: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }
    }

    static func sh(_ script: String) throws -> Outcome {
        let outcome = try ChildProcess.run("/bin/sh", ["-c", script])
        let status: Int32 = switch outcome.ending {
        case let .exited(code): code
        case let .signalled(signal): 128 + signal
        }
        return Outcome(status: status, stdout: String(decoding: outcome.stdout, as: UTF8.self),
                       stderr: String(decoding: outcome.stderr, as: UTF8.self))
    }

    /// The folder of the Swift toolchain's libraries (the `usr` folder above `swift`), if this machine has one.
    static var toolchain: String? {
        guard let swift = try? sh("command -v swift"), swift.status == 0 else { return nil }
        let path = URL(fileURLWithPath: swift.stdout.trimmingCharacters(in: .whitespacesAndNewlines)).resolvingSymlinksInPath()
        let usr = path.deletingLastPathComponent().deletingLastPathComponent()
        return FileManager.default.fileExists(atPath: usr.appendingPathComponent("lib/swift").path) ? usr.path : nil
    }

    /// Runs `script` in a new empty folder as an unprivileged user, with PATH=/usr/bin:/bin, no other
    /// environment, and the toolchain's folder hidden under an empty file system in a private mount namespace.
    static func asWardUserWithoutToolchain(_ script: String) throws -> Outcome {
        _ = try sh("id -u \(wardUser) >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin \(wardUser)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cb-package-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try sh("chown \(wardUser): \(TmuxSession.quote(folder))")
        let hide = toolchain.map { "mount -t tmpfs -o size=1m,mode=0755 none \(TmuxSession.quote($0)) && " } ?? ""
        let inner = "cd \(TmuxSession.quote(folder)) && " + script
        let user = "setpriv --reuid=\(wardUser) --regid=\(wardUser) --clear-groups env -i PATH=/usr/bin:/bin HOME=\(TmuxSession.quote(folder)) LANG=C.UTF-8 /bin/sh -c \(TmuxSession.quote(inner))"
        return try sh("unshare --mount --propagation private /bin/sh -c \(TmuxSession.quote(hide + "exec " + user))")
    }
}
