import ConsultBoard
import Foundation
import Testing

/// Eight processes adding notes and moving the same orders at once: nothing lost, nothing doubled, and the
/// history (`audit --json`) in one consistent order: sequence numbers contiguous, the hash chain intact, and
/// each order's status moves legal and in the order the record shows them.
@Suite struct ConcurrentHistoryTests {
    static let writers = 8
    static let changesPerWriter = 12

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var notes: [String: String] = [:]  // id -> text
        private(set) var moves: [String] = []  // reason markers of accepted order moves
        private(set) var unexpected: [String] = []

        func with(_ body: (Results) -> Void) {
            lock.lock()
            body(self)
            lock.unlock()
        }
        func note(_ id: String, _ text: String) { notes[id] = text }
        func move(_ marker: String) { moves.append(marker) }
        func fail(_ text: String) { unexpected.append(text) }
    }

    @Test func eightWritersLoseNothingDoubleNothingAndKeepALegalHistory() throws {
        let board = try FaultBoard(patients: 2)
        let orders = try (0..<3).map { index in
            try board.add(["order", "add", FaultBoard.mrn, "--service", "ward", "--kind", "nursing", "--text", "Order \(index)"])
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: Self.writers) { writer in
            var random = SeededGenerator(seed: UInt64(1_000 + writer))
            for change in 0..<Self.changesPerWriter {
                let marker = "w\(writer)-c\(change)"
                let mrn = Bool.random(using: &random) ? FaultBoard.mrn : "SCI-F2"
                let isNote = Bool.random(using: &random)
                let args =
                    isNote
                    ? ["note", "add", mrn, "--service", "ward", "--text", marker]
                    : [
                        "order", "set", orders.randomElement(using: &random) ?? "", "--status",
                        ["on-hold", "active"].randomElement(using: &random) ?? "", "--reason", marker,
                    ]
                let outcome: BoundedRun
                do {
                    outcome = try board.run(args, author: "dr.w\(writer)", timeout: 60)
                } catch {
                    results.with { $0.fail("\(error)") }
                    continue
                }
                results.with { results in
                    if outcome.status == 0 {
                        let id = outcome.stdoutText.trimmingCharacters(in: .newlines)
                        if isNote { results.note(id, marker) } else { results.move(marker) }
                    } else if isNote || !outcome.isOneLineError {
                        results.fail(outcome.report)  // a note is always legal; a move may be refused as illegal
                    }
                }
            }
        }
        #expect(results.unexpected.isEmpty, "\(results.unexpected)")
        #expect(results.notes.count > Self.writers, "notes were written: \(results.notes.count)")
        #expect(!results.moves.isEmpty, "some order moves were legal")

        // Nothing lost, nothing doubled.
        let records = try [FaultBoard.mrn, "SCI-F2"].map { try board.record($0) }
        let notes = records.flatMap(\.notes)
        #expect(notes.count == results.notes.count, "exactly the acknowledged notes")
        for (id, text) in results.notes {
            #expect(notes.filter { $0.id == id }.map(\.text) == [text], "note \(id) is there once")
        }
        let orderRecords = records.flatMap(\.orders)
        let reasons = orderRecords.flatMap(\.history).compactMap(\.reason)
        #expect(reasons.sorted() == results.moves.sorted(), "exactly the acknowledged moves, once each")

        // One consistent history.
        let entries = try board.audit()
        let sequences = entries.compactMap { $0["seq"] as? Int }
        #expect(sequences == Array(1...entries.count), "sequence numbers are contiguous from 1")
        for order in orderRecords {
            var status: OrderStatus?
            var replayed: [String] = []
            for entry in entries where (entry["kind"] as? String) == "order.set" {
                guard let payload = entry["payload"] as? [String: Any], payload["orderID"] as? String == order.id,
                    let to = (payload["status"] as? String).flatMap(OrderStatus.init(rawValue:))
                else { continue }
                if let status { #expect(status.next.contains(to), "\(order.id): \(status) -> \(to) is legal") }
                status = to
                replayed.append(to.rawValue)
            }
            #expect(replayed == order.history.dropFirst().map(\.to.rawValue), "\(order.id): the record shows the journal's order")
            #expect(order.history.first?.to == .active && order.history.first?.from == nil)
            for (before, after) in zip(order.history, order.history.dropFirst()) {
                #expect(after.from == before.to, "\(order.id): each move starts where the last one ended")
                #expect(after.at >= before.at, "\(order.id): times never go back")
            }
        }
        let verdict = try board.validate()
        #expect(verdict.status == 0, "\(verdict.report)")
    }
}
