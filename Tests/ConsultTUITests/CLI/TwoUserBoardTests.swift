import ConsultBoard
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Two real operating-system users on one group-shared board, created for the test with `useradd` (root only;
/// elsewhere the test is skipped, and says why): one cannot sign as the other, a rewrite of the other's note
/// with every hash recomputed is found by `validate`, and a draft one plants in drafts/ never opens in the
/// other's TUI.
@Suite(.serialized) struct TwoUserBoardTests {
    static let possible = getuid() == 0 && ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/bin/setpriv"].allSatisfy {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct User {
        var name: String
        var uid: UInt32
        var gid: UInt32
    }

    static func sh(_ command: String) throws -> String {
        let outcome = try ChildProcess.run("/bin/sh", ["-c", command])
        guard outcome.ending.status == 0 else {
            throw CLIFailureForTest("`\(command)` failed: \(String(decoding: outcome.stderr, as: UTF8.self))")
        }
        return String(decoding: outcome.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct CLIFailureForTest: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The system user `name` (created if missing), a member of `group` through setpriv's --groups.
    static func user(_ name: String) throws -> User {
        _ = try sh("id -u \(name) >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin \(name)")
        return User(name: name, uid: UInt32(try sh("id -u \(name)")) ?? 0, gid: UInt32(try sh("id -g \(name)")) ?? 0)
    }

    static func launcher(_ user: User, group: UInt32) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(user.uid)", "--regid=\(user.gid)", "--groups=\(group)"]
    }

    /// Runs `program args` as `user` with the ward group, a home of their own and their keys folder.
    static func run(_ user: User, group: UInt32, home: String, _ program: String, _ args: [String]) throws -> ConsultBoardProcess.Outcome {
        let env = ["PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "CONSULT_BOARD_KEYS": home + "/keys"]
        let outcome = try ChildProcess.run(launcher(user, group: group)[0], Array(launcher(user, group: group).dropFirst()) + [program] + args, environment: env)
        return .init(
            status: outcome.ending.status, stdout: String(decoding: outcome.stdout, as: UTF8.self),
            stderr: String(decoding: outcome.stderr, as: UTF8.self))
    }

    @Test(.enabled(if: possible, "needs root to create two system users (useradd) and run as them (setpriv); skipped"))
    func twoLoginsOnAGroupSharedBoard() throws {
        let alice = try Self.user("cbalice")
        let bob = try Self.user("cbbob")
        _ = try Self.sh("getent group cbward >/dev/null || groupadd --system cbward")
        let ward = UInt32(try Self.sh("getent group cbward | cut -d: -f3")) ?? 0
        let folder = try TemporaryFolder()
        chmod(folder.url.path, 0o755)
        let shared = folder.path("shared")
        _ = try Self.sh("mkdir -m 2770 \(shared) && chgrp cbward \(shared) && chmod 2770 \(shared)")
        var homes: [String: String] = [:]
        for user in [alice, bob] {
            let home = folder.path(user.name)
            _ = try Self.sh("mkdir -m 700 \(home) && chown \(user.uid):\(user.gid) \(home)")
            homes[user.name] = home
        }
        let exe = try ConsultBoardProcess.executable.path
        let board = shared + "/board"
        func cb(_ user: User, _ args: [String]) throws -> ConsultBoardProcess.Outcome {
            try Self.run(user, group: ward, home: homes[user.name] ?? "/", exe, args + ["--board", board])
        }
        func ok(_ user: User, _ args: [String]) throws -> String {
            let out = try cb(user, args)
            #expect(out.status == 0, "\(user.name) \(args): \(out)")
            return out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func keys(_ user: User) throws -> String {
            let out = try Self.run(user, group: ward, home: homes[user.name] ?? "/", exe, ["keys", "init"])
            #expect(out.status == 0, "\(out)")
            return out.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        _ = try ok(alice, ["init", "--ward", "Spine 3", "--author", "陈医生"])
        _ = try ok(alice, ["staff", "add", "--name", "陈医生", "--login", alice.name, "--role", "attending", "--key", try keys(alice), "--author", "陈医生"])
        _ = try ok(alice, ["staff", "add", "--name", "王医生", "--login", bob.name, "--role", "resident", "--key", try keys(bob), "--author", "陈医生"])
        _ = try ok(alice, ["admit", "--mrn", "SCI-0001", "--name", "张伟", "--age", "40", "--sex", "M", "--bed", "1", "--diagnosis", "C5", "--author", "陈医生"])
        let note = try ok(alice, ["note", "add", "SCI-0001", "--service", "ward", "--text", "Not fit for discharge", "--author", "陈医生"])

        // Impersonation: bob signs as alice's name.
        let journal = board + "/journal.jsonl"
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        let forged = try cb(bob, ["note", "add", "SCI-0001", "--service", "ward", "--text", "OK to discharge", "--author", "陈医生"])
        #expect(forged.status != 0 && forged.stderr.contains("login cbbob may sign as '王医生', not as '陈医生'"), "\(forged)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == before, "nothing written")
        _ = try ok(bob, ["note", "add", "SCI-0001", "--service", "ward", "--text", "Seen", "--author", "王医生"])
        // Without --author, the one name the roster gives the login signs.
        _ = try ok(bob, ["note", "add", "SCI-0001", "--service", "ward", "--text", "no author given"])
        let signedAs = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").first { $0.contains("no author given") }
        #expect(signedAs?.contains(#""author":"王医生""#) == true, "\(signedAs ?? "missing")")
        #expect(try cb(alice, ["validate"]).status == 0)

        // Bob rewrites alice's note and recomputes every hash after it; he has the group's write access.
        let lines = try Data(contentsOf: URL(fileURLWithPath: journal)).split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        let number = try #require(lines.firstIndex { $0.contains("Not fit for discharge") }) + 1
        var previous = ""
        var rewritten = ""
        for (index, line) in lines.enumerated() {
            var body = String(line[..<(line.range(of: #","hash":""#)?.lowerBound ?? line.endIndex)])
            if index + 1 == number { body = body.replacingOccurrences(of: "Not fit for discharge", with: "OK to discharge") }
            if index > 0 { body = body.replacingOccurrences(of: #""prev":"[0-9a-f]*""#, with: "\"prev\":\"\(previous)\"", options: .regularExpression) }
            let sealed = body + #","hash":""# + Self.sha256(body) + "\"}"
            previous = Self.sha256(sealed)
            rewritten += sealed + "\n"
        }
        let staged = folder.path("rewritten.jsonl")
        try Data(rewritten.utf8).write(to: URL(fileURLWithPath: staged))
        chmod(staged, 0o644)
        let copied = try Self.run(bob, group: ward, home: homes[bob.name] ?? "/", "/bin/sh", ["-c", "cat \(staged) > \(journal) && rm -rf \(board)/checkpoint"])
        #expect(copied.status == 0, "bob can write the shared journal: \(copied)")
        let validate = try cb(alice, ["validate"])
        #expect(validate.status != 0, "\(validate)")
        #expect(validate.stdout.contains("journal.jsonl line \(number): entry") && validate.stdout.contains("forged"), "names \(note)'s line: \(validate.stdout)")

        // A draft bob plants under alice's name never opens in alice's TUI; her own does.
        guard TmuxSession.isAvailable else { return }
        let drafts = board + "/drafts"
        _ = try Self.run(alice, group: ward, home: homes[alice.name] ?? "/", "/bin/sh", ["-c", "mkdir -p \(drafts) && chmod 3770 \(drafts)"])
        func plant(_ user: User, text: String, minutes: Double) throws {
            let id = UUID().uuidString
            let draft = NoteDraft(id: id, author: "陈医生", mrn: "SCI-0001", service: .ward, type: .progress, text: text, savedAt: Date().addingTimeInterval(minutes * 60))
            let staged = folder.path("\(id).json")
            try BoardJSON.encoder().encode(draft).write(to: URL(fileURLWithPath: staged))
            chmod(staged, 0o644)
            let out = try Self.run(user, group: ward, home: homes[user.name] ?? "/", "/bin/sh", ["-c", "cp \(staged) \(drafts)/\(id).json && chmod 600 \(drafts)/\(id).json"])
            #expect(out.status == 0, "\(out)")
        }
        try plant(alice, text: "MINE draft of alice", minutes: -10)
        try plant(bob, text: "PLANTED by bob", minutes: -1)
        let tmux = try TmuxSession(
            ["tui", "--board", board, "--author", "陈医生"], environment: ["HOME": homes[alice.name] ?? "/", "CONSULT_BOARD_KEYS": (homes[alice.name] ?? "/") + "/keys"],
            launcher: Self.launcher(alice, group: ward))
        let screen = try tmux.waitFor(text: "MINE draft of alice")
        #expect(!screen.contains("PLANTED"), "\(screen)")
    }

    static func sha256(_ text: String) -> String {
        let outcome = try? ChildProcess.run("/usr/bin/sha256sum", [], input: Data(text.utf8))
        return String(String(decoding: outcome?.stdout ?? Data(), as: UTF8.self).prefix(64))
    }
}
