import ConsultBoard
import Foundation
import Testing
@testable import ConsultTUI

/// The effect runner against a real board folder: changes go through the store, others' changes are noticed.
@Suite struct EffectRunnerTests {
    /// The test ward in a temporary folder (removed with the fixture) and a runner open on it.
    private final class Ward {
        let folder: TemporaryFolder
        let path: String
        var runner: EffectRunner
        init() throws {
            folder = try TemporaryFolder()
            path = folder.path("ward")
            try TestWard.write(to: path)
            runner = EffectRunner(board: try BoardStore(path: path).open(), author: "dr.li", now: { TestWard.now })
        }
    }

    @Test func applyGoesThroughTheStoreAndReportsTheNewRecord() throws {
        let ward = try Ward()
        let board = try BoardStore(path: ward.path).load()
        let command = BoardCommand.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: "写在终端里"))
        let result = ward.runner.run(.apply([command], summary: "Note saved"), on: board)
        guard case let .applied(updated, entries, ids, summary)? = result else {
            Issue.record("expected .applied, got \(String(describing: result))")
            return
        }
        #expect(summary == "Note saved")
        let id = try #require(ids.first ?? nil)
        #expect(updated.patients["SCI-0001"]?.notes.last?.id == id)
        #expect(entries.map(\.author) == ["dr.li"])
        // On disk, signed by the runner's author, as any reader sees it.
        #expect(try BoardStore(path: ward.path).load().patients["SCI-0001"]?.notes.last?.author == "dr.li")
    }

    @Test func aNoteSignedFromAKeptDraftRecordsTheDraftsIDSoTheDraftIsNeverOfferedAgain() throws {
        let ward = try Ward()
        let store = try BoardStore(path: ward.path)
        var keeper: DraftKeeper? = DraftKeeper(store: store)
        ward.runner.drafts = keeper
        let draft = NoteDraft(author: "dr.li", mrn: "SCI-0001", service: .neurology, type: .progress, text: "写在终端里", savedAt: TestWard.now)
        #expect(ward.runner.keepDraft(draft, immediately: true) == nil)
        let id = try #require(keeper?.draftID)
        let command = BoardCommand.addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: "写在终端里"))
        guard case .applied? = ward.runner.run(.apply([command], summary: "Note saved"), on: try store.load()) else {
            Issue.record("the note was not saved")
            return
        }
        let entry = try #require(try store.entries().last)
        #expect(entry.command == .addNote(AddNote(mrn: "SCI-0001", service: .neurology, type: .progress, text: "写在终端里", draftID: id)))
        // The session is killed before it removes the draft: the next one finds it signed and removes it.
        ward.runner.drafts = nil
        keeper = nil
        let folder = store.folder.path + "/drafts"
        #expect(FileManager.default.fileExists(atPath: "\(folder)/\(id).json"))
        #expect(DraftKeeper(store: store).adoptableDrafts(of: "dr.li").drafts.isEmpty, "a signed draft is never offered")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/\(id).json"), "and it is removed")
    }

    @Test func aRefusedChangeComesBackAsAClinicianReadableMessage() throws {
        let ward = try Ward()
        let result = ward.runner.run(.apply([.setOrderStatus(SetOrderStatus(orderID: "O-21", status: .draft))], summary: "x"), on: TestWard.board())
        guard case let .failed(message)? = result else {
            Issue.record("expected .failed, got \(String(describing: result))")
            return
        }
        #expect(message.contains("O-21 cannot move from active to draft"))
    }

    @Test func pollNoticesOnlyWhatOthersAppended() throws {
        let ward = try Ward()
        let board = try BoardStore(path: ward.path).load()
        #expect(ward.runner.poll(board) == nil)
        try BoardStore(path: ward.path).apply([.addLab(AddLab(mrn: "SCI-0002", test: "crp", value: 12, unit: "mg/L", at: TestWard.now))], author: "lab")
        guard case let .boardChanged(updated, entries)? = ward.runner.poll(board) else {
            Issue.record("the change was not noticed")
            return
        }
        #expect(entries.map(\.author) == ["lab"])
        #expect(updated.patients["SCI-0002"]?.labs.last?.value == 12)
        #expect(ward.runner.poll(updated) == nil)
    }

    @Test func aWardSettingSetElsewhereReachesTheOpenBoardsSettings() throws {
        let ward = try Ward()
        let board = try BoardStore(path: ward.path).load()
        let rise = Data(#"{"dysreflexiaRise": 15}"#.utf8)
        try BoardStore(path: ward.path).setWardSetting(.sciThresholds, to: rise, author: "dr.li")
        #expect(ward.runner.wardSettingsChange() == nil, "nothing is read before the change comes in")
        guard case .boardChanged? = ward.runner.poll(board) else {
            Issue.record("the change was not noticed")
            return
        }
        guard case let .wardSettingsChanged(settings)? = ward.runner.wardSettingsChange() else {
            Issue.record("the ward's new settings were not read")
            return
        }
        #expect(settings.sciThresholds.dysreflexiaRise == 15)
        #expect(ward.runner.settings == settings)
        #expect(ward.runner.wardSettingsChange() == nil, "read once")
        var state = AppState(board: board, author: "dr.li", now: TestWard.now, width: 80, height: 24)
        _ = update(&state, .wardSettingsChanged(settings))
        #expect(state.settings == settings)
    }

    @Test func historyReadsOnePatientsAuditTrail() throws {
        let ward = try Ward()
        guard case let .historyLoaded(mrn, entries)? = ward.runner.run(.loadHistory("SCI-0002"), on: TestWard.board()) else {
            Issue.record("no history")
            return
        }
        #expect(mrn == "SCI-0002")
        #expect(entries.allSatisfy { $0.patient == "SCI-0002" })
        #expect(entries.first?.summary.hasPrefix("admitted Margaret O'Brien") == true)
    }
}
