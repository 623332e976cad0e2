import Foundation
import Testing
@testable import ConsultBoard

/// Exams with NT values: every list the classification gives (AIS, levels, NLI, zones of partial preservation,
/// complete/incomplete) holds exactly the answers some completion of the NT values gives.
@Suite struct ISNCSCICompletionTests {
    /// Compares every list field with the brute force; records each difference with the exam's NT values.
    static func expectExact(_ exam: ISNCSCIExam, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let listed = ISNCSCIBruteForce.listed(exam)
        let reachable = ISNCSCIBruteForce.answers(exam)
        for field in ISNCSCIBruteForce.listFields where listed[field] != reachable[field] {
            let nt = ISNCSCIBruteForce.untestable(exam).map { "\($0)=\(ISNCSCIBruteForce.score(exam, $0)?.description ?? "NT")" }
            Issue.record(
                "\(label) \(field): listed \(listed[field]?.sorted() ?? []), completions give \(reachable[field]?.sorted() ?? []); NT: \(nt)",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: 0..<4)
    func randomInjuriesWithFewPlainNTValuesListExactlyWhatCompletionsGive(batch: Int) {
        var injuries = ISNCSCIRandomInjury(seed: 7_000 + UInt64(batch))
        for round in 0..<30 {
            let base = injuries.exam(flags: 0)
            let exam = injuries.withNT(base, count: Int.random(in: 1...4, using: &injuries.random), flagChance: 0)
            guard ISNCSCIBruteForce.completionCount(exam) <= 1_500 else { continue }
            Self.expectExact(exam, "batch \(batch) round \(round)")
        }
    }

    @Test(arguments: 0..<4)
    func randomInjuriesWithFlaggedScoresAndNTValuesListExactlyWhatCompletionsGive(batch: Int) {
        var injuries = ISNCSCIRandomInjury(seed: 9_000 + UInt64(batch))
        for round in 0..<30 {
            let base = injuries.exam(flags: 0.15)
            let exam = injuries.withNT(base, count: Int.random(in: 1...4, using: &injuries.random), flagChance: 0.4)
            guard ISNCSCIBruteForce.completionCount(exam) <= 1_500 else { continue }
            Self.expectExact(exam, "batch \(batch) round \(round)")
        }
    }

    /// Sensation normal through C5 and impaired (1) below on both sides, VAC and DAP present; right C5 NT; of the
    /// 18 key muscles below C5, eight at 5 and ten at 0; left C5 at 5. Filled 0-2 the NT muscle makes the NLI C4
    /// with 9 of 20 muscles at 3 or more (C); filled 3-5 the NLI is C5 with 8 of 18 (C). The per-score reasoning
    /// also lists D (NLI C4 with the NT muscle counted as 3 or more), which no completion gives.
    static let overListedD: ISNCSCITestExam = ISNCSCITestExam()
        .sensory(from: "C6", through: "S4_5", "1")
        .motor(["c6", "c7", "c8", "t1"], "5", side: "Left")
        .motor(["l2", "l3", "l4", "l5", "s1"], "0", side: "Left")
        .motor(["c6", "c7", "c8", "t1", "s1"], "0", side: "Right")
        .motor(["l2", "l3", "l4", "l5"], "5", side: "Right")
        .with("c5RightMotor", "NT")

    /// Light touch and pin prick from T2 to L5 on both sides: below the sensory level, above S4-5, so no AIS rule,
    /// level or zone reads them (64 values).
    static func untestableBelowTheLevel(_ exam: ISNCSCITestExam, _ value: String = "NT") -> ISNCSCITestExam {
        exam.sensory(from: "T2", through: "L5", value)
    }

    @Test func aGradeNoCompletionGivesIsLeftOutWithFewNTValues() throws {
        let c = try ISNCSCI.classify(Self.overListedD.values)
        #expect(c.ais == "C")
        #expect(c.neurologicalLevel == "C4,C5")
        Self.expectExact(try ISNCSCIExam(values: Self.overListedD.values), "one NT")
    }

    @Test func sixtyFiveNTValuesGiveWhatTheirOneDecidingValueGives() throws {
        let exam = Self.untestableBelowTheLevel(Self.overListedD)
        #expect(exam.values.values.filter { $0 == "NT" }.count == 65)
        let c = try ISNCSCI.classify(exam.values)
        // Known by construction: the 64 dermatomes below the sensory level decide nothing.
        #expect(c.ais == "C")
        for filled in ["0", "1", "2"] {
            let known = try ISNCSCI.classify(Self.untestableBelowTheLevel(Self.overListedD, filled).values)
            for field in ISNCSCIBruteForce.listFields {
                #expect(c.totals[field] == known.totals[field], "\(field) with the 64 values at \(filled)")
            }
        }
    }

    @Test func flaggedNTValuesDoNotStopTheCheck() throws {
        for flagged in ["NT*", "NT**"] {
            let exam = Self.overListedD.with("t5RightTouch", flagged).with("l2LeftPrick", flagged)
            #expect(try ISNCSCI.classify(exam.values).ais == "C", "with \(flagged) below the level")
            Self.expectExact(try ISNCSCIExam(values: exam.values), flagged)
            let many = Self.untestableBelowTheLevel(Self.overListedD, flagged)
            #expect(try ISNCSCI.classify(many.values).ais == "C", "with 64 values \(flagged) below the level")
        }
    }

    /// Every key muscle NT (20 values), sensation normal, VAC and DAP present: C (C5 at 0, the rest 0), D (only S1
    /// at 4: NLI S1, no key muscle below it) and E (all 5) are each given by some completion; A and B by none
    /// (VAC present).
    @Test func twentyNTKeyMusclesListEveryGradeSomeCompletionGives() throws {
        let exam = ISNCSCITestExam().motor(ISNCSCITestExam.keyMuscles, "NT")
        #expect(try ISNCSCI.classify(exam.values).aisGrades == ["C", "D", "E"])
        let noContraction = exam.with("analContraction", "No")
        // Without VAC: A is still impossible (DAP), E is (the motor level stops at S3); B with every muscle 5.
        #expect(try ISNCSCI.classify(noContraction.values).aisGrades == ["B", "C", "D"])
    }

    /// Every score and both anal findings NT (134 values): every grade is some completion's.
    @Test func anExamWithEveryValueNTListsEveryGrade() throws {
        var exam = ISNCSCITestExam().motor(ISNCSCITestExam.keyMuscles, "NT").sensory(from: "C2", through: "S4_5", "NT")
        exam = exam.with("analContraction", "NT").with("analSensation", "NT")
        #expect(try ISNCSCI.classify(exam.values).aisGrades == ["A", "B", "C", "D", "E"])
    }
}

