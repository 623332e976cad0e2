import Foundation

/// A patient's ISNCSCI exams in time order, each classified once, with the deteriorations between them.
///
/// Classifying an exam is the costliest derived fact on the board; the safety rules, the handoff and the TUI's
/// clinical panel all need it, so `ClinicalFacts` builds this once per patient and they share it.
public struct NeuroCourse: Sendable, Equatable {
    /// One exam and what ISNCSCI makes of it (an exam recorded before a parser change may no longer classify).
    public struct ClassifiedExam: Sendable, Equatable {
        public var exam: ExamRecord
        public var classification: Result<ISNCSCIClassification, ISNCSCIError>

        /// `exam`, classified.
        init(_ exam: ExamRecord) {
            self.exam = exam
            classification = Result { () throws(ISNCSCIError) in try ISNCSCI.classify(exam.values) }
        }
    }

    /// Every exam, oldest first (ties by id, numerically).
    public var exams: [ClassifiedExam]
    /// Each worsening between consecutive classifiable exams (see `ISNCSCITrend`).
    public var deteriorations: [NeuroDeterioration]

    public init(_ exams: [ExamRecord]) {
        self.init(classified: Self.inTimeOrder(exams).map(ClassifiedExam.init))
    }

    /// The course of exams already in time order and classified (a part of a stay: `ClinicalFacts.ExamScope`).
    init(classified exams: [ClassifiedExam]) {
        self.exams = exams
        deteriorations = ISNCSCITrend.deteriorations(classified: exams)
    }

    /// Oldest first, ties by id (numerically).
    static func inTimeOrder(_ exams: [ExamRecord]) -> [ExamRecord] {
        exams.sorted { $0.at != $1.at ? $0.at < $1.at : $0.id.compare($1.id, options: .numeric) == .orderedAscending }
    }

    /// The latest exam.
    public var latest: ClassifiedExam? { exams.last }
    /// The exam before the latest.
    public var previous: ClassifiedExam? { exams.count > 1 ? exams[exams.count - 2] : nil }

    /// The worsening from the exam before the latest to the latest, if there is one.
    public var latestDeterioration: NeuroDeterioration? {
        guard let latest, let previous else { return nil }
        return deteriorations.first { $0.toExam == latest.exam.id && $0.fromExam == previous.exam.id }
    }
}
