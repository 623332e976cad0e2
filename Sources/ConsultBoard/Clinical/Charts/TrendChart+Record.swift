import Foundation

// The one chart model of a patient's series: the text chart (`lines`), the TUI's braille chart, the handoff's
// SVG and the sparklines all draw a `TrendChart` built here, so they show the same points and thresholds.
extension TrendChart {
    /// The derived series a chart can also show besides the recorded tests.
    public static let egfr = "egfr"
    /// KDIGO CKD 2012: eGFR below 30 mL/min/1.73 m² is category G4 (severely decreased), where the drug and
    /// contrast rules of the board change.
    public static let egfrThreshold = 30.0

    /// The chart of `test` (a recorded test by name or alias, or `egfr`) for a record: the values in the unit of
    /// the latest (a chart never converts), with the reference and critical limits of the ward's ranges, the
    /// fever threshold for temperature and eGFR 30 for eGFR. `nil` when nothing is recorded.
    public static func of(_ record: PatientRecord, test: String, ranges: ReferenceRangeTable, now: Date) -> TrendChart? {
        if test.lowercased() == egfr {
            let points = RenalSummary.of(record, now: now).series.compactMap { estimate in
                estimate.eGFR.map { Point(at: estimate.sample.at, value: $0) }
            }
            guard !points.isEmpty else { return nil }
            return TrendChart(
                title: "eGFR (\(CKDEPI2021.unit), CKD-EPI 2021)", points: points,
                thresholds: [Threshold(value: egfrThreshold, label: "eGFR 30")])
        }
        let series = record.labs(named: test)
        guard let latest = series.last else { return nil }
        let thresholds = Self.thresholds(for: latest, of: record.patient, ranges: ranges)
        return TrendChart(
            title: "\(latest.test) (\(latest.unit))",
            points: series.filter { $0.unit == latest.unit }.map { Point(at: $0.at, value: $0.value) },
            thresholds: thresholds)
    }

    /// The lines a chart of `latest`'s test draws: the ward's critical and reference limits, and the fever
    /// threshold (38.0 °C) for temperature.
    public static func thresholds(for latest: LabValue, of patient: Patient, ranges: ReferenceRangeTable) -> [Threshold] {
        var thresholds: [Threshold] = []
        if let range = ranges.range(for: latest, of: patient) {
            if let v = range.criticalHigh { thresholds.append(Threshold(value: v, label: tr("chart.threshold.critical", ["value": ClinicalNumber.plain(v)]))) }
            if let v = range.high { thresholds.append(Threshold(value: v, label: tr("chart.threshold.high", ["value": ClinicalNumber.plain(v)]))) }
            if let v = range.low, v > 0 { thresholds.append(Threshold(value: v, label: tr("chart.threshold.low", ["value": ClinicalNumber.plain(v)]))) }
            if let v = range.criticalLow { thresholds.append(Threshold(value: v, label: tr("chart.threshold.critical", ["value": ClinicalNumber.plain(v)]))) }
        }
        if latest.test == "temperature", !thresholds.contains(where: { $0.value == FeverSummary.thresholdCelsius }) {
            thresholds.append(Threshold(value: FeverSummary.thresholdCelsius, label: tr("chart.threshold.fever", ["value": "\(FeverSummary.thresholdCelsius)"])))
        }
        return thresholds
    }

    /// The chart's last `width` values as a sparkline (the same points the chart draws).
    public func sparkline(width: Int = 12) -> String {
        Sparkline.of(points.map(\.value), width: width)
    }

    /// The value range a drawing spans: every point and threshold, widened by one when flat.
    public var valueSpan: (low: Double, high: Double)? {
        let values = points.map(\.value) + thresholds.map(\.value)
        guard let low = values.min(), let high = values.max() else { return nil }
        return high == low ? (low - 1, high + 1) : (low, high)
    }
}
