import Foundation

/// How each kind of score can be read by each question the classification asks of it.
///
/// A plain grade has one reading. `NT` may be any grade. A `**` score is taken as normal (ISNCSCI 2019: "consider
/// normal for classification"). A `*` score is not normal, and because the impairment is attributed to another
/// condition, its SCI-related grade may lie anywhere from the recorded grade up to just below normal; `NT*` is a
/// not-normal score of unknown grade. The reliances attached to each reading decide where the notation's `*`
/// appears; they follow the 2019 standard's rule that a classification variable depending on a flagged score is
/// itself flagged, as the reference data (Praxis ISNCSCI algorithm test cases, 2019.json) applies it.
enum MotorStep: Hashable, Sendable {
    /// Grade 5: the key muscle is normal; the motor level lies at or below it.
    case normal
    /// Grade 3 or 4: the motor level is this segment.
    case levelHere
    /// Grade 0-2: the motor level is the segment above.
    case levelAbove

    static func of(_ grade: Int) -> MotorStep { grade == 5 ? .normal : grade >= 3 ? .levelHere : .levelAbove }
}

extension ISNCSCIScore {
    /// Sensory: whether the score is normal (grade 2).
    var normality: [(Bool, ISNCSCIReliance)] {
        switch (grade, flag) {
        case let (grade?, .none): [(grade == normal, .none)]
        case (nil, .none): [(true, .none), (false, .none)]
        case (_?, .notNormal): [(false, .none)]  // a recorded 0 or 1 is not normal whatever its cause
        case (nil, .notNormal): [(false, .flaggedUntestable)]  // not normal only because the examiner says so
        case (_, .consideredNormal): [(true, .consideredNormal)]
        }
    }

    /// Motor: what the key muscle says about the motor level.
    var motorSteps: [(MotorStep, ISNCSCIReliance)] {
        switch (grade, flag) {
        case let (grade?, .none): [(.of(grade), .none)]
        case (nil, .none): [(.normal, .none), (.levelHere, .none), (.levelAbove, .none)]
        case let (grade?, .notNormal):
            // The recorded grade, or (tagged) any better grade short of normal.
            [(.of(grade), .none)] + (grade + 1..<normal).map { (.of($0), .flaggedImpairment) }
        case (nil, .notNormal): [(.levelAbove, .none), (.levelHere, .flaggedImpairment)]
        case (_?, .consideredNormal): [(.normal, .consideredNormal)]
        case (nil, .consideredNormal): [(.normal, .none)]  // NT could be 5 anyway
        }
    }

    /// Sensory: whether the dermatome keeps any sensation (grade above 0), for sacral sparing and the sensory
    /// zone of partial preservation.
    var sensation: [(Bool, ISNCSCIReliance)] {
        switch (grade, flag) {
        case let (grade?, .none): [(grade > 0, .none)]
        case (nil, .none), (nil, .notNormal): [(true, .none), (false, .none)]
        case (0, .notNormal): [(false, .flaggedImpairment), (true, .flaggedImpairment)]
        case (_?, .notNormal): [(true, .none)]
        case (_, .consideredNormal): [(true, .consideredNormal)]
        }
    }

    /// Motor: whether the key muscle has any function (grade above 0), for the motor zone of partial
    /// preservation.
    var functionBelowLevel: [(Bool, ISNCSCIReliance)] {
        switch (grade, flag) {
        case let (grade?, .none): [(grade > 0, .none)]
        case (nil, .none), (nil, .notNormal): [(true, .none), (false, .none)]
        case (0, .notNormal): [(false, .none), (true, .flaggedImpairment)]
        case (_?, .notNormal): [(true, .none)]
        case (_?, .consideredNormal): [(true, .consideredNormal)]
        case (nil, .consideredNormal): [(true, .none)]
        }
    }

    /// Motor: whether the key muscle has any function, for "motor function more than three levels below the
    /// motor level" (AIS B versus C). A flagged 0 read as 0 makes a motor-complete grade depend on the flag; read
    /// as hiding function it leads to a motor-incomplete grade that is not itself flagged.
    var functionForSparing: [(Bool, ISNCSCIReliance)] {
        switch (grade, flag) {
        case (0, .notNormal): [(false, .flaggedImpairment), (true, .hiddenFunction)]
        default: functionBelowLevel
        }
    }
}

/// The possibilities of one dermatome being normal: normal needs both light touch and pin prick normal.
///
/// When one of the two is plainly not testable, the dermatome as a whole is simply not testable: a `**` on the
/// other modality does not flag its normal reading.
func dermatomeNormality(touch: ISNCSCIScore, prick: ISNCSCIScore) -> ISNCSCIPossibilities<Bool> {
    var result = ISNCSCIPossibilities<Bool>()
    let plainNT = (touch.isNotTestable && touch.flag == .none) || (prick.isNotTestable && prick.flag == .none)
    for (touchNormal, touchReliance) in touch.normality {
        for (prickNormal, prickReliance) in prick.normality {
            if touchNormal && prickNormal {
                result.add(true, plainNT ? .none : touchReliance.union(prickReliance))
            } else {
                if !touchNormal { result.add(false, touchReliance) }
                if !prickNormal { result.add(false, prickReliance) }
            }
        }
    }
    return result
}

/// Whether a dermatome keeps any sensation (light touch or pin prick above 0).
func dermatomeSensation(touch: ISNCSCIScore, prick: ISNCSCIScore) -> ISNCSCIPossibilities<Bool> {
    .anyOf([ISNCSCIPossibilities(touch.sensation), ISNCSCIPossibilities(prick.sensation)])
}
