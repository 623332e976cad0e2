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
            var fallback = SystolicBaseline(
                value: thresholds.fallbackBaseline,
                description: "no baseline of the patient's own (\(window.count) readings in the \(ClinicalNumber.plain(thresholds.baselineDays)) days before): \(ClinicalNumber.plain(thresholds.fallbackBaseline)) mmHg, "
                    + (thresholds.fallbackBaseline == SCIThresholds.shipped.fallbackBaseline
                        ? "the upper usual resting systolic pressure at T6 or above"
                        : "the ward's setting (\(SCIThresholds.wardFile))"),
                isOwn: false)
            fallback.text = .tr("baseline.fallback", [
                "count": "\(window.count)", "days": "\(ClinicalNumber.plain(thresholds.baselineDays))",
                "value": "\(ClinicalNumber.plain(thresholds.fallbackBaseline))",
                "why": thresholds.fallbackBaseline == SCIThresholds.shipped.fallbackBaseline
                    ? .tr("baseline.fallbackShipped") : .tr("baseline.fallbackWard", ["file": "\(SCIThresholds.wardFile)"]),
            ])
            return fallback
        }
        let sorted = window.map(\.value).sorted()
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        var own = SystolicBaseline(
            value: median,
            description: "median \(ClinicalNumber.format(median, maxDecimals: 1)) mmHg of the patient's \(window.count) readings \(time(first.at)) to \(time(last.at))",
            isOwn: true)
        own.text = .tr("baseline.median", [
            "value": "\(ClinicalNumber.format(median, maxDecimals: 1))", "count": "\(window.count)",
            "from": "\(time(first.at))", "to": "\(time(last.at))",
        ])
        return own
    }
}
