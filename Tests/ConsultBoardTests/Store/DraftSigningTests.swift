import Foundation
import Testing
@testable import ConsultBoard

#if canImport(Glibc)
import Glibc
#endif

/// Exactly-once signing: a session killed at any step of keeping or signing a draft leaves either the draft
/// (whole: the old or the new text) or the signed note, never both and never neither; a draft whose note is in
/// the journal is removed on the next start. And a draft is only ever adopted by the user who owns its file.
@Suite struct DraftSigningTests {
    /// Where a kill lands in one editing-and-signing session.
    enum KillPoint: CaseIterable, Sendable {
        case whileRewriting(DraftStep)
        case beforeTheNoteIsAppended
        case afterTheNoteIsAppended
        case whileRemovingTheDraft

        static var allCases: [KillPoint] {
            [.whileRewriting(.temporaryWritten), .whileRewriting(.temporarySynced), .whileRewriting(.renamed),
             .beforeTheNoteIsAppended, .afterTheNoteIsAppended, .whileRemovingTheDraft]
        }
    }

    static let first = "夜间血压平稳"
    static let second = "夜间血压平稳，无头痛。Seen at 02:00."

    private func draft(_ text: String, minute: Int) -> NoteDraft {
        NoteDraft(author: "dr.li", mrn: "SCI-0001", service: .neurology, type: .progress, text: text, savedAt: Sample.at(minute))
    }

    private func notes(_ store: BoardStore, _ text: String) throws -> Int {
        try store.load().patients["SCI-0001"]?.notes.filter { $0.text == text }.count ?? 0
    }

    @Test(arguments: KillPoint.allCases)
    func aKillAtAnyStepLeavesTheDraftOrTheNoteExactlyOnce(_ kill: KillPoint) throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        // Session one: the first text is kept, then the second, then Ctrl-S signs it; the kill stops it.
        var keeper: DraftKeeper? = DraftKeeper(store: store)
        try keeper?.keep(draft(Self.first, minute: 0))
        switch kill {
        case let .whileRewriting(step): keeper?.stopAt = step
        case .whileRemovingTheDraft: keeper?.stopAt = .draftRemoved
        default: break
        }
        var killed = false
        do {
            try keeper?.keep(draft(Self.second, minute: 1))
            if case .beforeTheNoteIsAppended = kill { throw StoreError.io(file: "", operation: "", reason: "killed") }
            let note = AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: Self.second, draftID: keeper?.draftID)
            try store.apply([.addNote(note)], author: "dr.li")
            if case .afterTheNoteIsAppended = kill { throw StoreError.io(file: "", operation: "", reason: "killed") }
            try keeper?.keep(nil)
        } catch {
            killed = true
        }
        #expect(killed, "\(kill): the kill happened")
        keeper = nil  // the process is gone, and its locks with it

        // Session two: what does the author find?
        let next = DraftKeeper(store: store)
        let found = next.adoptableDrafts(of: "dr.li")
        #expect(found.unreadable.isEmpty, "\(kill): no draft is damaged: \(found.unreadable)")
        let signed = try notes(store, Self.second)
        #expect(signed <= 1, "\(kill): never signed twice")
        if signed == 1 {
            #expect(found.drafts.isEmpty, "\(kill): a signed draft is never offered again")
            let left = FileIO.list(next.folder).filter { $0.hasSuffix(".json") }
            #expect(left.isEmpty, "\(kill): the signed draft is removed: \(left)")
        } else {
            let reopened = try #require(found.drafts.first, "\(kill): an unsigned draft is never lost")
            #expect(found.drafts.count == 1)
            #expect([Self.first, Self.second].contains(reopened.draft.text), "\(kill): the old or the new text, whole")
            // Signing the reopened draft files it once, and it is gone.
            #expect(next.adopt(reopened))
            let note = AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: reopened.draft.text, draftID: next.draftID)
            try store.apply([.addNote(note)], author: "dr.li")
            try next.keep(nil)
            #expect(try notes(store, reopened.draft.text) == 1)
        }
        #expect(DraftKeeper(store: store).adoptableDrafts(of: "dr.li").drafts.isEmpty, "\(kill): nothing left to offer")
    }

    @Test func aTornLineNamingTheDraftDoesNotCountAsSigned() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        var keeper: DraftKeeper? = DraftKeeper(store: store)
        try keeper?.keep(draft(Self.first, minute: 0))
        let id = try #require(keeper?.draftID)
        keeper = nil
        // A writer killed mid-append: the line names the draft but never ended, so the note was never saved.
        let torn = Data(#"{"at":"2026-11-25T08:30:00Z","author":"dr.li","kind":"note.add","patient":"SCI-0001","payload":{"draftID":""#.utf8) + Data(id.utf8) + Data(#"","mrn""#.utf8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.file("journal.jsonl")))
        try handle.seekToEnd()
        try handle.write(contentsOf: torn)
        try handle.close()
        #expect(DraftKeeper(store: store).adoptableDrafts(of: "dr.li").drafts.map(\.draft.text) == [Self.first])
    }

    @Test func aDraftAnotherUserOwnsIsNeverAdoptedAndTheFolderIsSticky() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        var keeper: DraftKeeper? = DraftKeeper(store: store)
        try keeper?.keep(draft(Self.first, minute: 0))
        let path = try #require(keeper?.path)
        keeper = nil
        var info = stat()
        #expect(stat(folder.file("drafts"), &info) == 0 && info.st_mode & S_ISVTX != 0, "drafts/ has the sticky bit")
        guard getuid() == 0 else {
            print("skipped: planting a draft owned by another user needs root")
            return
        }
        // Planted by another member of the board's group: same author name, someone else's file.
        #expect(chown(path, 4_242, 4_242) == 0)
        let found = DraftKeeper(store: store).adoptableDrafts(of: "dr.li")
        #expect(found.drafts.isEmpty && found.unreadable.isEmpty, "another user's draft is not offered")
        #expect(FileManager.default.fileExists(atPath: path), "and not removed either")
    }
}
