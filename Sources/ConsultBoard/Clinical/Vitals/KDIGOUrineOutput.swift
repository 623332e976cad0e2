import Foundation

/// The KDIGO urine-output criterion of acute kidney injury, from recorded urine outputs and the weight.
///
/// KDIGO Clinical Practice Guideline for Acute Kidney Injury, Kidney Int Suppl 2012;2:1-138, Table 2:
/// stage 1: < 0.5 mL/kg/h for 6-12 hours; stage 2: < 0.5 mL/kg/h for 12 hours or more; stage 3: < 0.3 mL/kg/h for
/// 24 hours or more, or anuria for 12 hours or more.
///
/// Each urine output covers the hours before its time (`periodHours`). A window (the last 6, 12 or 24 hours
/// before the latest output's time) counts only when the outputs in it cover it entirely, without gaps: an
/// uncharted hour is not an hour without urine. The rate over a window is its total volume / weight / hours.
public enum KDIGOUrineOutput {
    public struct Finding: Sendable, Equatable, Codable {
        /// 1, 2 or 3.
        public var stage: Int
        /// "0.41 mL/kg/h over the 12 h to 2026-11-24 08:00".
        public var description: String
        /// The outputs the finding rests on.
        public var records: [RecordID]
        /// The time of the latest output of the window (the end of the hours it speaks for).
        public var end: Date?
        /// How `end` is written in `description`, so that a document writing every time its own way (the
        /// handoff) can write this one the same way (`described(time:)`).
        public var endText: String?

        /// What `description` says, kept apart so the reader's language can word it (`text`, `shownText(time:)`);
        /// not encoded: a finding read back has only its English description.
        var measured: Measured?
        struct Measured: Sendable, Equatable {
            /// mL/kg/h, or nil for anuria.
            var rate: Double?
            var hours: Double
            var volume: Double
            var weight: Double
        }
        private enum CodingKeys: String, CodingKey { case stage, description, records, end, endText }

        public init(stage: Int, description: String, records: [RecordID], end: Date? = nil, endText: String? = nil) {
            self.stage = stage
            self.description = description
            self.records = records
            self.end = end
            self.endText = endText
        }

        /// The description in the language of the moment.
        public var text: ShownText { shownText { _ in endText ?? "" } }

        /// The description in the reader's words with its end time written by `time` (as `described(time:)`).
        public func shownText(time: (Date) -> String) -> ShownText {
            guard let measured, let end else { return .plain(described(time: time)) }
            let what: ShownText = measured.rate.map { .tr("aki.urine.rate", ["rate": "\(ClinicalNumber.format($0, maxDecimals: 2))"]) }
                ?? .tr("aki.urine.anuria")
            return .tr("aki.urine.finding", [
                "what": what, "hours": "\(ClinicalNumber.plain(measured.hours))", "end": "\(time(end))",
                "volume": "\(ClinicalNumber.plain(measured.volume))", "weight": "\(ClinicalNumber.plain(measured.weight))",
            ])
        }

        /// The description with its end time written by `time`.
        public func described(time: (Date) -> String) -> String {
            guard let end, let endText, let range = description.range(of: endText, options: .backwards) else { return description }
            return description.replacingCharacters(in: range, with: time(end))
        }
    }

    /// The highest stage the outputs meet, or nil (none met, no weight, or too little charted).
    public static func stage(_ outputs: [LabValue], weightKg: Double?, time: (Date) -> String) -> Finding? {
        guard let weight = weightKg, weight > 0 else { return nil }
        let sorted = outputs.filter { $0.test == "urine-output" && $0.unit == "mL" && ($0.periodHours ?? 0) > 0 }
            .sorted { $0.at < $1.at }
        guard let end = sorted.last?.at else { return nil }
        func window(_ hours: Double) -> (rate: Double, volume: Double, records: [LabValue])? {
            let start = end.addingTimeInterval(-hours * 3600)
            let inside = sorted.filter { $0.at.addingTimeInterval(-($0.periodHours ?? 0) * 3600) >= start && $0.at <= end }
            // Covered without gaps: walking back from the end, each output's period starts where the next one's ended.
            var reached = end
            for output in inside.reversed() {
                guard output.at >= reached.addingTimeInterval(-1) else { continue }
                reached = min(reached, output.at.addingTimeInterval(-(output.periodHours ?? 0) * 3600))
            }
            guard reached <= start.addingTimeInterval(1) else { return nil }
            let volume = inside.reduce(0) { $0 + $1.value }
            return (volume / weight / hours, volume, inside)
        }
        func finding(_ stage: Int, _ hours: Double, _ w: (rate: Double, volume: Double, records: [LabValue]), anuria: Bool = false) -> Finding {
            let what = anuria ? "anuria (0 mL)" : "\(ClinicalNumber.format(w.rate, maxDecimals: 2)) mL/kg/h"
            var found = Finding(
                stage: stage, description: "\(what) over the \(ClinicalNumber.plain(hours)) h to \(time(end)) (\(ClinicalNumber.plain(w.volume)) mL, \(ClinicalNumber.plain(weight)) kg)",
                records: w.records.map(\.id), end: end, endText: time(end))
            found.measured = .init(rate: anuria ? nil : w.rate, hours: hours, volume: w.volume, weight: weight)
            return found
        }
        if let w = window(24), w.rate < 0.3 { return finding(3, 24, w) }
        if let w = window(12), w.volume == 0 { return finding(3, 12, w, anuria: true) }
        if let w = window(12), w.rate < 0.5 { return finding(2, 12, w) }
        if let w = window(6), w.rate < 0.5 { return finding(1, 6, w) }
        return nil
    }
}
