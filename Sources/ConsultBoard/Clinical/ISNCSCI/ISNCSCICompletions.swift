import Foundation

/// The complete exams an exam with NT values stands for, as far as the AIS is concerned.
///
/// The classification reasons about each NT value separately (a motor level that may be lower, a count below
/// the NLI that may reach half, motor function that may be spared), so it can combine possibilities no single
/// completion has (an NT muscle cannot be both 0, for a level, and 3 or more, for the count). The AIS list is
/// therefore checked against the completions themselves: a grade that no way of filling in the NT values gives
/// is dropped. Only the grades that matter are tried: a motor NT as 0, 1, 3 and 5 (2 reads as 1 and 4 as 3 for
/// every AIS rule: function present, 3 or more, normal), sensation as 0, 1, 2, an anal finding as Yes and No.
///
/// With more than `limit` combinations (several NT values at once) the check is not made and the list stays as
/// the per-value reasoning gives it (a superset of the true answer, never missing a possible grade); the NT
/// values that carry a `*` or `**` flag are not filled in either (their meaning depends on the flag).
enum ISNCSCICompletions {
    /// The most completions tried: four motor NT values and two sensory, or fewer.
    static let limit = 4 * 4 * 4 * 4 * 3 * 3

    /// The AIS grades some completion gives, or `nil` when there is nothing to complete or too much.
    static func reachableGrades(_ exam: ISNCSCIExam) -> Set<AISGrade>? {
        var slots: [Slot] = []
        for side in [Side.right, .left] {
            let scores = exam[side]
            for (index, score) in scores.motor.enumerated() where score.grade == nil {
                guard score.flag == .none else { return nil }
                slots.append(.motor(side, index))
            }
            for (index, score) in scores.touch.enumerated() where score.grade == nil {
                guard score.flag == .none else { return nil }
                slots.append(.touch(side, index))
            }
            for (index, score) in scores.prick.enumerated() where score.grade == nil {
                guard score.flag == .none else { return nil }
                slots.append(.prick(side, index))
            }
        }
        if exam.analContraction == .notTestable { slots.append(.analContraction) }
        if exam.analSensation == .notTestable { slots.append(.analSensation) }
        guard !slots.isEmpty else { return nil }
        var combinations = 1
        for slot in slots {
            combinations *= slot.options
            if combinations > limit { return nil }
        }
        var grades: Set<AISGrade> = []
        func fill(_ index: Int, _ exam: ISNCSCIExam) {
            guard index < slots.count else {
                grades.formUnion(ISNCSCI.impairmentScale(exam).outcomes)
                return
            }
            for option in 0..<slots[index].options { fill(index + 1, slots[index].filled(exam, option: option)) }
        }
        fill(0, exam)
        return grades
    }

    enum Side { case right, left }

    enum Slot {
        case motor(Side, Int), touch(Side, Int), prick(Side, Int), analContraction, analSensation

        static let motorGrades = [0, 1, 3, 5]

        var options: Int {
            switch self {
            case .motor: Self.motorGrades.count
            case .touch, .prick: 3
            case .analContraction, .analSensation: 2
            }
        }

        func filled(_ exam: ISNCSCIExam, option: Int) -> ISNCSCIExam {
            var exam = exam
            switch self {
            case let .motor(side, index): exam[side].motor[index] = ISNCSCIScore(grade: Self.motorGrades[option], normal: 5)
            case let .touch(side, index): exam[side].touch[index] = ISNCSCIScore(grade: option, normal: 2)
            case let .prick(side, index): exam[side].prick[index] = ISNCSCIScore(grade: option, normal: 2)
            case .analContraction: exam.analContraction = option == 0 ? .yes : .no
            case .analSensation: exam.analSensation = option == 0 ? .yes : .no
            }
            return exam
        }
    }
}

extension ISNCSCIExam {
    fileprivate subscript(side: ISNCSCICompletions.Side) -> Side {
        get { side == .right ? right : left }
        set {
            if side == .right { right = newValue } else { left = newValue }
        }
    }
}

extension ISNCSCIPossibilities {
    /// The same possibilities without the outcomes `keep` refuses (all of them when it would refuse every one).
    func keeping(_ keep: (Outcome) -> Bool) -> ISNCSCIPossibilities<Outcome> {
        var kept = ISNCSCIPossibilities<Outcome>()
        for (outcome, reliance) in all where keep(outcome) { kept.add(outcome, reliance) }
        return kept.isEmpty ? self : kept
    }
}
