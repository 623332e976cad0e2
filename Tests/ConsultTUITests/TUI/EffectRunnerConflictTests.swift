import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The effect runner's side of "nothing quietly wrong": a stale save comes back as a conflict naming who changed
/// the record, and the files it writes are private whatever the umask.
@Suite struct EffectRunnerConflictTests {
    @Test func aSaveOnAnOlderRevisionComesBackAsAConflictWithTheBoardAsItIsNow() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        try TestWard.write(to: path)
        let seen = try #require(try BoardStore(path: path).load().patients["SCI-0001"]?.revision)
        var runner = EffectRunner(board: try BoardStore(path: path).open(), author: "dr.li", now: { TestWard.now })
        try BoardStore(path: path).apply([.updatePatient(UpdatePatient(mrn: "SCI-0001", summary: "nurse's summary"))], author: "rn.chen", at: TestWard.now)
        let mine = BoardCommand.updatePatient(UpdatePatient(mrn: "SCI-0001", summary: "doctor's summary", expectedRevision: seen))
        let result = runner.run(.apply([mine], summary: "Saved"), on: TestWard.board())
        guard case let .conflict(board, _, message)? = result else {
            Issue.record("expected a conflict, got \(String(describing: result))")
            return
        }
        #expect(message.contains("SCI-0001 was changed by rn.chen at \(ClinicalClock.machineText(TestWard.now))"))
        #expect(board.patients["SCI-0001"]?.patient.summary == "nurse's summary")
        #expect(try BoardStore(path: path).load().patients["SCI-0001"]?.patient.summary == "nurse's summary")
    }

    @Test func theHandoffSavedFromThePreviewIsPrivateUnderUmask022() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("ward")
        try TestWard.write(to: path)
        var runner = EffectRunner(board: try BoardStore(path: path).open(), author: "dr.li", now: { TestWard.now })
        let file = folder.path("handoff.txt")
        let previous = umask(0o022)
        defer { umask(previous) }
        let result = runner.run(.writeFile(path: file, contents: "I-PASS handoff\n"), on: TestWard.board())
        #expect(result == .saved(path: file))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "I-PASS handoff\n")
    }
}
