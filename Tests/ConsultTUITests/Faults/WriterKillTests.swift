import ConsultBoard
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Writers killed with SIGKILL at random moments, hundreds of times, several at once: after every round the
/// board opens and validates (after `validate --repair` when a kill tore the journal's last line, the documented
/// recovery in docs/storage.md), and every change whose command exited 0 is on the board, once.
@Suite struct WriterKillTests {
    static let seed = ProcessInfo.processInfo.environment["FAULT_SEED"].flatMap(UInt64.init) ?? 77
    /// Writers killed at once.
    static let lanes = 3
    static let rounds = 8
    /// Kills per lane per round: 3 x 8 x 10 = 240 kills.
    static let killsPerRound = 10

    /// What the writers were told succeeded (exit 0), shared by the lanes.
    final class Ledger: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var notes: [String: String] = [:]  // note id -> its marker
        private(set) var orderMoves: [String] = []  // the reason marker of each acknowledged order move
        private(set) var killed = 0
        private(set) var refusedAsDamaged = 0
        private(set) var surprises: [String] = []
        /// Notes on the board whose writer was killed before it could say so (the kill landed after the append).
        var writtenButKilled = 0

        func record(_ body: (Ledger) -> Void) {
            lock.lock()
            body(self)
            lock.unlock()
        }

        func acknowledgeNote(_ id: String, marker: String) { notes[id] = marker }
        func acknowledgeMove(_ marker: String) { orderMoves.append(marker) }
        func countKill() { killed += 1 }
        func countDamaged() { refusedAsDamaged += 1 }
        func surprise(_ text: String) { surprises.append(text) }
    }

    @Test func killedWritersNeitherDamageTheBoardNorLoseAcknowledgedChanges() throws {
        let board = try FaultBoard(patients: Self.lanes)
        let mrns = (0..<Self.lanes).map { $0 == 0 ? FaultBoard.mrn : "SCI-F\($0 + 1)" }
        // Each lane moves its own order back and forth, so its moves never race another lane's.
        let orders = try mrns.map { mrn in
            try board.add(["order", "add", mrn, "--service", "ward", "--kind", "nursing", "--text", "Turn every 2 h"])
        }
        let ledger = Ledger()
        var repairs = 0
        for round in 0..<Self.rounds {
            DispatchQueue.concurrentPerform(iterations: Self.lanes) { lane in
                var random = SeededGenerator(seed: Self.seed &+ UInt64(round * 100 + lane))
                for kill in 0..<Self.killsPerRound {
                    let marker = "r\(round)-l\(lane)-k\(kill)"
                    Self.killOneWriter(
                        board: board, mrn: mrns[lane], order: orders[lane], marker: marker, ledger: ledger, random: &random)
                }
            }
            // The board opens and validates after every round, repaired only when a kill tore the last line.
            let verdict = try board.validate()
            if verdict.status != 0 {
                #expect(verdict.stdoutText.contains("the last line is incomplete"), "round \(round): only a torn tail may need a repair: \(verdict.report)")
                let repaired = try board.repair()
                #expect(repaired.status == 0, "round \(round): \(repaired.report)")
                #expect(!repaired.stdoutText.contains("complete entr"), "a torn tail holds no complete entry: \(repaired.report)")
                repairs += 1
                let after = try board.validate()
                #expect(after.status == 0, "round \(round), after the repair: \(after.report)")
            }
            try Self.expectAcknowledgedChangesPresentOnce(board: board, mrns: mrns, ledger: ledger, round: round)
        }
        #expect(ledger.killed >= Self.lanes * Self.rounds * Self.killsPerRound / 2, "most writers were killed mid-flight: \(ledger.killed)")
        #expect(ledger.surprises.isEmpty, "\(ledger.surprises)")
        print("writer kills: \(ledger.killed) killed, \(ledger.notes.count) notes and \(ledger.orderMoves.count) order moves acknowledged, \(ledger.writtenButKilled) notes written by writers killed before they exited, \(ledger.refusedAsDamaged) writes refused on a torn tail, \(repairs) repairs")
    }

    /// Starts one writer (a note of random size, or an order move), kills it after a random delay, and records
    /// what it acknowledged.
    static func killOneWriter(
        board: FaultBoard, mrn: String, order: String, marker: String, ledger: Ledger, random: inout SeededGenerator
    ) {
        let environment = ["CONSULT_BOARD": board.path, "CONSULT_BOARD_AUTHOR": "dr.kill"]
        let isNote = Int.random(in: 0..<3, using: &random) > 0
        let args: [String]
        var stdin: String?
        // The kill lands anywhere in the writer's life (start-up, waiting for the lock, reading, appending,
        // writing the checkpoint, exiting) or after it: the delay ranges over about how long each kind takes when
        // the lanes compete for the lock and the cores.
        var lifetime: UInt32 = 120_000
        if isNote {
            // Large notes make the append and the checkpoint long enough for a kill to land inside them.
            let size = [40, 40, 40, 200_000, 1_000_000][Int.random(in: 0..<5, using: &random)]
            lifetime = size > 500_000 ? 500_000 : size > 100_000 ? 200_000 : 120_000
            stdin = marker + " " + String(repeating: "obs stable; ", count: size / 12)
            args = ["note", "add", mrn, "--service", "nursing", "--text", "-"]
        } else {
            let status = Bool.random(using: &random) ? "on-hold" : "active"
            args = ["order", "set", order, "--status", status, "--reason", marker]
        }
        let writer: RunningProcess
        do {
            writer = try RunningProcess(args, environment: environment, stdin: stdin)
        } catch {
            ledger.record { $0.surprise("cannot start a writer: \(error)") }
            return
        }
        usleep(UInt32.random(in: 0...lifetime, using: &random))
        kill(writer.pid, SIGKILL)
        let outcome = writer.finish()
        ledger.record { ledger in
            switch outcome.status {
            case 0:
                if isNote { ledger.acknowledgeNote(outcome.output, marker: marker) } else { ledger.acknowledgeMove(marker) }
            case -SIGKILL:
                ledger.countKill()
            default:
                if outcome.stderr.contains("is damaged") {
                    ledger.countDamaged()  // a torn tail from an earlier kill: refused until the repair
                } else if !isNote, outcome.stderr.contains(order) {
                    break  // the move was not legal from the order's status (unknown after a kill)
                } else {
                    ledger.surprise("\(args.prefix(3)): \(outcome)")
                }
            }
        }
    }

    static func expectAcknowledgedChangesPresentOnce(board: FaultBoard, mrns: [String], ledger: Ledger, round: Int) throws {
        var notes: [String: [String]] = [:]  // marker -> ids
        var moves: [String: Int] = [:]  // reason marker -> count
        for mrn in mrns {
            let record = try board.record(mrn)
            for note in record.notes {
                let marker = String(note.text.prefix { $0 != " " })
                notes[marker, default: []].append(note.id)
            }
            for order in record.orders {
                for change in order.history { if let reason = change.reason { moves[reason, default: 0] += 1 } }
            }
        }
        for (id, marker) in ledger.notes {
            #expect(notes[marker] == [id], "round \(round): acknowledged note \(marker) (\(id)) is there once: \(notes[marker] ?? [])")
        }
        for marker in ledger.orderMoves {
            #expect(moves[marker] == 1, "round \(round): acknowledged order move \(marker) is there once")
        }
        #expect(notes.values.allSatisfy { $0.count == 1 }, "round \(round): no note twice")
        ledger.record { $0.writtenButKilled = notes.count - $0.notes.count }
        #expect(moves.values.allSatisfy { $0 == 1 }, "round \(round): no move twice")
    }
}
