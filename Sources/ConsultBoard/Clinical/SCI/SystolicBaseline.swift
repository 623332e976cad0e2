import Foundation

/// The patient's own baseline systolic pressure before a reading, as the autonomic dysreflexia rule uses it.
public struct SystolicBaseline: Sendable, Equatable {
    /// mmHg.
    public var value: Double
    /// "median of 5 readings 2026-11-17 08:00 to 2026-11-24 07:00" or "no baseline of her own: 110 mmHg ...".
    public var description: String
    /// Whether it came from the patient's own readings.
    public var isOwn: Bool
    /// `description`, in the reader's words.
    public var text: ShownText = ""

    /// The median systolic pressure of `thresholds.baselineDays` before `reading` (leaving out the last
    /// `baselineGapHours`), when there are enough readings; else the fallback.
    public static func before(
        _ reading: LabValue, in series: [LabValue], thresholds: SCIThresholds, time: (Date) -> String
    ) -> SystolicBaseline {
        let end = reading.at.addingTimeInterval(-thresholds.baselineGapHours * 3600)
        let start = reading.at.addingTimeInterval(-thresholds.baselineDays * 86400)
        let window = series.filter { $0.at >= start && $0.at <= end && $0.id != reading.id }
        guard window.count >= thresholds.baselineMinimumReadings, let first = window.first, let last = window.last else {
            let text: ShownText = .tr("baseline.fallback", [
                "count": "\(window.count)", "days": "\(ClinicalNumber.plain(thresholds.baselineDays))",
                "value": "\(ClinicalNumber.plain(thresholds.fallbackBaseline))",
                "why": thresholds.fallbackBaseline == SCIThresholds.shipped.fallbackBaseline
                    ? .tr("baseline.fallbackShipped") : .tr("baseline.fallbackWard", ["file": "\(SCIThresholds.wardFile)"]),
            ])
            return SystolicBaseline(value: thresholds.fallbackBaseline, description: text.english, isOwn: false, text: text)
        }
        let sorted = window.map(\.value).sorted()
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        let text: ShownText = .tr("baseline.median", [
            "value": "\(ClinicalNumber.format(median, maxDecimals: 1))", "count": "\(window.count)",
            "from": "\(time(first.at))", "to": "\(time(last.at))",
        ])
        return SystolicBaseline(value: median, description: text.english, isOwn: true, text: text)
    }
}
