import Foundation
import Testing
@testable import ConsultBoard

/// The injury time in the patient header: recorded at admission or later, never ahead of the clock, read by the
/// MAP target rule (which says which start it counted from), and absent from older boards without harm.
@Suite struct InjuryTimeTests {
    static let utc = TimeZone(identifier: "UTC") ?? .current
    /// TestWard admits 30 days before t0.
    static let admitted = TestWard.at(days: -30)

    func mapAlerts(_ ward: TestWard, now: Date) -> [Alert] {
        SafetyRuleSet.current.evaluate(ward.record, now: now, timeZone: Self.utc).filter { $0.ruleID == "map-target" }
    }

    /// A low MAP (63 mmHg) three days after admission.
    func lowMAP(_ ward: inout TestWard) throws -> Date {
        let at = Self.admitted.addingTimeInterval(3 * 86400)
        try ward.lab("systolic-bp", 90, "mmHg", at: at)
        try ward.lab("diastolic-bp", 50, "mmHg", at: at)
        return at
    }

    @Test func withoutAnInjuryTimeTheMAPTargetCountsFromAdmissionAndSaysSo() throws {
        var ward = try TestWard()
        let at = try lowMAP(&ward)
        let alert = try #require(mapAlerts(ward, now: at).first)
        #expect(alert.data.contains { $0.hasPrefix("day 4 since admission") && $0.contains("no injury time recorded: counted from admission") })
    }

    @Test func theMAPTargetCountsFromTheInjuryWhenOneIsRecorded() throws {
        var ward = try TestWard()
        let at = try lowMAP(&ward)
        // Injured two days before admission (a transfer): day 6 of 7 on the day of the reading.
        try ward.apply(.updatePatient(UpdatePatient(mrn: TestWard.mrn, injuredAt: Self.admitted.addingTimeInterval(-2 * 86400))), at: at)
        let alert = try #require(mapAlerts(ward, now: at).first)
        #expect(alert.data.contains("day 6 since the injury 2026-10-23 08:00"))
        // Five days before admission: the reading is 8 days after the injury, past the target's 7 days.
        try ward.apply(.updatePatient(UpdatePatient(mrn: TestWard.mrn, injuredAt: Self.admitted.addingTimeInterval(-5 * 86400))), at: at)
        #expect(mapAlerts(ward, now: at).isEmpty)
    }

    @Test func theMAPTargetEndsSevenDaysAfterTheInjuryToTheSecond() throws {
        var ward = try TestWard()
        let at = try lowMAP(&ward)
        let injured = at.addingTimeInterval(-7 * 86400)
        try ward.apply(.updatePatient(UpdatePatient(mrn: TestWard.mrn, injuredAt: injured)), at: at)
        #expect(mapAlerts(ward, now: at).count == 1)
        #expect(mapAlerts(ward, now: at.addingTimeInterval(1)).isEmpty)
    }

    @Test func anInjuryTimeAheadOfTheClockIsRefusedAtAdmissionAndLater() throws {
        var ward = try TestWard()
        let ahead = TestWard.at(hours: 1)
        #expect(throws: BoardError.self) {
            try ward.apply(.updatePatient(UpdatePatient(mrn: TestWard.mrn, injuredAt: ahead)), at: TestWard.t0)
        }
        let patient = Patient(mrn: "SCI-0002", name: "李", age: 30, sex: .female, bed: "3-13", admittedAt: TestWard.t0, diagnosis: "T4 SCI", injuredAt: ahead)
        #expect(throws: BoardError.self) { try ward.apply(.admitPatient(AdmitPatient(patient: patient)), at: TestWard.t0) }
        #expect(ward.record.patient.injuredAt == nil)
    }

    @Test func aPatientWithoutAnInjuryTimeEncodesAsBeforeAndAnOldHeaderDecodes() throws {
        let ward = try TestWard()
        let encoded = try BoardJSON.encoder().encode(ward.record.patient)
        #expect(!String(decoding: encoded, as: UTF8.self).contains("injuredAt"))
        let decoded = try BoardJSON.decoder().decode(Patient.self, from: encoded)
        #expect(decoded == ward.record.patient && decoded.injuredAt == nil)
        var injured = ward.record.patient
        injured.injuredAt = Self.admitted
        let round = try BoardJSON.decoder().decode(Patient.self, from: try BoardJSON.encoder().encode(injured))
        #expect(round.injuredAt == Self.admitted)
    }
}
