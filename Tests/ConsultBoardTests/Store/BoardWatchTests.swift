import Foundation
import Testing
@testable import ConsultBoard

/// The change signal an open TUI waits on beside the keyboard.
@Suite struct BoardWatchTests {
    /// Whether `fd` is readable, waiting at most `milliseconds` (returns as soon as it is).
    func readable(_ fd: Int32, within milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    @Test func anotherWritersChangeWakesTheReaderAndDrainingRearmsIt() throws {
        let folder = try StoreFolder()
        try Sample.board(at: folder.board, patients: 1)
        let watch = BoardWatch(folder: folder.board)
        let fd = try #require(watch.fileDescriptor, "inotify is available on Linux")
        #expect(!readable(fd, within: 0), "nothing changed yet")

        // Another process's store (a second instance, as another terminal would have) appends a note.
        let writer = try BoardStore(path: folder.board)
        _ = try writer.apply([Sample.note(Sample.mrn(1))], author: "dr.wang", at: Sample.at(5))
        #expect(readable(fd, within: 10_000), "the append is signalled")
        #expect(watch.drain())
        #expect(!readable(fd, within: 0), "drained: waiting again")
        #expect(!watch.drain())
    }

    @Test func readingTheBoardDoesNotWakeTheReader() throws {
        let folder = try StoreFolder()
        try Sample.board(at: folder.board, patients: 1)
        let watch = BoardWatch(folder: folder.board)
        let fd = try #require(watch.fileDescriptor)
        // Reading takes the shared lock and reads the journal: no change, so no wake-up (else an open TUI would
        // wake itself forever).
        var open = try BoardStore(path: folder.board).open()
        _ = try open.refresh()
        _ = try BoardStore(path: folder.board).load()
        #expect(!readable(fd, within: 0))
    }

    @Test func aFolderThatCannotBeWatchedFallsBackToPolling() {
        #expect(BoardWatch(folder: "/nonexistent-\(UUID().uuidString)").fileDescriptor == nil)
    }
}
