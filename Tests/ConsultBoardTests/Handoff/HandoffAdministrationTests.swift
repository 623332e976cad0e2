import Foundation
import Testing
@testable import ConsultBoard

/// The handoff shows the administration record on the order line, flags and sparklines on the figures.
@Suite struct HandoffAdministrationTests {
    @Test func theOrderLineCarriesTheLastDoseGivenAndTheHeldDose() throws {
        var ward = try TestWard()
        let id = try ward.medication("enoxaparin", dose: "60 mg", frequency: "q12h", at: TestWard.t0)
        try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .given, at: TestWard.at(hours: 1), due: TestWard.at(hours: 1))), at: TestWard.at(hours: 1))
        try ward.apply(.recordDose(RecordDose(orderID: id, outcome: .held, reason: "LP tomorrow")), at: TestWard.at(hours: 13))
        let utc = try #require(TimeZone(identifier: "UTC"))
        var document = try Handoff.document(board: ward.board, format: .text, width: 120, generatedBy: "x", now: TestWard.at(hours: 14), timeZone: utc)
        var order = try #require(document.patients.first?.medications.first)
        #expect(order.summary.contains("last given 24 Nov 09:00"))
        #expect(order.summary.contains("held 24 Nov 21:00: LP tomorrow"))
        #expect(!order.summary.contains("OVERDUE"))
        // Nothing recorded for more than an hour after the next dose was due (12 h after the held one).
        document = try Handoff.document(board: ward.board, format: .text, width: 120, generatedBy: "x", now: TestWard.at(hours: 26.1), timeZone: utc)
        order = try #require(document.patients.first?.medications.first)
        #expect(order.summary.contains("DOSE OVERDUE since 25 Nov 09:00"))
    }

    @Test func figuresCarryASparklineOfTheirTrend() throws {
        var ward = try TestWard()
        for (hours, value) in [(0.0, 100.0), (24, 150), (48, 250)] { try ward.creatinine(value, "umol/L", at: TestWard.at(hours: hours)) }
        let utc = try #require(TimeZone(identifier: "UTC"))
        let document = try Handoff.document(board: ward.board, format: .text, width: 120, generatedBy: "x", now: TestWard.at(hours: 50), timeZone: utc)
        let figure = try #require(document.patients.first?.figures.first { $0.test == "Creatinine" })
        #expect(figure.sparkline == "▁▃█")
        #expect(figure.summary.contains("trend ▁▃█ 100 ↑ 150 ↑ 250"))
        #expect(figure.flagMark == "H")
    }
}

@Suite struct HandoffCriticalValueTests {
    @Test func anOpenCriticalValueIsHandedOverUntilItsLoopIsClosed() throws {
        var ward = try TestWard()
        let k = try ward.lab("potassium", 6.6, "mmol/L", at: TestWard.t0)
        let utc = try #require(TimeZone(identifier: "UTC"))
        func lines() throws -> [String] {
            try Handoff.document(board: ward.board, format: .text, width: 120, generatedBy: "x", now: TestWard.at(hours: 2), timeZone: utc)
                .patients.first?.criticalValues.map(\.summary) ?? []
        }
        #expect(try lines() == ["potassium 6.6 mmol/L HH (\(k)) sampled 24 Nov 08:00: NOT YET RECEIVED"])
        try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: true)), at: TestWard.at(hours: 0.5))
        try ward.apply(.notifyCriticalValue(NotifyCriticalValue(labID: k, doctor: "dr.wang")), at: TestWard.at(hours: 0.6))
        #expect(try lines().first?.contains("NO ACTION RECORDED YET; received by dr.li from lab, read back; dr.wang notified") == true)
        try ward.apply(.closeCriticalValue(CloseCriticalValue(labID: k, action: "insulin-dextrose")), at: TestWard.at(hours: 1))
        #expect(try lines().isEmpty)
        let text = try Handoff.render(board: ward.board, template: HandoffTemplate.standard(.text), width: 80, generatedBy: "x", now: TestWard.at(hours: 2), timeZone: utc)
        #expect(!text.contains("Critical values open"))
    }
}
