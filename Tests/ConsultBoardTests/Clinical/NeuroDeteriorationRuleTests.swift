import Foundation
import Testing
@testable import ConsultBoard

@Suite struct NeuroDeteriorationRuleTests {
    let rule = "neuro-deterioration"
    /// C6 AIS C, motor score 42, and C6 AIS B, motor score 32 (see `ISNCSCITestExam.c6Incomplete`).
    let aisC = ISNCSCITestExam.c6Incomplete(lower: "1")
    let aisB = ISNCSCITestExam.c6Incomplete(lower: "0")

    @Test func anAISFallIsAnUrgentAlertForSpineSurgeryAndNeurology() throws {
        var ward = try TestWard()
        let first = try ward.exam(aisC.values, at: TestWard.at(days: -2))
        let second = try ward.exam(aisB.values, at: TestWard.at(hours: -3))
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.severity == .urgent)
        #expect(alert.key == Alert.key(ruleID: rule, records: [first, second]))
        #expect(alert.notify == [.spineSurgery, .neurology])
        #expect(alert.message.contains("AIS C -> B, motor score 42 -> 32 (-10)"))
        #expect(alert.data.contains { $0.hasPrefix("exam \(second):") && $0.contains("dr.li") })
        // Urgent alerts come first in the summary.
        #expect(ClinicalSummary.of(ward.record, now: TestWard.t0, timeZone: .utc).alerts.first?.ruleID == rule)
    }

    @Test func aMotorFallOfFourFiresAndThreeDoesNot() throws {
        var four = try TestWard()
        try four.exam(aisC.values, at: TestWard.at(days: -1))
        try four.exam(aisC.motor(["l2", "l3", "l4", "l5"], "0", side: "Right").values, at: TestWard.at(hours: -2))
        #expect(four.alerts(rule).count == 1)
        var three = try TestWard()
        try three.exam(aisC.values, at: TestWard.at(days: -1))
        try three.exam(aisC.motor(["l2", "l3", "l4"], "0", side: "Right").values, at: TestWard.at(hours: -2))
        #expect(three.alerts(rule).isEmpty)
    }

    @Test func stableOrImprovingExamsAreSilent() throws {
        var ward = try TestWard()
        try ward.exam(aisB.values, at: TestWard.at(days: -4))
        try ward.exam(aisB.values, at: TestWard.at(days: -2))
        try ward.exam(aisC.values, at: TestWard.at(hours: -2))
        #expect(ward.alerts(rule).isEmpty)
        var single = try TestWard()
        try single.exam(aisB.values, at: TestWard.at(hours: -2))
        #expect(single.alerts(rule).isEmpty)
    }

    @Test func aDeteriorationStaysWhileItIsTheLatestOrRecent() throws {
        var ward = try TestWard()
        try ward.exam(aisC.values, at: TestWard.at(days: -20))
        try ward.exam(aisB.values, at: TestWard.at(days: -12))
        // Twelve days old but still the latest exam: current.
        #expect(ward.alerts(rule).count == 1)
        // A newer (stable) exam 10 days ago: the fall is neither the latest nor within 7 days.
        try ward.exam(aisB.values, at: TestWard.at(days: -10))
        #expect(ward.alerts(rule).isEmpty)
        // Within 7 days of a newer exam it stays.
        #expect(ward.alerts(rule, now: TestWard.at(days: -6)).count == 1)
    }

    @Test func anAcknowledgedDeteriorationIsKeptButClosed() throws {
        var ward = try TestWard()
        let first = try ward.exam(aisC.values, at: TestWard.at(days: -1))
        let second = try ward.exam(aisB.values, at: TestWard.at(hours: -3))
        try ward.acknowledge(Alert.key(ruleID: rule, records: [first, second]), reason: "Seen by spine surgery; MRI booked")
        let alert = try #require(ward.alerts(rule).first)
        #expect(!alert.isOpen)
        #expect(alert.acknowledgement?.reason == "Seen by spine surgery; MRI booked")
    }
}
