import Dispatch
import Foundation
import Testing
@testable import ConsultBoard

/// Many writers at once (here threads, each with its own `BoardStore` and so its own lock descriptor, which
/// `flock` treats like another process): no write lost or doubled, every reader sees the others' changes.
/// Process-level versions through the CLI live with the CLI's tests.
@Suite struct ConcurrentWritersTests {
    @Test(arguments: BoardKind.available)
    func concurrentWritersLoseNothingAndDoubleNothing(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        try Sample.board(in: place.location, patients: 2)
        let writers = 8
        let perWriter = 15
        let failures = LockedList<String>()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do {
                // A small checkpoint policy, so checkpoints are written while others append. Each writer has its
                // own store: its own lock descriptor, or its own database connection.
                let store = try place.location.store().checkpointing(every: 7)
                for index in 0..<perWriter {
                    let mrn = Sample.mrn(index % 2 + 1)
                    try store.apply([Sample.note(mrn, "writer \(writer) note \(index)")], author: "writer\(writer)", at: nil)
                }
            } catch {
                failures.append("\(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let store = try place.location.store()
        let entries = try store.entries(since: 0, patient: nil)
        #expect(entries.map(\.sequence) == Array(1...entries.count), "sequence numbers are contiguous")
        var texts: [String] = []
        for entry in entries {
            if case let .addNote(note) = entry.command, note.text.hasPrefix("writer") { texts.append(note.text) }
        }
        let expected = (0..<writers).flatMap { w in (0..<perWriter).map { "writer \(w) note \($0)" } }
        #expect(texts.sorted() == expected.sorted(), "every note once")
        #expect(try store.load() == (try store.replayedFromJournal()))
        #expect(place.location.validate().isIntact)
    }

    @Test func readersSeeWholeChangesWhileOthersWrite() throws {
        let folder = try StoreFolder()
        let path = folder.board
        try Sample.board(at: path, patients: 1)
        let failures = LockedList<String>()
        let done = Flag()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            defer { done.set() }
            do {
                let store = try BoardStore(path: path).checkpointingEvery(5)
                for index in 0..<40 { try store.apply([Sample.note("SCI-0001", "n\(index)")], author: "writer") }
            } catch { failures.append("writer: \(error)") }
        }
        DispatchQueue.global().async(group: group) {
            do {
                var open = try BoardStore(path: path).open()
                var seen = open.board.revision
                while !done.isSet || open.hasChanges() {
                    if open.hasChanges() {
                        try open.refresh()
                        if open.board.revision < seen { failures.append("revision went back") }
                        seen = open.board.revision
                    }
                    let loaded = try BoardStore(path: path).load()
                    if loaded.revision < seen { failures.append("load is behind the open board") }
                }
                if open.board != (try BoardStore(path: path).load()) { failures.append("the open board differs from a fresh load") }
            } catch { failures.append("reader: \(error)") }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
    }
}

final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
