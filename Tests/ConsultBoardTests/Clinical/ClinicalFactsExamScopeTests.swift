import Foundation
import Testing
@testable import ConsultBoard

/// Counting alerts classifies only the end of the ISNCSCI course (`ClinicalFacts.ExamScope.readByRules`): the
/// alerts and the injury level must be those of the whole course, whatever the exams.
@Suite struct ClinicalFactsExamScopeTests {
    /// The kinds of exam a stay mixes: falls and rises of AIS and motor score, an ambiguous grade, an exam with a
    /// lumbar level (no dysreflexia risk), an intact one (no level) and one that no longer classifies.
    static let kinds: [[String: String]] = [
        ISNCSCITestExam.c6Incomplete(lower: "1").values,
        ISNCSCITestExam.c6Incomplete(lower: "0").values,
        ISNCSCITestExam.c6Incomplete(lower: "3").motor(["l2", "l3", "l4", "l5", "s1"], "NT", side: "Right").values,
        ISNCSCITestExam().sensory(from: "L3", through: "S4_5", "1").motor(["l3", "l4", "l5", "s1"], "0").values,
        ISNCSCITestExam().values,
        ["c5RightMotor": "9"],
    ]

    /// A ward whose patient's systolic pressure rose 46 mmHg above a baseline of 104 in the last hour: the
    /// dysreflexia rule fires if and only if the level is T6 or above, so the level the facts find shows in the alerts.
    func record(diagnosis: String) throws -> PatientRecord {
        var ward = try TestWard(diagnosis: diagnosis)
        for (hours, value) in [(-20.0, 100.0), (-16, 104), (-12, 108), (-1, 150)] {
            try ward.lab("systolic-bp", value, "mmHg", at: TestWard.at(hours: hours))
        }
        return ward.record
    }

    func exams(_ random: inout SeededGenerator) -> [ExamRecord] {
        (0..<Int.random(in: 0...10, using: &random)).map { index in
            // Quarter days over 40 days, and now and then exactly at the edge of the rule's 7-day window.
            let days = Int.random(in: 0..<8, using: &random) == 0 ? -7 : -Double(Int.random(in: 0...160, using: &random)) / 4
            let values = Self.kinds[Int.random(in: 0..<Self.kinds.count, using: &random)]
            return ExamRecord(id: "E-\(index + 1)", examinedBy: "dr.li", at: TestWard.at(days: days), values: values)
        }
    }

    @Test func theRulesReadTheSameAlertsAndLevelFromThePartTheyClassify() throws {
        let withLevel = try record(diagnosis: "C5 AIS B traumatic spinal cord injury")
        let withoutLevel = try record(diagnosis: "lumbar fracture")
        var random = SeededGenerator(seed: 14)
        var levels: Set<String> = []
        var firedAlerts = 0
        var shorterCourses = 0
        for round in 0..<400 {
            var record = round.isMultiple(of: 2) ? withLevel : withoutLevel
            record.exams = exams(&random)
            let now = TestWard.t0
            let whole = ClinicalFacts(record: record, now: now, timeZone: .utc)
            let read = ClinicalFacts(record: record, now: now, timeZone: .utc, exams: .readByRules)
            let alerts = SafetyRuleSet.current.evaluate(whole)
            #expect(SafetyRuleSet.current.evaluate(read) == alerts, "exams \(record.exams.map { ($0.id, $0.at) })")
            let level = InjuryLevel.of(record, neuro: whole.neuro)
            #expect(InjuryLevel.of(record, neuro: read.neuro) == level)
            #expect(ClinicalSummary.openAlertCount(record, now: now, timeZone: .utc) == alerts.count(where: \.isOpen))
            // The part is the end of the whole course.
            #expect(Array(whole.neuro.exams.suffix(read.neuro.exams.count)) == read.neuro.exams)
            levels.insert(level?.name ?? "none")
            firedAlerts += alerts.count
            if read.neuro.exams.count < whole.neuro.exams.count { shorterCourses += 1 }
        }
        // The cases reached what they are for: levels from exams and from neither, alerts, and courses cut short.
        #expect(levels.isSuperset(of: ["C5", "C6", "none"]) && levels.count >= 4, "\(levels)")
        #expect(firedAlerts > 100)
        #expect(shorterCourses > 100)
    }

    @Test func aLongStayClassifiesOnlyItsLastWeekAndTheExamBefore() throws {
        var record = try record(diagnosis: "C5 AIS B traumatic spinal cord injury")
        let aisC = ISNCSCITestExam.c6Incomplete(lower: "1").values
        // An exam every third day for 90 days, the last today.
        record.exams = (0..<31).map { ExamRecord(id: "E-\($0 + 1)", examinedBy: "dr.li", at: TestWard.at(days: Double(3 * $0 - 90)), values: aisC) }
        let read = ClinicalFacts(record: record, now: TestWard.t0, timeZone: .utc, exams: .readByRules)
        // Days -6, -3 and 0 are within the window; day -9's exam is the one before.
        #expect(read.neuro.exams.map(\.exam.id) == ["E-28", "E-29", "E-30", "E-31"])
        #expect(ClinicalFacts(record: record, now: TestWard.t0, timeZone: .utc).neuro.exams.count == 31)
    }

    @Test func anIntactOrUnclassifiableEndReachesBackToTheExamThatGivesTheLevel() throws {
        var record = try record(diagnosis: "lumbar fracture")
        record.exams = [
            ExamRecord(id: "E-1", examinedBy: "dr.li", at: TestWard.at(days: -30), values: ISNCSCITestExam.c6Incomplete(lower: "1").values),
            ExamRecord(id: "E-2", examinedBy: "dr.li", at: TestWard.at(days: -20), values: ISNCSCITestExam().values),
            ExamRecord(id: "E-3", examinedBy: "dr.li", at: TestWard.at(days: -1), values: ["c5RightMotor": "9"]),
        ]
        let read = ClinicalFacts(record: record, now: TestWard.t0, timeZone: .utc, exams: .readByRules)
        #expect(read.neuro.exams.map(\.exam.id) == ["E-1", "E-2", "E-3"])
        #expect(InjuryLevel.of(record, neuro: read.neuro)?.name == "C6")
        #expect(SafetyRuleSet.current.evaluate(read).contains { $0.ruleID == "autonomic-dysreflexia" })
    }
}
