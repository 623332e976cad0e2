import Foundation
import Testing
@testable import ConsultBoard

/// `BoardCommand.acknowledgeAlert` accepts only a current, not yet acknowledged alert of the patient.
@Suite struct AlertAcknowledgementTests {
    /// A patient with one open LMWH alert (CrCl 29.5 mL/min, enoxaparin 40 mg daily).
    func wardWithAnAlert() throws -> (TestWard, String) {
        var ward = try TestWard(age: 80, sex: .female, weightKg: 50)
        try ward.creatinine(1.2, at: TestWard.at(hours: -6))
        let order = try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        return (ward, "lmwh-renal-dose:\(order)")
    }

    @Test func acknowledgingKeepsTheAlertButClosesIt() throws {
        var (ward, key) = try wardWithAnAlert()
        let later = TestWard.at(hours: 1)
        let id = try ward.acknowledge(key, reason: "Nephrology: keep 40 mg, anti-Xa monitored", at: later)
        let alert = try #require(ward.alerts("lmwh-renal-dose", now: later).first)
        #expect(!alert.isOpen)
        #expect(alert.acknowledgement?.id == id)
        #expect(alert.acknowledgement?.by == "dr.li")
        #expect(alert.acknowledgement?.at == later)
        #expect(alert.acknowledgement?.reason == "Nephrology: keep 40 mg, anti-Xa monitored")
        let summary = ClinicalSummary.of(ward.record, now: later, timeZone: .utc)
        #expect(summary.openAlerts.isEmpty)
        #expect(summary.acknowledgedAlerts.map(\.key) == [key])
    }

    @Test func aSecondAcknowledgementIsRefused() throws {
        var (ward, key) = try wardWithAnAlert()
        try ward.acknowledge(key)
        #expect {
            try ward.acknowledge(key)
        } throws: { error in
            guard case let BoardError.alreadyRecorded(record, what) = error else { return false }
            return record.english == "alert \(key)" && what.english.contains("acknowledged by dr.li")
        }
        #expect(ward.record.acknowledgements.count == 1)
    }

    @Test func aKeyThatIsNotACurrentAlertIsRefused() throws {
        var (ward, key) = try wardWithAnAlert()
        #expect {
            try ward.acknowledge("gadolinium-renal:O-99")
        } throws: { error in
            guard case let BoardError.inconsistent(words) = error else { return false }
            let message = words.english
            return message.contains("not a current alert of patient \(TestWard.mrn)") && message.contains(key)
        }
        // Once the order stops, its alert is gone and can no longer be acknowledged.
        try ward.setStatus(String(key.dropFirst("lmwh-renal-dose:".count)), .discontinued)
        #expect(throws: BoardError.self) { try ward.acknowledge(key) }
        #expect(ward.record.acknowledgements.isEmpty)
    }

    @Test func anUnknownPatientIsRefused() throws {
        var (ward, key) = try wardWithAnAlert()
        #expect(throws: BoardError.unknownPatient("SCI-9999")) {
            try ward.apply(.acknowledgeAlert(AcknowledgeAlert(mrn: "SCI-9999", alertKey: key, reason: "x")))
        }
    }

    @Test func anAcknowledgementStaysWithItsAlertWhileTheDataMoves() throws {
        var (ward, key) = try wardWithAnAlert()
        try ward.acknowledge(key)
        // A worse creatinine the next day changes the data lines, not the key: still acknowledged.
        try ward.creatinine(1.6, at: TestWard.at(hours: 20))
        let alert = try #require(ward.alerts("lmwh-renal-dose", now: TestWard.at(hours: 21)).first)
        #expect(alert.key == key)
        #expect(!alert.isOpen)
        // A new order is a new alert, open.
        try ward.medication("Enoxaparin", dose: "1 mg/kg", frequency: "q12h", at: TestWard.at(hours: 22))
        #expect(ward.alerts("lmwh-renal-dose", now: TestWard.at(hours: 22)).filter(\.isOpen).count == 1)
    }
}
