import Foundation
import Testing
@testable import ConsultBoard

/// Code status, devices, contacts and the receiver's acknowledgement through the door, the events since the last
/// handoff, and the handoff's new sections.
@Suite struct HandoverRecordTests {
    private let utc = TimeZone(identifier: "UTC") ?? .current

    @Test func theCodeStatusIsTheLatestStatementAndARepeatWithoutANoteIsRefused() throws {
        var ward = try TestWard()
        #expect(ward.record.currentCodeStatus == nil)
        try ward.apply(.setCodeStatus(SetCodeStatus(mrn: TestWard.mrn, status: .fullCode)), at: TestWard.at(hours: 1))
        try ward.apply(.setCodeStatus(SetCodeStatus(mrn: TestWard.mrn, status: .dnr, note: "discussed with daughter")), at: TestWard.at(hours: 2))
        #expect(ward.record.currentCodeStatus?.status == .dnr)
        #expect(ward.record.currentCodeStatus?.note == "discussed with daughter")
        #expect(ward.record.codeStatus?.count == 2)
        #expect(throws: BoardError.self) {
            try ward.apply(.setCodeStatus(SetCodeStatus(mrn: TestWard.mrn, status: .dnr)), at: TestWard.at(hours: 3))
        }
        #expect(throws: BoardError.unknownPatient("SCI-9999")) {
            try ward.apply(.setCodeStatus(SetCodeStatus(mrn: "SCI-9999", status: .dnr)))
        }
    }

    @Test func aDeviceCountsItsDaysFromInsertionAndComesOutOnce() throws {
        var ward = try TestWard()
        let inserted = TestWard.at(hours: -50)  // 2026-11-22 06:00 UTC
        let id = try #require(try ward.apply(.addDevice(AddDevice(mrn: TestWard.mrn, kind: .picc, site: "right basilic", insertedAt: inserted))))
        #expect(id.hasPrefix("LN-"))
        let device = try #require(ward.record.devicesIn.first)
        // Inserted on the 22nd; on the 24th it is device day 3 (NHSN: the day of insertion is day 1).
        #expect(device.day(at: TestWard.t0, timeZone: utc) == 3)
        #expect(device.day(at: inserted, timeZone: utc) == 1)
        #expect(throws: BoardError.self) {  // out before it went in
            try ward.apply(.removeDevice(RemoveDevice(deviceID: id, at: TestWard.at(hours: -60))))
        }
        try ward.apply(.removeDevice(RemoveDevice(deviceID: id, reason: "course complete")), at: TestWard.at(hours: 1))
        #expect(ward.record.devicesIn.isEmpty)
        #expect(ward.record.deviceList.first?.removalReason == "course complete")
        #expect(throws: BoardError.alreadyRecorded(record: "\(id)", what: .tr("error.board.already.removed"))) {
            try ward.apply(.removeDevice(RemoveDevice(deviceID: id)), at: TestWard.at(hours: 2))
        }
        #expect(throws: BoardError.unknownRecord("LN-999", expected: .device)) {
            try ward.apply(.removeDevice(RemoveDevice(deviceID: "LN-999")))
        }
        #expect(throws: BoardError.self) {  // a blank site
            try ward.apply(.addDevice(AddDevice(mrn: TestWard.mrn, kind: .drain, site: "  ", insertedAt: TestWard.t0)))
        }
        #expect(throws: BoardError.self) {  // in the future
            try ward.apply(.addDevice(AddDevice(mrn: TestWard.mrn, kind: .drain, site: "wound", insertedAt: TestWard.at(days: 2))))
        }
    }

    @Test func theReceiverCannotTakeOverFromThemself() throws {
        var ward = try TestWard()
        #expect(throws: BoardError.self) {
            try ward.apply(.acknowledgeHandoff(AcknowledgeHandoff(mrn: TestWard.mrn, from: "dr.li")))  // dr.li signs
        }
        try ward.apply(.acknowledgeHandoff(AcknowledgeHandoff(mrn: TestWard.mrn, from: "dr.wang")))
        #expect(ward.record.lastHandover?.summary == "交班 dr.wang → 接班 dr.li")
    }

    @Test func eventsStartAtTheLastAcknowledgedHandover() throws {
        var ward = try TestWard()
        try ward.creatinine(1.0, at: TestWard.at(hours: -30))  // before the 24 h window
        try ward.creatinine(1.1, at: TestWard.at(hours: -2))
        var events = RecordEvents.since(RecordEvents.windowStart(ward.record, now: TestWard.t0), in: ward.record, now: TestWard.t0)
        #expect(events.map(\.text) == ["creatinine 1.1 mg/dL"])
        try ward.apply(.acknowledgeHandoff(AcknowledgeHandoff(mrn: TestWard.mrn, from: "dr.wang")), at: TestWard.at(hours: -1))
        try ward.apply(.addContact(AddContact(mrn: TestWard.mrn, role: .family, name: "王丽", relation: "daughter", phone: "138")), at: TestWard.at(hours: -0.5))
        let now = TestWard.at(hours: 0.1)
        events = RecordEvents.since(RecordEvents.windowStart(ward.record, now: now), in: ward.record, now: now)
        #expect(events.map(\.text) == ["contact: 王丽 (daughter, family) 138"])
    }

    @Test func theHandoffShowsCodeStatusDevicesContactsTicksAndEventsInEveryFormat() throws {
        var ward = try TestWard()
        try ward.apply(.setCodeStatus(SetCodeStatus(mrn: TestWard.mrn, status: .dnrDni, note: "family meeting")), at: TestWard.at(hours: -3))
        try ward.apply(.addDevice(AddDevice(mrn: TestWard.mrn, kind: .urinaryCatheter, site: "16 Fr Foley", insertedAt: TestWard.at(hours: -50))), at: TestWard.at(hours: -3))
        try ward.apply(.addContact(AddContact(mrn: TestWard.mrn, role: .team, name: "dr.zhao", relation: "attending", phone: "ext 3456")), at: TestWard.at(hours: -3))
        let action = try #require(try ward.apply(.addAction(AddAction(mrn: TestWard.mrn, text: "Repeat potassium")), at: TestWard.at(hours: -3)))
        try ward.apply(.completeAction(CompleteAction(actionID: action)), at: TestWard.at(hours: -2))
        try ward.apply(.addAction(AddAction(mrn: TestWard.mrn, text: "Bladder scan <b>")), at: TestWard.at(hours: -2))
        for format in HandoffFormat.allCases {
            let text = try Handoff.render(
                board: ward.board, template: try HandoffTemplate.standard(format), width: 100, generatedBy: "dr.li",
                now: TestWard.t0, timeZone: utc)
            #expect(text.contains("Code status: DNR/DNI (dr.li, 24 Nov 05:00: family meeting)"), "\(format)")
            #expect(text.contains("Urinary catheter, 16 Fr Foley: day 3 (inserted 22 Nov 06:00)"), "\(format)")
            #expect(text.contains("dr.zhao (attending, team) ext 3456"), "\(format)")
            #expect(text.contains("Repeat potassium · done by dr.li 24 Nov 06:00"), "\(format)")
            #expect(text.contains("in the last 24 h (no handover acknowledged)"), "\(format)")
            #expect(text.contains("24 Nov 05:00 dr.li: code status DNR/DNI"), "\(format)")
            if format == .html { #expect(!text.contains("<b>") && text.contains("&lt;b&gt;"), "stored text is escaped") }
        }
        let plain = try Handoff.render(
            board: ward.board, template: try HandoffTemplate.standard(.text), width: 100, generatedBy: "dr.li", now: TestWard.t0, timeZone: utc)
        #expect(plain.contains("  [x] Repeat potassium"))
        #expect(plain.contains("  [ ] Bladder scan"))
    }

    @Test func aPatientWithoutACodeStatusSaysSo() throws {
        let ward = try TestWard()
        let text = try Handoff.render(
            board: ward.board, template: try HandoffTemplate.standard(.text), generatedBy: "dr.li", now: TestWard.t0, timeZone: utc)
        #expect(text.contains("Code status: NOT RECORDED"))
        #expect(text.contains("Lines, drains and catheters:\n  - none recorded"))
    }
}
