import Foundation
import Testing
@testable import ConsultBoard

#if canImport(Glibc)
import Glibc
#endif

/// Every journal entry records the operating-system user of the process that wrote it, whatever author name it
/// was given: who really wrote a change does not rest on free text.
@Suite struct WriterIdentityTests {
    @Test func everyEntryRecordsTheUidAndLoginOfItsWriter() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        try store.apply([Sample.note("SCI-0001", "signed as someone else")], author: "dr.chen")
        let me = OSUser(uid: Int(getuid()), login: try #require(OSUser.login(of: getuid())))
        let entries = try store.entries()
        #expect(!entries.isEmpty && entries.allSatisfy { $0.writer == me }, "\(entries.map(\.writer))")
        #expect(entries.last?.author == "dr.chen", "the author name stays what was given")
        // In the line itself, for jq and for anyone checking by hand.
        let last = try #require(try BoardFiles(folder: folder.board).journalLines().last)
        let text = String(decoding: last, as: UTF8.self)
        #expect(text.contains("\"login\":\"\(me.login)\"") && text.contains("\"uid\":\(me.uid)"), "\(text)")
    }

    @Test func entriesWrittenBeforeTheWriterWasRecordedStillRead() throws {
        let folder = try StoreFolder()
        try Sample.board(at: folder.board, patients: 1)
        let files = BoardFiles(folder: folder.board)
        let lines = try files.journalLines().map { line in
            BoardFiles.reseal(
                BoardFiles.replacing(",\"uid\":\(getuid())", with: "", in: BoardFiles.replacing("\"login\":\"\(OSUser.current.login)\",", with: "", in: line)))
        }
        // Re-chain the lines without the writer, as an earlier version wrote them.
        var previous = ""
        var chained: [Data] = []
        for line in lines {
            var text = String(decoding: line, as: UTF8.self)
            text = text.replacingOccurrences(of: #""prev":"[0-9a-f]*""#, with: "\"prev\":\"\(previous)\"", options: .regularExpression)
            let sealed = BoardFiles.reseal(Data(text.utf8))
            chained.append(sealed)
            previous = Seal.sha256Hex(sealed)
        }
        try files.writeJournal(chained)
        try FileManager.default.removeItem(atPath: folder.file("checkpoint"))
        let entries = try BoardStore(path: folder.board).entries()
        #expect(!entries.isEmpty && entries.allSatisfy { $0.writer == nil })
        #expect(BoardStore.validate(at: folder.board).isIntact)
    }
}
