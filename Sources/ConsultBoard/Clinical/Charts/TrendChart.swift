import Foundation

/// A trend drawn as text: one column a value (the latest that fit), a dot at its height, threshold lines across,
/// the value axis on the left and the first and last times below. Box-drawing and block characters only, one
/// display column each, so it prints, pastes and reads in any terminal (and without colour).
///
/// ```
/// 250 ┤                  ●   creatinine umol/L
///     ┤               ●
/// 150 ┤         ●
///  81 ┼┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄ high 81
///  70 ┤●  ●
///     └───────────────────
///      11-18 06:00  11-24 06:00
/// ```
public struct TrendChart: Sendable {
    public struct Point: Sendable, Equatable {
        public var at: Date
        public var value: Double
        public init(at: Date, value: Double) {
            self.at = at
            self.value = value
        }
    }

    public struct Threshold: Sendable, Equatable {
        public var value: Double
        public var label: String
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    public var title: String
    public var points: [Point]
    public var thresholds: [Threshold]

    public init(title: String, points: [Point], thresholds: [Threshold] = []) {
        self.title = title
        self.points = points.filter(\.value.isFinite).sorted { $0.at < $1.at }
        self.thresholds = thresholds.filter(\.value.isFinite)
    }

    /// The chart in `width` display columns (at least 30) and `height` plot rows (at least 4).
    public func lines(width: Int, height: Int = 10, time: (Date) -> String) -> [String] {
        guard !points.isEmpty else { return [title, "(no values)"] }
        let rows = max(4, height)
        let values = points.map(\.value) + thresholds.map(\.value)
        guard var low = values.min(), var high = values.max() else { return [title] }
        if high == low {
            low -= 1
            high += 1
        }
        let labels = ([low, high] + thresholds.map(\.value)).map { ClinicalNumber.format($0, maxDecimals: 1) }
        let axis = (labels.map(\.count).max() ?? 1) + 1
        let thresholdText = thresholds.map { " \($0.label)" }.max { $0.count < $1.count } ?? ""
        let plotWidth = max(8, width - axis - 2 - thresholdText.count)
        let shown = Array(points.suffix(plotWidth))
        // Row 0 is the top (high); a value's row is its rounded position between low and high.
        func row(_ value: Double) -> Int {
            let fraction = (value - low) / (high - low)
            return min(rows - 1, max(0, Int(((1 - fraction) * Double(rows - 1)).rounded())))
        }
        var grid = Array(repeating: Array(repeating: Character(" "), count: plotWidth), count: rows)
        var rowLabels = Array(repeating: "", count: rows)
        var rowNotes = Array(repeating: "", count: rows)
        rowLabels[0] = ClinicalNumber.format(high, maxDecimals: 1)
        rowLabels[rows - 1] = ClinicalNumber.format(low, maxDecimals: 1)
        for threshold in thresholds {
            let r = row(threshold.value)
            for column in 0..<plotWidth { grid[r][column] = "┄" }
            rowLabels[r] = ClinicalNumber.format(threshold.value, maxDecimals: 1)
            rowNotes[r] = " " + threshold.label
        }
        for (column, point) in shown.enumerated() { grid[row(point.value)][column] = "●" }
        var lines = [title]
        for r in 0..<rows {
            let label = String(repeating: " ", count: max(0, axis - 1 - rowLabels[r].count)) + rowLabels[r] + " "
            let tick: Character = rowNotes[r].isEmpty ? "┤" : "┼"
            lines.append(label + String(tick) + String(grid[r]) + rowNotes[r])
        }
        lines.append(String(repeating: " ", count: axis) + "└" + String(repeating: "─", count: plotWidth))
        let first = time(shown.first?.at ?? Date()), last = time(shown.last?.at ?? Date())
        let gap = max(1, plotWidth - first.count - last.count)
        lines.append(String(repeating: " ", count: axis + 1) + first + (shown.count > 1 ? String(repeating: " ", count: gap) + last : ""))
        // A narrow chart shows the latest values only, and says how many of all.
        let count = shown.count == points.count ? "\(points.count) values" : "last \(shown.count) of \(points.count) values"
        lines.append("\(count); latest \(ClinicalNumber.format(shown.last?.value ?? 0, maxDecimals: 2))")
        return lines
    }
}
