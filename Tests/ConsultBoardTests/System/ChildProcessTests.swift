import Foundation
import Testing
@testable import ConsultBoard

/// `ChildProcess`: what the handoff printer and the end-to-end tests start programs with.
@Suite struct ChildProcessTests {
    @Test func inputGoesInAndBothOutputsComeBack() throws {
        let text = String(repeating: "夜间 stable overnight\n", count: 20_000)  // larger than a pipe's buffer
        let outcome = try ChildProcess.run("/bin/sh", ["-c", "cat; echo done >&2; exit 3"], input: Data(text.utf8))
        #expect(outcome.ending == .exited(3))
        #expect(String(decoding: outcome.stdout, as: UTF8.self) == text)
        #expect(String(decoding: outcome.stderr, as: UTF8.self) == "done\n")
    }

    @Test func theEnvironmentAndFolderAreTheOnesGiven() throws {
        let folder = FileManager.default.temporaryDirectory.path
        let outcome = try ChildProcess.run("/bin/sh", ["-c", "pwd; echo \"$WARD:$HOME\""], environment: ["WARD": "Spine 3"], directory: folder)
        let lines = String(decoding: outcome.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
            == URL(fileURLWithPath: folder).resolvingSymlinksInPath().path)
        #expect(lines.last == "Spine 3:")  // nothing of this process's environment but what was given
    }

    @Test func theChildHoldsNoDescriptorButItsOwnThree() throws {
        // A descriptor this process has open without close-on-exec must not reach the child.
        let leaked = open("/dev/null", O_RDONLY)
        defer { close(leaked) }
        let outcome = try ChildProcess.run("/bin/sh", ["-c", "ls /proc/$$/fd"])
        let open = String(decoding: outcome.stdout, as: UTF8.self).split(separator: "\n").compactMap { Int32($0) }
        #expect(!open.contains(leaked), "the child holds \(open)")
        #expect(Set(open).isSuperset(of: [0, 1, 2]))
    }

    @Test func aSignalEndsItAndATimedWaitSaysWhenItIsStillRunning() throws {
        let child = try ChildProcess.start("/bin/sleep", ["30"])
        #expect(child.wait(seconds: 0.2) == nil)
        child.send(SIGKILL)
        #expect(child.wait().ending == .signalled(SIGKILL))
        #expect(child.wait(seconds: 0)?.ending == .signalled(SIGKILL))  // a second wait returns at once
    }

    @Test func aProgramThatCannotStartSaysWhy() {
        #expect(throws: ChildProcess.StartError.self) { try ChildProcess.run("/nonexistent/lp", []) }
    }
}
