import Foundation
import Testing
@testable import ConsultBoard

@Suite struct ConsultClockTests {
    func consult(_ ward: inout TestWard, _ urgency: Urgency) throws -> RecordID {
        try ward.apply(.requestConsult(RequestConsult(mrn: TestWard.mrn, service: .neurology, question: "GBS?", urgency: urgency)), at: TestWard.t0) ?? ""
    }

    func timing(_ ward: TestWard, _ id: RecordID, now: Date) throws -> ConsultTiming {
        ConsultClock.shipped.timing(try #require(ward.record.consults.first { $0.id == id }), now: now)
    }

    @Test(arguments: [(Urgency.stat, 10.0), (.urgent, 240), (.routine, 1440)])
    func dueByUrgencyAndOverdueOnlyAfter(urgency: Urgency, minutes: Double) throws {
        var ward = try TestWard()
        let id = try consult(&ward, urgency)
        let due = TestWard.t0.addingTimeInterval(minutes * 60)
        #expect(try timing(ward, id, now: due).dueAt == due)
        #expect(try !timing(ward, id, now: due).overdue)
        #expect(try timing(ward, id, now: due.addingTimeInterval(1)).overdue)
    }

    @Test func seenStopsTheClockAndKeepsItsTimes() throws {
        var ward = try TestWard()
        let id = try consult(&ward, .stat)
        try ward.apply(.setConsultStatus(SetConsultStatus(consultID: id, status: .accepted)), at: TestWard.at(hours: 0.1))
        try ward.apply(.setConsultStatus(SetConsultStatus(consultID: id, status: .seen)), at: TestWard.at(hours: 0.5))
        let t = try timing(ward, id, now: TestWard.at(days: 2))
        #expect(!t.overdue)
        #expect(t.seenLate)
        #expect(t.acceptedAt == TestWard.at(hours: 0.1) && t.seenAt == TestWard.at(hours: 0.5))
    }

    @Test func theOverdueAlertNamesTheConsultAndStopsWhenCancelled() throws {
        var ward = try TestWard()
        let id = try consult(&ward, .urgent)
        let utc = try #require(TimeZone(identifier: "UTC"))
        func overdue(_ now: Date) -> [Alert] {
            SafetyRuleSet.current.evaluate(ward.record, now: now, timeZone: utc).filter { $0.ruleID == "consult-overdue" }
        }
        #expect(overdue(TestWard.at(hours: 4)).isEmpty)
        let alert = try #require(overdue(TestWard.at(hours: 5)).first)
        #expect(alert.triggeringRecords == [id])
        #expect(alert.message.contains("overdue by 1 h"))
        try ward.apply(.setConsultStatus(SetConsultStatus(consultID: id, status: .cancelled, reason: "resolved")), at: TestWard.at(hours: 5))
        #expect(overdue(TestWard.at(hours: 6)).isEmpty)
    }

    @Test func aWardClockFileIsCheckedAndRead() throws {
        let clock = try ConsultClock.decode(Data(#"{"stat": 15, "urgent": 120, "routine": 2880}"#.utf8), file: "c.json")
        #expect(clock.minutes(for: .urgent) == 120)
        #expect(throws: WardSettingsError.self) { try ConsultClock.decode(Data(#"{"stat": 0, "urgent": 120, "routine": 2880}"#.utf8), file: "c.json") }
        #expect(throws: WardSettingsError.self) { try ConsultClock.decode(Data(#"{"stat": 15}"#.utf8), file: "c.json") }
    }
}
