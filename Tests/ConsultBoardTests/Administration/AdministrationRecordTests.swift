import Foundation
import Testing
@testable import ConsultBoard

@Suite struct AdministrationRecordTests {
    func enoxaparin(_ ward: inout TestWard, frequency: String = "q12h") throws -> RecordID {
        try ward.medication("enoxaparin", dose: "40 mg", frequency: frequency, at: TestWard.t0)
    }

    func order(_ ward: TestWard, _ id: RecordID) throws -> Order { try #require(ward.record.orders.first { $0.id == id }) }

    @Test func theLastDoseActuallyGivenIgnoresHeldAndRefusedDoses() throws {
        var ward = try TestWard()
        let id = try enoxaparin(&ward)
        #expect(AdministrationRecord.lastGiven(try order(ward, id)) == nil)
        try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .given, at: TestWard.at(hours: 1))), at: TestWard.at(hours: 1))
        try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .given, at: TestWard.at(hours: 13))), at: TestWard.at(hours: 13.5))
        try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .held, reason: "LP tomorrow")), at: TestWard.at(hours: 25))
        let o = try order(ward, id)
        #expect(AdministrationRecord.lastGiven(o)?.at == TestWard.at(hours: 13))
        #expect(AdministrationRecord.notGiven(o).map(\.outcome) == [.held])
        #expect(o.doses.count == 3)
        #expect(o.doses[2].by == "dr.li" && o.doses[2].reason == "LP tomorrow")
    }

    @Test func aDoseNotGivenNeedsAReasonAndOnlyMedicationOrdersTakeDoses() throws {
        var ward = try TestWard()
        let id = try enoxaparin(&ward)
        for outcome in [DoseOutcome.held, .refused, .missed] {
            #expect(throws: BoardError.self) { try ward.apply(.recordDose(RecordDose(orderID: id, outcome: outcome, reason: " "))) }
        }
        let nursing = try ward.apply(.addOrder(AddOrder(mrn: TestWard.mrn, service: .ward, kind: .nursing, text: "turn 2-hourly"))) ?? ""
        #expect(throws: BoardError.self) { try ward.apply(.recordDose(RecordDose(orderID: nursing, outcome: .given))) }
        #expect(throws: BoardError.self) { try ward.apply(.recordDose(RecordDose(orderID: "O-999", outcome: .given))) }
        try ward.apply(.setOrderStatus(SetOrderStatus(orderID: id, status: .discontinued, reason: "bleeding")))
        #expect(throws: BoardError.self) { try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .given))) }
    }

    @Test func aDoseGivenMoreThanAnHourAfterItWasDueIsLate() {
        let due = TestWard.t0
        func given(after minutes: Double) -> DoseAdministration {
            DoseAdministration(outcome: .given, at: due.addingTimeInterval(minutes * 60), due: due, by: "rn", recordedAt: due)
        }
        #expect(!given(after: 60).isLate)
        #expect(given(after: 61).isLate)
        #expect(!DoseAdministration(outcome: .given, at: due, by: "rn", recordedAt: due).isLate)
    }

    @Test func aScheduledDoseIsOverdueAnHourAfterItWasDue() throws {
        var ward = try TestWard()
        let id = try enoxaparin(&ward)
        #expect(AdministrationRecord.overdueSince(try order(ward, id), now: TestWard.at(days: 3)) == nil, "no dose charted: the record is not in use")
        try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .given, at: TestWard.at(hours: 1))), at: TestWard.at(hours: 1))
        let o = try order(ward, id)
        // q12h: next due at hour 13; overdue after hour 14.
        #expect(AdministrationRecord.overdueSince(o, now: TestWard.at(hours: 14)) == nil)
        #expect(AdministrationRecord.overdueSince(o, now: TestWard.at(hours: 14.01)) == TestWard.at(hours: 13))
        var unreadable = try TestWard()
        let odd = try enoxaparin(&unreadable, frequency: "as directed")
        #expect(AdministrationRecord.overdueSince(try order(unreadable, odd), now: TestWard.at(days: 3)) == nil)
    }

    @Test func theCourseDayCountsCalendarDaysFromTheFirstDoseGiven() throws {
        var ward = try TestWard()
        let id = try ward.medication("methylprednisolone", dose: "1 g", route: "IV", frequency: "daily", at: TestWard.t0)
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(AdministrationRecord.courseDay(try order(ward, id), now: TestWard.at(days: 1), timeZone: utc) == nil)
        try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .given, at: TestWard.at(hours: 2))), at: TestWard.at(hours: 2))
        #expect(AdministrationRecord.courseDay(try order(ward, id), now: TestWard.at(hours: 15), timeZone: utc) == 1)
        #expect(AdministrationRecord.courseDay(try order(ward, id), now: TestWard.at(hours: 16), timeZone: utc) == 2)
        #expect(AdministrationRecord.courseDay(try order(ward, id), now: TestWard.at(days: 2.5), timeZone: utc) == 3)
        #expect(AdministrationRecord.course(try order(ward, id), weightKg: 70) == "steroid pulse")
        let lines = AdministrationLines.status(try order(ward, id), now: TestWard.at(days: 2.5), timeZone: utc, weightKg: 70, time: { "\($0)" })
        #expect(lines.contains("steroid pulse day 3 (day 1: the first dose given)"))
        let ivig = try ward.medication("IVIG", dose: "0.4 g/kg", route: "IV", frequency: "daily", at: TestWard.t0)
        #expect(AdministrationRecord.course(try order(ward, ivig), weightKg: 70) == "IVIG")
        let enoxaparin = try ward.medication("enoxaparin", dose: "40 mg", frequency: "daily", at: TestWard.t0)
        #expect(AdministrationRecord.course(try order(ward, enoxaparin), weightKg: 70) == nil)
    }
}
