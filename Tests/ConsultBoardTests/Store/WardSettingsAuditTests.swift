import Foundation
import Testing
@testable import ConsultBoard

/// A ward settings file that is not the one the journal records changes the numbers every safety rule uses while
/// the record says otherwise: `validate` says so, naming the file, in the reader's words.
@Suite struct WardSettingsAuditTests {
    static let thresholds = Data(#"{"mapLowerLimit": 85}"#.utf8)

    @Test func eachWayAFileCanDisagreeIsFound() {
        let hash = Seal.sha256Hex(Self.thresholds)
        let other = Data(#"{"mapLowerLimit": 65}"#.utf8)
        // As recorded: nothing to say; recorded and cleared with no file: nothing either.
        #expect(WardSettingsAudit.findings(recorded: [.sciThresholds: hash], files: [.sciThresholds: Self.thresholds]).isEmpty)
        let clearedRecord: [WardSettingName: String?] = [.sciThresholds: nil]
        #expect(WardSettingsAudit.findings(recorded: clearedRecord, files: [:]).isEmpty)
        #expect(WardSettingsAudit.findings(recorded: [:], files: [:]).isEmpty)
        let differs = WardSettingsAudit.findings(recorded: [.sciThresholds: hash], files: [.sciThresholds: other])
        #expect(differs.map(\.name) == [.sciThresholds])
        #expect(differs.first?.words.english.contains("edited by hand, or a ward set that did not finish") == true)
        let unrecorded = WardSettingsAudit.findings(recorded: [:], files: [.consultClock: other])
        #expect(unrecorded.map(\.name) == [.consultClock])
        #expect(unrecorded.first?.words.english.contains("is not recorded in the journal") == true)
        let rangesCleared: [WardSettingName: String?] = [.referenceRanges: nil]
        let cleared = WardSettingsAudit.findings(recorded: rangesCleared, files: [.referenceRanges: other])
        #expect(cleared.map(\.name) == [.referenceRanges])
        let missing = WardSettingsAudit.findings(recorded: [.sciThresholds: hash], files: [:])
        #expect(missing.first?.words.english.contains("the safety rules use the shipped numbers") == true)
    }

    @Test func validateWarnsOfAHandEditedSettingAndStaysIntact() throws {
        let folder = try StoreFolder()
        let store = try Sample.board(at: folder.board, patients: 1)
        try store.setWardSetting(.sciThresholds, to: Self.thresholds, author: "dr.li")
        let file = folder.file("ward/sci-thresholds.json")
        #expect(!BoardStore.validate(at: folder.board).findings.contains { $0.file == file }, "as recorded: nothing to say")

        try Data(#"{"mapLowerLimit": 55}"#.utf8).write(to: URL(fileURLWithPath: file))
        let report = BoardStore.validate(at: folder.board)
        let warning = try #require(report.findings.first { $0.file == file })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("consult-board ward set sci-thresholds FILE"))
        #expect(report.isIntact, "the journal is intact; `ward set` again, not a repair, puts it right")
        Localisation.with(.simplifiedChinese) {
            #expect(warning.shownMessage.contains("被手工修改过，或某次 ward set 未完成"), "\(warning.shownMessage)")
        }

        try FileManager.default.removeItem(atPath: file)
        #expect(BoardStore.validate(at: folder.board).findings.first { $0.file == file }?.message.contains("it is not there") == true)
        try store.setWardSetting(.sciThresholds, to: nil, author: "dr.li")
        #expect(!BoardStore.validate(at: folder.board).findings.contains { $0.file == file }, "cleared and gone: as recorded")
    }
}
