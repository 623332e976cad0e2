import Foundation
import Testing
@testable import ConsultBoard

/// Drafts: kept while an editor is open, adoptable once their session is gone, never read by another session
/// while it runs.
@Suite struct NoteDraftTests {
    private func draft(_ text: String, author: String = "dr.li", mrn: MRN = "SCI-0001", minute: Int = 0) -> NoteDraft {
        NoteDraft(author: author, mrn: mrn, service: .neurology, type: .progress, text: text, savedAt: Sample.at(minute))
    }

    private func files(_ keeper: DraftKeeper) -> [String] { FileIO.list(keeper.folder).filter { $0.hasSuffix(".json") } }

    @Test func aDraftIsWrittenPrivatelyRewrittenInPlaceAndRemovedWhenDone() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        let keeper = DraftKeeper(store: store)
        try keeper.keep(draft("夜间血压平稳"))
        let path = try #require(keeper.path)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        try keeper.keep(draft("夜间血压平稳，无头痛。", minute: 1))
        #expect(files(keeper).count == 1 && keeper.path == path)
        let stored = try BoardJSON.decoder().decode(NoteDraft.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(stored.text == "夜间血压平稳，无头痛。")
        try keeper.keep(nil)
        #expect(files(keeper).isEmpty)
        #expect(try store.load().patients["SCI-0001"]?.notes.count == 1, "a draft is never a note")
    }

    @Test func onlyADraftWhoseSessionIsGoneCanBeAdopted() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        var first: DraftKeeper? = DraftKeeper(store: store)
        try first?.keep(draft("still being written"))
        let second = DraftKeeper(store: store)
        #expect(second.adoptableDrafts(of: "dr.li").drafts.isEmpty, "the first session still holds its draft")

        first = nil  // the session ends without removing its draft (a dropped connection)
        let found = second.adoptableDrafts(of: "dr.li")
        let adoptable = try #require(found.drafts.first)
        #expect(adoptable.draft.text == "still being written")
        #expect(second.adoptableDrafts(of: "dr.wang").drafts.isEmpty, "another author's draft is not offered")
        #expect(second.adopt(adoptable))
        let third = DraftKeeper(store: store)
        #expect(third.adoptableDrafts(of: "dr.li").drafts.isEmpty, "an adopted draft is held again")
        try second.keep(nil)
        #expect(files(second).isEmpty)
    }

    @Test func aDamagedDraftIsReportedAndLeftAlone() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        let keeper = DraftKeeper(store: store)
        try FileManager.default.createDirectory(atPath: keeper.folder, withIntermediateDirectories: true)
        let damaged = keeper.folder + "/damaged.json"
        try Data("{\"author\":\"dr.li\",\"te".utf8).write(to: URL(fileURLWithPath: damaged))
        let found = keeper.adoptableDrafts(of: "dr.li")
        #expect(found.drafts.isEmpty)
        #expect(found.unreadable == [damaged])
        #expect(FileManager.default.fileExists(atPath: damaged))
    }
}
