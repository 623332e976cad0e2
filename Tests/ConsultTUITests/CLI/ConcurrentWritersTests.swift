import ConsultBoard
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Several `consult-board` processes writing to one board at once, and writers killed mid-write.
@Suite struct ConcurrentWritersTests {
    @Test func eightWritersAtOnceAreAllRecordedOnce() throws {
        let board = try CLIBoard()
        let environment = ["CONSULT_BOARD": board.path, "CONSULT_BOARD_AUTHOR": "dr.parallel"]
        let texts = (1...8).map { "parallel note \($0)" }
        let running = try texts.map { text in
            try RunningProcess(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", text], environment: environment)
        }
        let outcomes = running.map { $0.finish() }
        for outcome in outcomes { #expect(outcome.status == 0, "\(outcome)") }
        let ids = outcomes.map(\.output)
        #expect(Set(ids).count == 8, "every writer got its own id: \(ids)")

        let notes = try board.record().notes
        #expect(notes.count == 8)
        #expect(notes.map(\.text).sorted() == texts.sorted())
        #expect(Set(notes.map(\.id)) == Set(ids))
    }

    @Test func aWriterKilledDuringAWriteLosesNothingThatWasAcknowledged() throws {
        let board = try CLIBoard()
        let environment = ["CONSULT_BOARD": board.path, "CONSULT_BOARD_AUTHOR": "dr.kill"]
        // A large note takes long enough to read, encode and append that the kill lands at varied points.
        let large = String(repeating: "Long night note, all observations stable. ", count: 40_000)
        var acknowledged: [String: String] = [:]  // id -> text
        for round in 0..<6 {
            let victim = try RunningProcess(
                ["note", "add", CLIBoard.mrn, "--service", "nursing", "--text", "-"], environment: environment,
                stdin: "victim \(round) " + large)
            let survivor = try RunningProcess(
                ["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "survivor \(round)"], environment: environment)
            usleep(UInt32(round * 15_000))
            victim.child.send(SIGKILL)
            let killed = victim.finish()
            if killed.status == 0 { acknowledged[killed.output] = "victim \(round) " + large }
            let kept = survivor.finish()
            #expect(kept.status == 0, "\(kept)")
            if kept.status == 0 { acknowledged[kept.output] = "survivor \(round)" }
        }
        let after = try board.run(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "after the kills"])
        #expect(after.status == 0, "the board still takes writes: \(after)")

        let list = try board.run(["patients"])
        #expect(list.status == 0, "the board still opens: \(list)")
        let notes = try board.record().notes
        #expect(Set(notes.map(\.id)).count == notes.count, "no note twice")
        for (id, text) in acknowledged {
            #expect(notes.first { $0.id == id }?.text == text, "acknowledged note \(id) is missing")
        }
    }
}
