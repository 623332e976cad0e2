import Foundation
import Testing
@testable import ConsultBoard

/// What the board accepts when an exam is recorded (non-key muscles only where they exist), and that the AIS
/// list of an exam with NT values holds only grades some completion of those values gives.
@Suite struct ISNCSCIEntryTests {
    @Test func aNonKeyMuscleIsRecordedOnlyAtC5ToT1AndL2ToS1() throws {
        let exam = ISNCSCITestExam.c6Incomplete(lower: "0")
        for level in ["C5", "c7", "T1", "L2", "s1"] {
            #expect(throws: Never.self) { try ISNCSCIExam.checkForEntry(exam.with("rightLowestNonKeyMuscleWithMotorFunction", level).values) }
        }
        for level in ["C4", "T2", "T5", "L1", "S2"] {
            let values = exam.with("leftLowestNonKeyMuscleWithMotorFunction", level).values
            do {
                try ISNCSCIExam.checkForEntry(values)
                Issue.record("a non-key muscle at \(level) was accepted")
            } catch {
                #expect(error.description.contains("leftLowestNonKeyMuscleWithMotorFunction '\(level)'"))
                #expect(error.description.contains("C5-T1 and L2-S1"))
            }
            // The calculator itself still classifies it (the conformance cases hold T5 and L1).
            #expect(throws: Never.self) { try ISNCSCI.classify(values) }
        }
    }

    @Test func theBoardRefusesANonKeyMuscleWhereNoneExists() throws {
        var ward = try TestWard()
        let exam = ISNCSCITestExam.c6Incomplete(lower: "0")
        #expect(throws: BoardError.self) {
            try ward.exam(exam.with("rightLowestNonKeyMuscleWithMotorFunction", "T5").values, at: TestWard.at(hours: -1))
        }
        #expect(ward.record.exams.isEmpty)
        try ward.exam(exam.with("rightLowestNonKeyMuscleWithMotorFunction", "C8").values, at: TestWard.at(hours: -1))
        #expect(ward.record.exams.count == 1)
    }

    /// Random injuries with one to three values NT: each AIS the classification lists must be the AIS of at least
    /// one way of filling in the NT values (motor 0-5, sensation 0-2, anal findings Yes/No).
    @Test func anAISListWithNTValuesHoldsOnlyGradesACompletionGives() throws {
        var random = SeededGenerator(seed: 2019)
        let dermatomes = Array(ISNCSCITestExam.levels[1...28])
        for round in 0..<120 {
            var exam = ISNCSCITestExam()
            let level = Int.random(in: 3...26, using: &random)  // the first impaired dermatome
            let below = ["0", "1", "2"].randomElement(using: &random) ?? "0"
            for side in ["Right", "Left"] {
                for dermatome in dermatomes[level...] {
                    for modality in ["Touch", "Prick"] {
                        let value = Bool.random(using: &random) ? below : String(Int.random(in: 0...2, using: &random))
                        exam = exam.with(dermatome.lowercased() + side + modality, value)
                    }
                }
                for (index, muscle) in ISNCSCITestExam.keyMuscles.enumerated() where ISNCSCISegment.keyMuscles[index].index > level {
                    exam = exam.with(muscle + side + "Motor", String(Int.random(in: 0...5, using: &random) / (Bool.random(using: &random) ? 1 : 5)))
                }
            }
            exam = exam.with("analContraction", Bool.random(using: &random) ? "Yes" : "No")
            exam = exam.with("analSensation", Bool.random(using: &random) ? "Yes" : "No")

            // One to three NT values where they matter most: sacral sensation, anal findings, near the level.
            var candidates = ["s4_5RightTouch", "s4_5LeftPrick", "analContraction", "analSensation"]
            for side in ["Right", "Left"] {
                candidates.append(dermatomes[level].lowercased() + side + "Touch")
                candidates.append(dermatomes[max(0, level - 1)].lowercased() + side + "Prick")
                if let muscle = ISNCSCITestExam.keyMuscles.enumerated().first(where: { ISNCSCISegment.keyMuscles[$0.offset].index >= level })?.element {
                    candidates.append(muscle + side + "Motor")
                }
            }
            candidates.shuffle(using: &random)
            var untestable: [String] = []
            let count = Int.random(in: 1...3, using: &random)
            for key in candidates where untestable.count < count {
                let motors = untestable.filter { $0.hasSuffix("Motor") }.count
                if key.hasSuffix("Motor") && motors >= 1 { continue }
                untestable.append(key)
            }
            var withNT = exam
            for key in untestable { withNT = withNT.with(key, "NT") }
            let listed = Set(try ISNCSCI.classify(withNT.values).aisGrades)

            var reachable: Set<String> = []
            func complete(_ index: Int, _ values: ISNCSCITestExam) throws {
                guard index < untestable.count else {
                    reachable.formUnion(try ISNCSCI.classify(values.values).aisGrades)
                    return
                }
                let key = untestable[index]
                let options = key.hasPrefix("anal") ? ["Yes", "No"] : key.hasSuffix("Motor") ? (0...5).map(String.init) : ["0", "1", "2"]
                for option in options { try complete(index + 1, values.with(key, option)) }
            }
            try complete(0, withNT)
            #expect(listed.isSubset(of: reachable), "round \(round): NT at \(untestable) lists \(listed.sorted()), completions give \(reachable.sorted())")
            #expect(!listed.isEmpty)
        }
    }
}
