import Foundation
import Testing
@testable import ConsultBoard

/// Two handoff lines that were quietly off: header edits (bed, severity, summary) missing from "events since the
/// last handoff", and the urine-output window written with another date format than the rest of the page.
@Suite struct HandoffQuietGapsTests {
    private let utc = TimeZone(identifier: "UTC") ?? .current

    @Test func headerEditsAreEventsAtTheTimeOfTheirJournalEntry() throws {
        var ward = try TestWard()
        try ward.apply(.updatePatient(UpdatePatient(mrn: TestWard.mrn, bed: "3-01", summary: "Moved nearer the station", severity: .unstable)), at: TestWard.at(hours: -2))
        try ward.apply(.transferBed(TransferBed(mrn: TestWard.mrn, bed: "3-02")), at: TestWard.at(hours: -1))
        let events = RecordEvents.since(TestWard.at(hours: -3), in: ward.record, now: TestWard.t0)
        let texts = events.map(\.text)
        #expect(texts.contains { $0.contains("bed 3-01") && $0.contains("severity unstable") && $0.contains("Moved nearer the station") })
        #expect(texts.contains { $0.contains("3-02") })
        #expect(events.first { $0.text.contains("bed 3-01") }?.at == TestWard.at(hours: -2))
        // Before the window: not an event of this shift.
        #expect(RecordEvents.since(TestWard.at(hours: -1.5), in: ward.record, now: TestWard.t0).allSatisfy { !$0.text.contains("bed 3-01") })

        let page = try Handoff.document(board: ward.board, format: .text, width: 100, generatedBy: "x", now: TestWard.t0, timeZone: utc)
        #expect(page.patients.first?.events.contains { $0.summary.contains("bed 3-01") } == true)
    }

    @Test func theUrineOutputWindowIsDatedLikeEveryOtherTimeOnTheHandoff() throws {
        var ward = try TestWard()
        try ward.creatinine(1.0, at: TestWard.at(hours: -6))
        try ward.apply(.addLab(AddLab(mrn: TestWard.mrn, test: "urine-output", value: 100, unit: "mL", at: TestWard.at(hours: -6), periodHours: 6)), at: TestWard.at(hours: -6))
        try ward.apply(.addLab(AddLab(mrn: TestWard.mrn, test: "urine-output", value: 100, unit: "mL", at: TestWard.t0, periodHours: 6)), at: TestWard.t0)
        try ward.creatinine(1.0, at: TestWard.t0)
        let page = try Handoff.document(board: ward.board, format: .text, width: 120, generatedBy: "x", now: TestWard.at(hours: 1), timeZone: utc)
        let renal = try #require(page.patients.first?.renal)
        #expect(renal.aki.contains("by urine output"))
        // The creatinine was sampled at t0 too: both times are written the same way.
        #expect(renal.aki.contains("to \(renal.at)"), "\(renal.aki) vs \(renal.at)")
        #expect(!renal.aki.contains(ClinicalTime.format(TestWard.t0, in: utc)))
    }
}
