import Foundation
import Testing
@testable import ConsultBoard

/// The ward's own settings on both homes of a board: set through the store (checked first, recorded in the
/// journal as `ward.set`, stored as a folder board's `ward/NAME.json` or a database board's row), read back
/// byte for byte, used by the alerts and by the door's check of an acknowledgement, cleared, and a bad setting
/// refused with its entry named and nothing written. The database runs need CONSULT_BOARD_TEST_POSTGRES.
@Suite struct WardSettingStoreTests {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    static let rise = Data(#"{"dysreflexiaRise": 15, "mapLowerLimit": 86}"#.utf8)

    @Test(arguments: BoardKind.available)
    func aSettingIsStoredRecordedAndReadBack(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        let store = try Sample.board(in: place.location, patients: 1)
        let before = try store.journalLines().count
        try store.setWardSetting(.sciThresholds, to: Self.rise, author: "dr.li")

        // Read back through a store opened afresh, as the next command would.
        let reopened = try place.location.store()
        let files = try reopened.wardSettingFiles()
        #expect(files.map(\.name) == [.sciThresholds])
        #expect(files.first?.data == Self.rise)
        let settings = try reopened.wardSettings()
        #expect(settings.sciThresholds.dysreflexiaRise == 15)
        #expect(settings.sciThresholds.mapLowerLimit == 86)
        #expect(settings.consultClock == .shipped)

        // The journal records who changed the ward's numbers, and the exact bytes (by hash).
        let lines = try reopened.journalLines()
        #expect(lines.count == before + 1)
        let last = try #require(try reopened.entries(since: before, patient: nil).last)
        #expect(last.author == "dr.li")
        #expect(last.command == .recordWardSetting(RecordWardSetting(name: .sciThresholds, sha256: Seal.sha256Hex(Self.rise))))
        #expect(reopened.validate().isIntact)

        switch kind {
        case .folder:
            let path = try #require(place.folder).file("ward/sci-thresholds.json")
            #expect(FileManager.default.contents(atPath: path) == Self.rise)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "the board's file mode (owner only in a private folder)")
        case .postgres:
            #expect(files.first?.setBy == "dr.li")
            #expect(files.first?.setByRole?.isEmpty == false)
            #expect(files.first?.setAt != nil)
        }

        // Cleared: the shipped numbers again, and that too is in the journal.
        try reopened.setWardSetting(.sciThresholds, to: nil, author: "dr.li")
        #expect(try place.location.store().wardSettingFiles().isEmpty)
        #expect(try place.location.store().wardSettings() == .shipped)
        #expect(try reopened.entries(since: before + 1, patient: nil).map(\.command)
            == [.recordWardSetting(RecordWardSetting(name: .sciThresholds, sha256: nil))])
    }

    @Test(arguments: BoardKind.available)
    func aBadSettingIsRefusedWithItsEntryAndNothingIsWritten(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        let store = try Sample.board(in: place.location, patients: 1)
        try store.setWardSetting(.consultClock, to: Data(#"{"routine": 1440, "urgent": 60, "stat": 10}"#.utf8), author: "dr.li")
        let lines = try store.journalLines()
        let files = try store.wardSettingFiles()
        for bad in [#"{"dysreflexiaRise": -5}"#, #"{"dysreflexiaRyse": 15}"#, "not json"] {
            do {
                try store.setWardSetting(.sciThresholds, to: Data(bad.utf8), author: "dr.li")
                Issue.record("accepted \(bad)")
            } catch {
                #expect(error.description.contains("sci-thresholds.json"), "\(error)")
                if bad.hasPrefix("{") { #expect(error.description.contains(bad.contains("Ryse") ? "dysreflexiaRyse" : "dysreflexiaRise"), "\(error)") }
            }
        }
        #expect(try store.journalLines() == lines)
        #expect(try place.location.store().wardSettingFiles() == files)
        if let folder = place.folder {
            let ward = folder.file("ward")
            #expect(try FileManager.default.contentsOfDirectory(atPath: ward) == ["consult-clock.json"], "no temporary file left")
        }
    }

    /// A MAP of 85 is within the shipped target (below 80) but below the ward's 86: the alert fires with the
    /// ward's number, and acknowledging it is accepted at the door only because the store reads the ward's
    /// setting for the check (refused before the setting, when the alert is not current).
    @Test(arguments: BoardKind.available)
    func anAlertFiresWithTheWardsNumberAndIsAcknowledgedUnderIt(kind: BoardKind) throws {
        let place = try kind.freshLocation()
        let store = try Sample.board(in: place.location, patients: 1)
        let mrn = Sample.mrn(1)
        let at = Sample.at(24 * 60)
        try store.apply([
            .addLab(AddLab(mrn: mrn, test: "systolic-bp", value: 125, unit: "mmHg", at: at)),
            .addLab(AddLab(mrn: mrn, test: "diastolic-bp", value: 65, unit: "mmHg", at: at)),
        ], author: "dr.li", at: at)
        let record = try #require(try store.record(mrn))
        let shipped = try store.wardSettings().safetyRules.evaluate(record, now: at, timeZone: Self.utc)
        #expect(!shipped.contains { $0.ruleID == "map-target" })
        try store.setWardSetting(.sciThresholds, to: Self.rise, author: "dr.li")

        let reopened = try place.location.store()
        let alerts = try reopened.wardSettings().safetyRules.evaluate(record, now: at, timeZone: Self.utc)
        let alert = try #require(alerts.first { $0.ruleID == "map-target" })
        #expect(alert.message.contains("below the target of 86-95 mmHg"), "\(alert.message)")
        let ack = BoardCommand.acknowledgeAlert(AcknowledgeAlert(mrn: mrn, alertKey: alert.key, reason: "on noradrenaline, rising"))
        #expect(try reopened.apply([ack], author: "dr.li", at: at.addingTimeInterval(60)).count == 1)

        // Cleared again, a second acknowledgement of the same alert key is refused: it is no alert under the shipped numbers.
        try reopened.setWardSetting(.sciThresholds, to: nil, author: "dr.li")
        let lines = try reopened.journalLines()
        #expect(throws: StoreError.self) {
            try reopened.apply([ack], author: "dr.li", at: at.addingTimeInterval(120))
        }
        #expect(try reopened.journalLines() == lines)
    }

    @Test func onlyTheBoardsAdminsChangeTheWardsNumbers() throws {
        let folder = try StoreFolder()
        let stores = try RosterTests.ward(folder)
        let nurse = try #require(stores["li"])
        let admin = try #require(stores["chen"])
        let lines = try admin.journalLines()
        #expect(throws: StoreError.self) { try nurse.setWardSetting(.sciThresholds, to: Self.rise, author: "李护士") }
        #expect(try admin.journalLines() == lines)
        #expect(!FileManager.default.fileExists(atPath: folder.file("ward/sci-thresholds.json")))
        try admin.setWardSetting(.sciThresholds, to: Self.rise, author: "陈医生")
        #expect(try admin.wardSettings().sciThresholds.dysreflexiaRise == 15)
    }
}
