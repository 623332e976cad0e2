import Foundation
import Testing
@testable import ConsultBoard

/// `board copy` carries what the ward set for itself: its settings (thresholds, consult clock, reference ranges)
/// arrive on the copy beside the `ward.set` entries that record them, in every direction between a folder and a
/// database; a setting the journal does not vouch for is refused before anything is written; what a folder holds
/// that the target cannot keep is named, never dropped in silence. The database runs need
/// CONSULT_BOARD_TEST_POSTGRES.
@Suite struct BoardCopyWardTests {
    static let thresholds = Data(#"{"dysreflexiaRise": 15, "mapLowerLimit": 86}"#.utf8)
    static let clock = Data(#"{"routine": 1440, "urgent": 60, "stat": 10}"#.utf8)

    /// Every pair of homes this run can test.
    static var directions: [(BoardKind, BoardKind)] {
        BoardKind.available.flatMap { from in BoardKind.available.map { (from, $0) } }
    }

    @Test(arguments: directions)
    func theWardSettingsTravelWithTheBoard(from: BoardKind, to: BoardKind) throws {
        let source = try from.freshLocation()
        let store = try Sample.board(in: source.location, patients: 2)
        try store.setWardSetting(.sciThresholds, to: Data(#"{"dysreflexiaRise": 30}"#.utf8), author: "dr.li")
        try store.setWardSetting(.consultClock, to: Self.clock, author: "dr.wang")
        try store.apply([Sample.note("SCI-0001")], author: "dr.li", at: nil)
        // Set again later: the copy holds the newest bytes, stored beside the entry that records them.
        try store.setWardSetting(.sciThresholds, to: Self.thresholds, author: "dr.zhao")
        try store.apply([Sample.note("SCI-0002")], author: "dr.li", at: nil)

        let target = try to.freshLocation()
        let outcome = try BoardCopy.copy(from: store, to: target.location)
        #expect(outcome.settings == [.consultClock, .sciThresholds])
        #expect(outcome.leftBehind.isEmpty)

        let copy = try target.location.store()
        #expect(try copy.journalLines() == (try store.journalLines()))
        #expect(try copy.wardSettingFiles().map(\.data) == (try store.wardSettingFiles().map(\.data)))
        #expect(try copy.wardSettings() == (try store.wardSettings()))
        #expect(try copy.wardSettings().sciThresholds.mapLowerLimit == 86)
        if to == .postgres {
            // The database row names the entry that set it: its author is the one who set the setting.
            #expect(try copy.wardSettingFiles().map(\.setBy) == ["dr.wang", "dr.zhao"])
        }
        let report = target.location.validate()
        #expect(report.isIntact, "\(report.findings)")
        // The copy goes on like the original: the next setting is recorded and stored there.
        try copy.setWardSetting(.consultClock, to: nil, author: "dr.li")
        #expect(try target.location.store().wardSettingFiles().map(\.name) == [.sciThresholds])
    }

    @Test(arguments: BoardKind.available)
    func aSettingEditedByHandIsRefusedAndNothingIsCopied(to: BoardKind) throws {
        let source = try BoardKind.folder.freshLocation()
        let folder = try #require(source.folder)
        let store = try Sample.board(in: source.location, patients: 1)
        try store.setWardSetting(.sciThresholds, to: Self.thresholds, author: "dr.li")
        // Changed by hand after `ward set`: the journal vouches for other bytes.
        try Data(#"{"dysreflexiaRise": 25}"#.utf8).write(to: URL(fileURLWithPath: folder.file("ward/sci-thresholds.json")))
        // And one put there by hand with no entry at all.
        try Self.clock.write(to: URL(fileURLWithPath: folder.file("ward/consult-clock.json")))

        let target = try to.freshLocation()
        do {
            try BoardCopy.copy(from: store, to: target.location)
            Issue.record("a setting its journal does not vouch for was copied")
        } catch {
            #expect(error.description.contains("consult-clock.json"), "\(error)")
            #expect(error.description.contains("ward set consult-clock"), "\(error)")
            #expect(error.description.contains("nothing was copied"), "\(error)")
        }
        #expect(throws: StoreError.self) { try target.location.store().journalLines() }

        // Recorded through the door, both copy.
        try store.setWardSetting(.consultClock, to: Self.clock, author: "dr.li")
        try store.setWardSetting(.sciThresholds, to: Self.thresholds, author: "dr.li")
        #expect(try BoardCopy.copy(from: store, to: target.location).settings == [.consultClock, .sciThresholds])
    }

    @Test(arguments: BoardKind.available)
    func whatAFolderHoldsBesideTheBoardIsCopiedOrNamed(to: BoardKind) throws {
        let source = try BoardKind.folder.freshLocation()
        let folder = try #require(source.folder)
        let store = try Sample.board(in: source.location, patients: 1)
        let terminology = Data(#"{"format":"consultboard-terminology","version":1}"#.utf8)
        try terminology.write(to: URL(fileURLWithPath: folder.file(Terminology.wardFileName)))
        try FileManager.default.createDirectory(atPath: folder.file("drafts"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder.file("drafts/0B5C.json")))
        try Data("cut".utf8).write(to: URL(fileURLWithPath: folder.file("journal.jsonl.cut-20261125T083000Z")))

        let target = try to.freshLocation()
        let outcome = try BoardCopy.copy(from: store, to: target.location)
        let others: [BoardCopy.LeftBehind] = [
            .drafts(folder: folder.file("drafts"), count: 1), .other(path: folder.file("journal.jsonl.cut-20261125T083000Z")),
        ]
        switch to {
        case .folder:
            #expect(outcome.leftBehind == others)
            let copied = try #require(target.folder).file(Terminology.wardFileName)
            #expect(FileManager.default.contents(atPath: copied) == terminology)
        case .postgres:
            #expect(outcome.leftBehind == [.terminology(path: folder.file(Terminology.wardFileName))] + others)
        }
    }
}
