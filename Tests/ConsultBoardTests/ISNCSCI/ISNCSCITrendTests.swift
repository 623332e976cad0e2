import Foundation
import Testing
@testable import ConsultBoard

@Suite struct ISNCSCITrendTests {
    private func exam(_ id: String, day: Double, _ exam: ISNCSCITestExam) -> ExamRecord {
        ExamRecord(id: id, examinedBy: "dr.li", at: Date(timeIntervalSince1970: 1_800_000_000 + day * 86_400), values: exam.values)
    }

    @Test func theTestExamsHaveTheGradesAndScoresTheTrendTestsNeed() throws {
        let b = try ISNCSCI.classify(ISNCSCITestExam.c6Incomplete(lower: "0").values)
        let c = try ISNCSCI.classify(ISNCSCITestExam.c6Incomplete(lower: "1").values)
        #expect(b.ais == "B" && b.neurologicalLevel == "C6" && b.motorTotalValue == 32)
        #expect(c.ais == "C" && c.motorTotalValue == 42)
    }

    @Test func anAISFallIsADeterioration() throws {
        let found = ISNCSCITrend.deteriorations([
            exam("E-3", day: 0, .c6Incomplete(lower: "1")), exam("E-9", day: 2, .c6Incomplete(lower: "0")),
        ])
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.fromExam == "E-3" && d.toExam == "E-9")
        #expect(d.fromAIS == "C" && d.toAIS == "B")
        #expect(d.changes == [.aisWorsened, .motorScoreFell])
        #expect(d.fromMotorTotal == 42 && d.toMotorTotal == 32 && d.motorFall == 10)
        #expect(d.description.hasPrefix("AIS C -> B, motor score 42 -> 32 (-10) from exam E-3"))
        #expect(!d.description.contains("\n"))
    }

    @Test func aMotorFallOfExactlyFourIsADeteriorationAndThreeIsNot() throws {
        let before = ISNCSCITestExam.c6Incomplete(lower: "1")
        let minusFour = before.motor(["l2", "l3", "l4", "l5"], "0", side: "Right")
        let minusThree = before.motor(["l2", "l3", "l4"], "0", side: "Right")
        #expect(try ISNCSCI.classify(minusFour.values).ais == "C")
        let four = ISNCSCITrend.deteriorations([exam("E-1", day: 0, before), exam("E-2", day: 1, minusFour)])
        #expect(four.count == 1)
        #expect(four.first?.changes == [.motorScoreFell])
        #expect(four.first?.motorFall == 4)
        let three = ISNCSCITrend.deteriorations([exam("E-1", day: 0, before), exam("E-2", day: 1, minusThree)])
        #expect(three.isEmpty)
    }

    @Test func anImprovementIsNotADeterioration() {
        let found = ISNCSCITrend.deteriorations([
            exam("E-1", day: 0, .c6Incomplete(lower: "0")), exam("E-2", day: 3, .c6Incomplete(lower: "1")),
            exam("E-3", day: 5, ISNCSCITestExam()),
        ])
        #expect(found.isEmpty)
    }

    @Test func examsAreComparedInTimeOrderWhateverTheListOrder() throws {
        let found = ISNCSCITrend.deteriorations([
            exam("E-9", day: 2, .c6Incomplete(lower: "0")), exam("E-3", day: 0, .c6Incomplete(lower: "1")),
        ])
        #expect(found.map(\.fromExam) == ["E-3"])
    }

    @Test func onlyACertainAISFallCountsWhenGradesAreAmbiguous() throws {
        // Lower limbs: left at 3, right not testable: C or D; motor score not determinable.
        let cOrD = ISNCSCITestExam.c6Incomplete(lower: "3").motor(["l2", "l3", "l4", "l5", "s1"], "NT", side: "Right")
        #expect(try ISNCSCI.classify(cOrD.values).ais == "C,D")
        #expect(try ISNCSCI.classify(cOrD.values).motorTotalValue == nil)
        let toC = ISNCSCITrend.deteriorations([exam("E-1", day: 0, cOrD), exam("E-2", day: 1, .c6Incomplete(lower: "1"))])
        #expect(toC.isEmpty)
        let toB = ISNCSCITrend.deteriorations([exam("E-1", day: 0, cOrD), exam("E-2", day: 1, .c6Incomplete(lower: "0"))])
        #expect(toB.map(\.changes) == [[.aisWorsened]])
        #expect(ISNCSCITrend.aisCertainlyFell(from: ["C", "D"], to: ["B"]))
        #expect(!ISNCSCITrend.aisCertainlyFell(from: ["C", "D"], to: ["C"]))
        #expect(!ISNCSCITrend.aisCertainlyFell(from: ["D"], to: ["A", "D"]))
    }

    @Test func anExamThatCannotBeClassifiedIsSkipped() {
        let broken = ExamRecord(id: "E-2", examinedBy: "dr.li", at: Date(timeIntervalSince1970: 1_800_050_000), values: ["c5RightMotor": "9"])
        let found = ISNCSCITrend.deteriorations([
            exam("E-1", day: 0, .c6Incomplete(lower: "1")), broken, exam("E-3", day: 2, .c6Incomplete(lower: "0")),
        ])
        #expect(found.map(\.toExam) == ["E-3"])
    }
}
