import Foundation

/// The AIS grades that some completion of an exam's NT values gives: exact, for any number of NT values.
///
/// The classification reasons about each score separately: it asks "may the motor level be here?", "may this
/// muscle grade 3 or more?", "may there be sacral sparing?" one question at a time. A plain NT score answers each
/// question in every way, so the AIS may combine answers no single completion has (an NT muscle at 0 for the
/// motor level and at 3 or more for the count below the NLI). Every other list (sensory and motor levels, NLI,
/// sensory zones, complete/incomplete) reads each score once per way and is exact already; the motor zones are
/// made exact by `ISNCSCIMotorZones`. The AIS list is cut down here to the grades some completion reaches.
///
/// What a completion is:
/// - A plain `NT` becomes any grade (motor 0-5, sensory 0-2) and an NT anal finding Yes or No.
/// - A flagged `NT*` becomes a flagged grade below normal, and `NT**` a `**` grade or the normal one. Nothing needs
///   filling in for them: every question reads `NT*` exactly as it reads `0*` (not normal; any grade below normal
///   possible: motor level here or above, function or none, 3 or more or not; sensation or none), and the
///   readings of `1*` ... `4*` are among those of `0*`; `NT**` and every completion of it read as normal. A
///   flagged score keeps the standard's reading for every completion (the classification reads a `*` score at
///   any grade from the recorded one up to just below normal, question by question, as the reference cases do).
///
/// Why the search below is exact (each grade is decided on its own; `reaches...` returns true exactly when some
/// completion gives the grade):
/// 1. The classification is monotone: when a score's readings are a subset of another's, every grade the first
///    allows the second allows too (grades are added for every combination of readings; no rule adds a grade
///    because a reading is missing). So a completion value may be replaced by one whose readings include its
///    readings, and a grade stays.
/// 2. A: only VAC, DAP and light touch / pin prick at S4-5 decide complete versus incomplete. A needs "complete",
///    which every one of them must read as absent; filling those NT values with No / 0 is the one completion
///    that matters (`reachesA`).
/// 3. E: E needs all four levels INT, i.e. walks that read every score of both sides as normal and VAC as Yes.
///    Filling every NT value normally is the one completion that matters (`reachesE`).
/// 4. B, C, D: take any completion X and a way the classification reaches the grade on it. On each side let d be
///    the first dermatome where X fills an NT with a grade below 2, and k the first key muscle where X fills an NT
///    with a grade below 5. The walks down the side (sensory, motor level, NLI) read only scores from the top
///    down to their stop; no walk reads a dermatome below d in a way that changes its result (sensation is then
///    no longer normal, the NLI has stopped, and the motor walk stops at the next segment without a key muscle),
///    and no walk reads a key muscle below k (each grade of k stops the motor and NLI walks at k or just above).
///    The filling `F(d, k, class of k's grade)` agrees with X on every score the walks read: NT above d and k
///    normal, d not normal, k's grade replaced by one that reads the same for every AIS rule (3 for 3-4, 1 for
///    1-2, 0 for 0). Below the stops the scores are read only for:
///    - sacral sensory sparing (S4-5 sensation): filled as 1 (sensation), which B, C and D all need, so by 1.
///      a grade of X stays;
///    - motor function more than three levels below the motor level (B versus C/D), and grades of 3 or more
///      below the NLI (C versus D). Each grade has a value that is best for both at once: B needs no function
///      (0), C needs function and as few grades of 3+ as possible (1), D function and as many as possible (5).
///    So F(d, k, class) with the grade's value below the stops gives the grade whenever X does; VAC is filled No
///    for B (B needs no anal contraction) and Yes for C and D when it may be (contraction makes the injury motor
///    incomplete and changes nothing else the C/D rule reads), DAP Yes (it counts only as sacral sparing).
///    Each side has at most 29 × 31 fillings, and the sides meet only through sacral sparing, motor
///    incompleteness, the NLI (the lower of the two sides' stops) and the count (the sum of the two sides'), so
///    each side's fillings are summarised on their own and the summaries combined.
///    Conversely every filling is a completion, so a grade found is a grade some completion gives.
/// The property tests compare this with classifying every completion.
enum ISNCSCICompletions {
    /// Whether the exam holds a plain NT value (the only kind that needs filling in).
    static func hasPlainNT(_ exam: ISNCSCIExam) -> Bool {
        exam.analContraction == .notTestable || exam.analSensation == .notTestable
            || [exam.right, exam.left].contains { side in
                (side.motor + side.touch + side.prick).contains(where: \.isPlainNT)
            }
    }

    /// The grades among `candidates` that some completion of the NT values gives.
    static func reachableGrades(_ exam: ISNCSCIExam, among candidates: Set<AISGrade>) -> Set<AISGrade> {
        var grades: Set<AISGrade> = []
        if candidates.contains(.a), reachesA(exam) { grades.insert(.a) }
        if candidates.contains(.e), reachesE(exam) { grades.insert(.e) }
        if candidates.contains(.b), reachesB(exam) { grades.insert(.b) }
        if candidates.contains(.c) || candidates.contains(.d) {
            grades.formUnion(motorIncompleteGrades(exam, wanted: candidates.intersection([.c, .d])))
        }
        return grades
    }

    // MARK: - A and E

    /// Complete is possible: the sacral NT values absent.
    static func reachesA(_ exam: ISNCSCIExam) -> Bool {
        var filled = exam
        if filled.analContraction == .notTestable { filled.analContraction = .no }
        if filled.analSensation == .notTestable { filled.analSensation = .no }
        filled.right = filled.right.fillingSacralNT(with: 0)
        filled.left = filled.left.fillingSacralNT(with: 0)
        return ISNCSCICompleteness.of(filled).contains(.complete)
    }

    /// Every level intact is possible: every NT value normal.
    static func reachesE(_ exam: ISNCSCIExam) -> Bool {
        var filled = exam
        if filled.analContraction == .notTestable { filled.analContraction = .yes }
        if filled.analSensation == .notTestable { filled.analSensation = .yes }
        filled.right = filled.right.fillingNormally
        filled.left = filled.left.fillingNormally
        return [filled.right, filled.left].allSatisfy { side in
            let levels = ISNCSCISideLevels(side: side, analContraction: filled.analContraction)
            return levels.sensoryLevel.contains(.intact) && levels.motorLevel.contains(.intact)
        }
    }

    // MARK: - B

    /// Sensory incomplete without motor function more than three levels below the motor level on either side.
    static func reachesB(_ exam: ISNCSCIExam) -> Bool {
        guard exam.analContraction != .yes else { return false }
        let deepAnalPressure = exam.analSensation != .no
        func summary(_ side: ISNCSCIExam.Side) -> (withoutSparing: Bool, withSacralSensation: Bool) {
            var result = (withoutSparing: false, withSacralSensation: false)
            for filled in side.fillings(below: 0) {
                let motorLevel = ISNCSCISideLevels(side: filled, analContraction: .no).motorLevel
                guard ISNCSCIImpairmentScale.sparing(filled, motorLevel: motorLevel).contains(false) else { continue }
                result.withoutSparing = true
                if filled.sacralSensation { result.withSacralSensation = true }
                if result.withSacralSensation { break }
            }
            return result
        }
        let right = summary(exam.right)
        let left = summary(exam.left)
        guard right.withoutSparing, left.withoutSparing else { return false }
        return deepAnalPressure || right.withSacralSensation || left.withSacralSensation
    }

    // MARK: - C and D

    /// What one filling of a side brings to the C/D rule.
    private struct SideOutcome {
        /// Where the side's NLI walk may stop.
        var stops: [ISNCSCISegment]
        /// Motor function more than three levels below the motor level is possible.
        var sparing: Bool
        /// Light touch or pin prick at S4-5 is possible.
        var sacralSensation: Bool
        var side: ISNCSCIExam.Side
    }

    /// One side's best count below an NLI `n`, for each combination of what the other side may need from it.
    private struct SideBest: Hashable {
        var stopsAtNLI: Bool
        var sparing: Bool
        var sacralSensation: Bool
    }

    /// Motor incomplete, with C (fewer than half of the key muscles below the NLI at 3 or more) or D.
    private static func motorIncompleteGrades(_ exam: ISNCSCIExam, wanted: Set<AISGrade>) -> Set<AISGrade> {
        let contraction: ISNCSCIAnalFinding = exam.analContraction == .no ? .no : .yes
        let deepAnalPressure = exam.analSensation != .no
        var grades: Set<AISGrade> = []
        for grade in wanted.sorted() {
            // C wants function without grades of 3 or more below the stops, D wants them all normal.
            let below = grade == .c ? 1 : 5
            let right = outcomes(exam.right, below: below, contraction: contraction)
            let left = outcomes(exam.left, below: below, contraction: contraction)
            let levels = Set(right.flatMap(\.stops) + left.flatMap(\.stops)).filter { $0 < .intact }
            for nli in levels.sorted() {
                let rightBest = best(right, nli: nli, grade: grade)
                let leftBest = best(left, nli: nli, grade: grade)
                let total = 2 * ISNCSCISegment.keyMuscles.filter { $0 > nli }.count
                search: for (r, rCount) in rightBest {
                    for (l, lCount) in leftBest where r.stopsAtNLI || l.stopsAtNLI {
                        let motorIncomplete = contraction == .yes || r.sparing || l.sparing
                        let incomplete = contraction == .yes || deepAnalPressure || r.sacralSensation || l.sacralSensation
                        guard motorIncomplete, incomplete else { continue }
                        let atLeastHalf = 2 * (rCount + lCount) >= total
                        if grade == .c ? !atLeastHalf : atLeastHalf {
                            grades.insert(grade)
                            break search
                        }
                    }
                }
                if grades.contains(grade) { break }
            }
        }
        return grades
    }

    private static func outcomes(
        _ side: ISNCSCIExam.Side, below: Int, contraction: ISNCSCIAnalFinding
    ) -> [SideOutcome] {
        side.fillings(below: below).map { filled in
            let motorLevel = ISNCSCISideLevels(side: filled, analContraction: contraction).motorLevel
            return SideOutcome(
                stops: Set(ISNCSCINeurologicalLevel.stops(filled).map(\.level)).sorted(),
                sparing: ISNCSCIImpairmentScale.sparing(filled, motorLevel: motorLevel).contains(true),
                sacralSensation: filled.sacralSensation, side: filled)
        }
    }

    /// For each kind of outcome that can reach the NLI `nli`, the smallest count of key muscles below it that
    /// certainly grade 3 or more (for C), or the largest count that may (for D).
    private static func best(_ outcomes: [SideOutcome], nli: ISNCSCISegment, grade: AISGrade) -> [SideBest: Int] {
        var best: [SideBest: Int] = [:]
        for outcome in outcomes {
            guard let lowest = outcome.stops.last, lowest >= nli else { continue }
            let count = KeyMuscleCount(sides: [outcome.side], below: nli)
            let value = grade == .c ? count.atLeastThree : count.possiblyAtLeastThree
            for stopsAtNLI in Set(outcome.stops.filter { $0 >= nli }.map { $0 == nli }) {
                let key = SideBest(stopsAtNLI: stopsAtNLI, sparing: outcome.sparing, sacralSensation: outcome.sacralSensation)
                if let current = best[key], grade == .c ? current <= value : current >= value { continue }
                best[key] = value
            }
        }
        return best
    }
}

extension ISNCSCIScore {
    /// `NT` without a flag: the only kind of score a completion fills in.
    var isPlainNT: Bool { grade == nil && flag == .none }
}

extension ISNCSCIExam.Side {
    /// Light touch or pin prick at S4-5 is possible.
    var sacralSensation: Bool { dermatomeSensation(touch: touch(at: .s4_5), prick: prick(at: .s4_5)).contains(true) }

    /// The side with the plain NT values at S4-5 filled with `grade`.
    func fillingSacralNT(with grade: Int) -> Self {
        var side = self
        let slot = ISNCSCISegment.s4_5.dermatomeSlot
        if side.touch[slot].isPlainNT { side.touch[slot] = ISNCSCIScore(grade: grade, normal: 2) }
        if side.prick[slot].isPlainNT { side.prick[slot] = ISNCSCIScore(grade: grade, normal: 2) }
        return side
    }

    /// Every filling `F(d, k, class)` of the side's plain NT values (see `ISNCSCICompletions`), with the NT key
    /// muscles below `k` at `below`.
    ///
    /// The stops are looked for only down to the first score that is certainly not normal: no walk passes it, so
    /// the scores below it are read only as the scores below a stop are (sacral sensation, function, 3 or more),
    /// and they are filled as those are.
    func fillings(below: Int) -> [Self] {
        let reach = self.reach
        var dermatomeStops: [Int?] = [nil]
        for slot in 0..<reach.dermatomes where touch[slot].isPlainNT || prick[slot].isPlainNT { dermatomeStops.append(slot) }
        var muscleStops: [(slot: Int, grade: Int)?] = [nil]
        for slot in 0..<reach.muscles where motor[slot].isPlainNT { muscleStops += [3, 1, 0].map { (slot, $0) } }
        var result: [Self] = []
        for dermatome in dermatomeStops {
            for muscle in muscleStops {
                result.append(filling(dermatomeStop: dermatome ?? reach.dermatomes, muscleStop: muscle, reach: reach.muscles, below: below))
            }
        }
        return result
    }

    /// The side with every plain NT value normal (what E needs).
    var fillingNormally: Self { filling(dermatomeStop: touch.count, muscleStop: nil, reach: motor.count, below: 5) }

    /// How far down the walks can go: to the first dermatome (slot) that cannot be normal, and the first key
    /// muscle that cannot be normal, included (an NT there may still stop them).
    private var reach: (dermatomes: Int, muscles: Int) {
        var dermatomes = touch.count
        for slot in 0..<touch.count where !dermatomeNormality(touch: touch[slot], prick: prick[slot]).contains(true) {
            dermatomes = slot + 1
            break
        }
        var muscles = motor.count
        for slot in 0..<motor.count where !motor[slot].motorSteps.contains(where: { $0.0 == .normal }) {
            muscles = slot + 1
            break
        }
        return (dermatomes, muscles)
    }

    /// The filling `F(d, k, class)`: plain NT sensation 2 above the dermatome stop and 1 from it down; plain NT
    /// key muscles 5 above the muscle stop (or, without one, above the reach), its grade at it, `below` under it.
    private func filling(dermatomeStop: Int, muscleStop: (slot: Int, grade: Int)?, reach: Int, below: Int) -> Self {
        var side = self
        for slot in 0..<touch.count {
            let grade = slot < dermatomeStop ? 2 : 1
            if side.touch[slot].isPlainNT { side.touch[slot] = ISNCSCIScore(grade: grade, normal: 2) }
            if side.prick[slot].isPlainNT { side.prick[slot] = ISNCSCIScore(grade: grade, normal: 2) }
        }
        for slot in 0..<motor.count where side.motor[slot].isPlainNT {
            let grade: Int
            if let muscleStop {
                grade = slot < muscleStop.slot ? 5 : slot == muscleStop.slot ? muscleStop.grade : below
            } else {
                grade = slot < reach ? 5 : below
            }
            side.motor[slot] = ISNCSCIScore(grade: grade, normal: 5)
        }
        return side
    }
}
