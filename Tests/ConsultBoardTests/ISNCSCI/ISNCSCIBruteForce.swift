import Foundation
@testable import ConsultBoard

/// The slow, obviously right answer for exams with NT values: classify every completion and gather the answers.
///
/// A plain `NT` is completed with every grade (motor 0-5, sensory 0-2, anal Yes/No). A flagged `NT*` ("not
/// normal for classification") is completed with every flagged grade below normal (motor `0*`-`4*`, sensory
/// `0*`, `1*`); an `NT**` ("normal for classification") with every `**` grade and the normal grade. The exams the
/// tests build keep the number of NT values small enough for this to run in a unit test.
enum ISNCSCIBruteForce {
    /// The fields holding a list of answers (levels, zones, completeness, AIS).
    static let listFields = [
        "rightSensory", "leftSensory", "rightMotor", "leftMotor", "neurologicalLevelOfInjury", "rightSensoryZpp",
        "leftSensoryZpp", "rightMotorZpp", "leftMotorZpp", "asiaImpairmentScale", "injuryComplete",
    ]

    /// Where a value sits in the typed exam.
    enum Slot: Hashable, CustomStringConvertible {
        case motor(right: Bool, Int), touch(right: Bool, Int), prick(right: Bool, Int), analContraction, analSensation

        var description: String {
            func side(_ right: Bool) -> String { right ? "Right" : "Left" }
            switch self {
            case let .motor(right, index): return ISNCSCISegment.keyMuscles[index].name.lowercased() + side(right) + "Motor"
            case let .touch(right, index): return ISNCSCISegment.dermatomes[index].name.lowercased() + side(right) + "Touch"
            case let .prick(right, index): return ISNCSCISegment.dermatomes[index].name.lowercased() + side(right) + "Prick"
            case .analContraction: return "analContraction"
            case .analSensation: return "analSensation"
            }
        }
    }

    /// Every slot of an exam, in worksheet order.
    static let allSlots: [Slot] = {
        var slots: [Slot] = []
        for right in [true, false] {
            slots += (0..<10).map { Slot.motor(right: right, $0) }
            slots += (0..<28).map { Slot.touch(right: right, $0) }
            slots += (0..<28).map { Slot.prick(right: right, $0) }
        }
        return slots + [.analContraction, .analSensation]
    }()

    /// The slots holding an NT value (plain or flagged).
    static func untestable(_ exam: ISNCSCIExam) -> [Slot] {
        allSlots.filter { slot in
            switch slot {
            case .analContraction: exam.analContraction == .notTestable
            case .analSensation: exam.analSensation == .notTestable
            default: score(exam, slot)?.grade == nil
            }
        }
    }

    static func score(_ exam: ISNCSCIExam, _ slot: Slot) -> ISNCSCIScore? {
        switch slot {
        case let .motor(right, index): (right ? exam.right : exam.left).motor[index]
        case let .touch(right, index): (right ? exam.right : exam.left).touch[index]
        case let .prick(right, index): (right ? exam.right : exam.left).prick[index]
        case .analContraction, .analSensation: nil
        }
    }

    static func setting(_ exam: ISNCSCIExam, _ slot: Slot, _ score: ISNCSCIScore) -> ISNCSCIExam {
        var exam = exam
        switch slot {
        case let .motor(right, index): if right { exam.right.motor[index] = score } else { exam.left.motor[index] = score }
        case let .touch(right, index): if right { exam.right.touch[index] = score } else { exam.left.touch[index] = score }
        case let .prick(right, index): if right { exam.right.prick[index] = score } else { exam.left.prick[index] = score }
        case .analContraction, .analSensation: break
        }
        return exam
    }

    /// The exams an NT slot may be completed to.
    static func completions(_ exam: ISNCSCIExam, _ slot: Slot) -> [ISNCSCIExam] {
        switch slot {
        case .analContraction:
            return [ISNCSCIAnalFinding.yes, .no].map { var e = exam; e.analContraction = $0; return e }
        case .analSensation:
            return [ISNCSCIAnalFinding.yes, .no].map { var e = exam; e.analSensation = $0; return e }
        default:
            guard let nt = score(exam, slot) else { return [exam] }
            let normal = nt.normal
            let scores: [ISNCSCIScore]
            switch nt.flag {
            case .none: scores = (0...normal).map { ISNCSCIScore(grade: $0, normal: normal) }
            case .notNormal: scores = (0..<normal).map { ISNCSCIScore(grade: $0, flag: .notNormal, normal: normal) }
            case .consideredNormal:
                scores = (0..<normal).map { ISNCSCIScore(grade: $0, flag: .consideredNormal, normal: normal) }
                    + [ISNCSCIScore(grade: normal, normal: normal)]
            }
            return scores.map { setting(exam, slot, $0) }
        }
    }

    /// The number of completions (to keep the tests' exams small).
    static func completionCount(_ exam: ISNCSCIExam) -> Int {
        untestable(exam).reduce(1) { $0 * completions(exam, $1).count }
    }

    /// For each list field, every answer (without its flag) some completion gives.
    static func answers(_ exam: ISNCSCIExam) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        func fill(_ slots: ArraySlice<Slot>, _ exam: ISNCSCIExam) {
            guard let slot = slots.first else {
                let c = ISNCSCI.classify(exam)
                for field in listFields {
                    result[field, default: []].formUnion(ISNCSCIClassification.answers(c.totals[field] ?? ""))
                }
                return
            }
            for completed in completions(exam, slot) { fill(slots.dropFirst(), completed) }
        }
        fill(ArraySlice(untestable(exam)), exam)
        return result
    }

    /// For each list field, the answers (without flags) the classification lists.
    static func listed(_ exam: ISNCSCIExam) -> [String: Set<String>] {
        let c = ISNCSCI.classify(exam)
        var result: [String: Set<String>] = [:]
        for field in listFields { result[field] = Set(ISNCSCIClassification.answers(c.totals[field] ?? "")) }
        return result
    }
}

/// Random injuries for the property tests: a sensory and a motor stop per side with impaired scores below them,
/// sometimes flagged for a non-SCI condition, sometimes a lowest non-key muscle, random anal findings.
struct ISNCSCIRandomInjury {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func bool(_ chance: Double = 0.5) -> Bool { Double.random(in: 0..<1, using: &random) < chance }

    mutating func flagged(_ grade: Int, normal: Int, chance: Double) -> ISNCSCIScore {
        guard grade < normal, bool(chance) else { return ISNCSCIScore(grade: grade, normal: normal) }
        return ISNCSCIScore(grade: grade, flag: bool() ? .notNormal : .consideredNormal, normal: normal)
    }

    mutating func side(flags: Double) -> ISNCSCIExam.Side {
        let sensoryStop = Int.random(in: 0...30, using: &random)  // 28 and up: every dermatome normal
        let motorStop = Int.random(in: 0...12, using: &random)  // 10 and up: every key muscle normal
        let sparse = bool(0.4)  // below the stops, mostly absent
        var touch: [ISNCSCIScore] = []
        var prick: [ISNCSCIScore] = []
        for index in 0..<28 {
            func value() -> Int {
                index < sensoryStop ? 2 : index == sensoryStop ? Int.random(in: 0...1, using: &random)
                    : sparse ? (bool(0.8) ? 0 : Int.random(in: 0...2, using: &random)) : Int.random(in: 0...2, using: &random)
            }
            touch.append(flagged(value(), normal: 2, chance: flags))
            prick.append(flagged(value(), normal: 2, chance: flags))
        }
        var motor: [ISNCSCIScore] = []
        for index in 0..<10 {
            let grade = index < motorStop ? 5 : index == motorStop ? Int.random(in: 0...4, using: &random)
                : sparse ? (bool(0.8) ? 0 : Int.random(in: 0...5, using: &random)) : Int.random(in: 0...5, using: &random)
            motor.append(flagged(grade, normal: 5, chance: flags))
        }
        var nonKey: ISNCSCISegment?
        if bool(0.2) {
            let levels = [4, 5, 6, 7, 8, 21, 22, 23, 24, 25]
            nonKey = ISNCSCISegment(index: levels[Int.random(in: 0..<levels.count, using: &random)])
        }
        return ISNCSCIExam.Side(motor: motor, touch: touch, prick: prick, lowestNonKeyMuscleWithMotorFunction: nonKey)
    }

    mutating func exam(flags: Double) -> ISNCSCIExam {
        ISNCSCIExam(
            right: side(flags: flags), left: side(flags: flags),
            analContraction: bool() ? .yes : .no, analSensation: bool() ? .yes : .no)
    }

    /// Makes `count` slots NT, preferring those that decide something: near the stops, the sacral ones, and the key
    /// muscles; `flagChance` of them flagged `NT*` or `NT**`.
    mutating func withNT(_ exam: ISNCSCIExam, count: Int, flagChance: Double) -> ISNCSCIExam {
        var exam = exam
        var chosen: Set<ISNCSCIBruteForce.Slot> = []
        let sacral: [ISNCSCIBruteForce.Slot] = [
            .analContraction, .analSensation, .touch(right: true, 27), .prick(right: true, 27), .touch(right: false, 27),
            .prick(right: false, 27),
        ]
        while chosen.count < count {
            let slot: ISNCSCIBruteForce.Slot
            switch Int.random(in: 0..<10, using: &random) {
            case 0...1: slot = sacral[Int.random(in: 0..<sacral.count, using: &random)]
            case 2...6: slot = .motor(right: bool(), Int.random(in: 0..<10, using: &random))
            default:
                let index = Int.random(in: 0..<28, using: &random)
                slot = bool() ? .touch(right: bool(), index) : .prick(right: bool(), index)
            }
            chosen.insert(slot)
        }
        for slot in chosen {
            switch slot {
            case .analContraction: exam.analContraction = .notTestable
            case .analSensation: exam.analSensation = .notTestable
            default:
                let normal = ISNCSCIBruteForce.score(exam, slot)?.normal ?? 2
                let flag: ISNCSCIScore.Flag = bool(flagChance) ? (bool() ? .notNormal : .consideredNormal) : .none
                exam = ISNCSCIBruteForce.setting(exam, slot, ISNCSCIScore(grade: nil, flag: flag, normal: normal))
            }
        }
        return exam
    }
}
