import Foundation

/// A neurological worsening between two consecutive ISNCSCI exams of a patient.
///
/// On a spinal cord injury ward a falling AIS grade or motor score can mean cord compression, a haematoma or
/// ischaemia: another part of the board turns each deterioration into an urgent alert for spine surgery and
/// neurology.
public struct NeuroDeterioration: Sendable, Equatable {
    /// What worsened.
    public enum Change: String, Sendable, Equatable {
        /// The AIS grade fell (for example C to B).
        case aisWorsened
        /// The motor score (UEMS + LEMS) fell by `ISNCSCITrend.motorFallThreshold` points or more.
        case motorScoreFell
    }

    public var fromExam: RecordID
    public var toExam: RecordID
    public var fromAt: Date
    public var toAt: Date
    /// The AIS as classified ("C", "B*", "C,D").
    public var fromAIS: String
    public var toAIS: String
    /// UEMS + LEMS, nil when not determinable (a key muscle not testable).
    public var fromMotorTotal: Int?
    public var toMotorTotal: Int?
    public var changes: [Change]
    /// One line for the alert: "AIS C -> B, motor score 52 -> 44 (-8) from exam E-12 (2026-11-20 08:00 UTC) to
    /// E-19 (2026-11-24 09:30 UTC)".
    public var description: String
    /// `description`, in the reader's words.
    public var text: ShownText = ""

    /// How many motor points were lost, when both totals are known.
    public var motorFall: Int? { fromMotorTotal.flatMap { from in toMotorTotal.map { from - $0 } } }
}

/// Finds neurological deteriorations in a patient's ISNCSCI exams.
///
/// Exams are taken in time order (ties by id) and each is compared with the one before it. A pair is a
/// deterioration when
/// - the AIS grade fell. When an exam allows several grades (not-testable segments), only a certain fall counts:
///   every grade the later exam allows is below every grade the earlier one allows (so "C,D" then "B" is a fall,
///   "C,D" then "C" is not). A possible but unproven fall is left to the motor score and to the clinician, so
///   the urgent alert is not raised by missing data alone.
/// - or the motor score (UEMS + LEMS) fell by 4 points or more, both scores being determinable.
///
/// Exams whose values cannot be classified (they are checked when recorded, so only hand-edited data) are
/// skipped, and their neighbours compared with each other.
public enum ISNCSCITrend {
    /// The smallest fall of the motor score (UEMS + LEMS) that counts as a deterioration.
    public static let motorFallThreshold = 4

    public static func deteriorations(_ exams: [ExamRecord]) -> [NeuroDeterioration] {
        NeuroCourse(exams).deteriorations
    }

    /// The deteriorations among exams already in time order and classified (see `NeuroCourse`).
    static func deteriorations(classified exams: [NeuroCourse.ClassifiedExam]) -> [NeuroDeterioration] {
        let classified = exams.compactMap { item in (try? item.classification.get()).map { (item.exam, $0) } }
        var found: [NeuroDeterioration] = []
        for (before, after) in zip(classified, classified.dropFirst()) {
            if let deterioration = compare(before.0, before.1, after.0, after.1) { found.append(deterioration) }
        }
        return found
    }

    /// Whether every grade of `after` is below every grade of `before`.
    static func aisCertainlyFell(from before: [String], to after: [String]) -> Bool {
        let from = before.compactMap(AISGrade.init(rawValue:))
        let to = after.compactMap(AISGrade.init(rawValue:))
        guard let worstBefore = from.min(), let bestAfter = to.max() else { return false }
        return bestAfter < worstBefore
    }

    private static func compare(
        _ a: ExamRecord, _ ca: ISNCSCIClassification, _ b: ExamRecord, _ cb: ISNCSCIClassification
    ) -> NeuroDeterioration? {
        var changes: [NeuroDeterioration.Change] = []
        var parts: [ShownText] = []
        if aisCertainlyFell(from: ca.aisGrades, to: cb.aisGrades) {
            changes.append(.aisWorsened)
            parts.append(.tr("neuro.aisFell", ["from": "\(ca.ais)", "to": "\(cb.ais)"]))
        }
        if let from = ca.motorTotalValue, let to = cb.motorTotalValue, from - to >= motorFallThreshold {
            changes.append(.motorScoreFell)
            parts.append(.tr("neuro.motorFell", ["from": "\(from)", "to": "\(to)", "fall": "\(from - to)"]))
        }
        guard !changes.isEmpty else { return nil }
        let text: ShownText = .tr("neuro.deterioration", [
            "changes": parts.joined(.tr("text.comma")), "from": "\(a.id)", "fromTime": "\(Self.time(a.at))",
            "to": "\(b.id)", "toTime": "\(Self.time(b.at))",
        ])
        return NeuroDeterioration(
            fromExam: a.id, toExam: b.id, fromAt: a.at, toAt: b.at, fromAIS: ca.ais, toAIS: cb.ais,
            fromMotorTotal: ca.motorTotalValue, toMotorTotal: cb.motorTotalValue, changes: changes,
            description: Sanitizer.line(text.english), text: text)
    }

    private static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return CalendarText.dayAndMinute(c) + " UTC"
    }
}
