import Foundation

extension ClinicalFacts {
    /// Which of a stay's ISNCSCI exams the facts classify.
    ///
    /// Classifying is the costliest fact of a record (a long stay has an exam every few days, and the board list
    /// counts every patient's alerts when it opens: `perf` put classifying every exam of every stay at a tenth of
    /// the first screen's CPU). The rules read only the end of the course, so counting alerts classifies only
    /// that and gets the same alerts (`ClinicalFactsExamScopeTests` holds the two equal).
    public enum ExamScope: Sendable {
        /// Every exam: the course the clinical panel, the handoff and the Results tab show.
        case all
        /// The exams the safety rules read at the facts' time (`neuroReadByRules`).
        case readByRules
    }

    /// The end of the course the safety rules read at `now`, classified:
    /// - the neurological-deterioration rule compares consecutive classifiable exams whose later one is the latest
    ///   exam or lies within its window: every exam from the first such one on, and before it back to (and with)
    ///   the nearest exam that classifies, which is the earlier exam of any such pair;
    /// - the injury level (MAP, FVC and autonomic dysreflexia rules) is that of the latest exam that classifies
    ///   with a level: further back until one gives a level.
    /// Exams before that are left out. With no exams, the course is empty, as the whole one would be.
    static func neuroReadByRules(_ exams: [ExamRecord], now: Date) -> NeuroCourse {
        let ordered = NeuroCourse.inTimeOrder(exams)
        guard let last = ordered.indices.last else { return NeuroCourse(classified: []) }
        // The earliest exam a deterioration may end at: within the window, or else the latest.
        let windowStart =
            ordered.firstIndex { now.timeIntervalSince($0.at) <= NeuroDeteriorationRule.window } ?? last
        var read = ordered[windowStart...].map(NeuroCourse.ClassifiedExam.init)
        var hasLevel = read.contains { InjuryLevel.fromExam($0) != nil }
        var hasEarlierClassifiable = false
        var index = windowStart
        while index > ordered.startIndex, !(hasLevel && hasEarlierClassifiable) {
            index -= 1
            let classified = NeuroCourse.ClassifiedExam(ordered[index])
            read.insert(classified, at: 0)
            if case .success = classified.classification { hasEarlierClassifiable = true }
            if !hasLevel, InjuryLevel.fromExam(classified) != nil { hasLevel = true }
        }
        return NeuroCourse(classified: read)
    }
}
