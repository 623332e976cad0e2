import Foundation
import Testing
@testable import ConsultBoard

/// Orthostatic hypotension (Freeman 2011: a fall of >= 20 mmHg systolic or >= 10 mmHg diastolic within 3 min of
/// standing or tilt): the derived pairs and the rule, firing and not firing at the boundaries.
@Suite struct OrthostaticHypotensionTests {
    private func ward(lying: Double, standing: Double, lyingDiastolic: Double? = nil, standingDiastolic: Double? = nil,
                      minutesApart: Double = 5) throws -> TestWard {
        var ward = try TestWard()
        let lyingAt = TestWard.at(hours: -1)
        let standingAt = lyingAt.addingTimeInterval(minutesApart * 60)
        try ward.lab("systolic-bp", lying, "mmHg", at: lyingAt)
        if let lyingDiastolic { try ward.lab("diastolic-bp", lyingDiastolic, "mmHg", at: lyingAt) }
        try ward.lab("systolic-bp-standing", standing, "mmHg", at: standingAt)
        if let standingDiastolic { try ward.lab("diastolic-bp-standing", standingDiastolic, "mmHg", at: standingAt) }
        return ward
    }

    private func fires(_ ward: TestWard) -> Bool {
        SafetyRuleSet.current.evaluate(ward.record, now: TestWard.t0).contains { $0.ruleID == "orthostatic-hypotension" }
    }

    @Test func aSystolicFallOf20FiresAnd19DoesNot() throws {
        #expect(fires(try ward(lying: 120, standing: 100)))
        #expect(!fires(try ward(lying: 120, standing: 101)))
        let finding = try #require(OrthostaticHypotension.tests(try ward(lying: 120, standing: 100).record).first)
        #expect(finding.systolicFall == 20 && finding.isOrthostaticHypotension)
    }

    @Test func aDiastolicFallOf10FiresAnd9DoesNot() throws {
        #expect(fires(try ward(lying: 120, standing: 110, lyingDiastolic: 80, standingDiastolic: 70)))
        #expect(!fires(try ward(lying: 120, standing: 110, lyingDiastolic: 80, standingDiastolic: 71)))
    }

    @Test func aLyingPressureMoreThan15MinutesBeforeIsNotItsPair() throws {
        #expect(fires(try ward(lying: 130, standing: 90, minutesApart: 15)))
        #expect(!fires(try ward(lying: 130, standing: 90, minutesApart: 16)))
        #expect(OrthostaticHypotension.tests(try ward(lying: 130, standing: 90, minutesApart: 16).record).isEmpty)
    }

    @Test func theAlertNamesBothReadingsAndTheNewComplicationKindsAreRecorded() throws {
        var ward = try ward(lying: 118, standing: 88)
        let alert = try #require(SafetyRuleSet.current.evaluate(ward.record, now: TestWard.t0).first { $0.ruleID == "orthostatic-hypotension" })
        #expect(alert.message.hasPrefix("Orthostatic hypotension on standing/tilt: systolic fell 30 mmHg"))
        #expect(alert.data.count == 2)
        for kind in [ComplicationKind.pressureInjury, .autonomicDysreflexia, .neurogenicBladder, .neurogenicBowel, .orthostaticHypotension, .respiratoryFailure] {
            try ward.apply(.addComplication(AddComplication(mrn: TestWard.mrn, kind: kind, summary: kind.label, onset: TestWard.at(hours: -2))))
        }
        #expect(ward.record.complications.map(\.kind.label).contains("pressure injury"))
        #expect(try ComplicationKind.parse("Neurogenic bladder", field: "kind") == .neurogenicBladder)
    }
}
