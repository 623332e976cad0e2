import ConsultBoard
import Foundation

/// A `TrendChart` drawn in braille: each character cell holds 2 x 4 dots, so a 60-column chart has 120 points of
/// time and four heights a row. Values are placed by their time (a gap in the record is a gap on the chart) and
/// joined by lines; each threshold is a dotted line with its label at the right. The value axis is on the left,
/// the first and last times below. Braille cells are one display column, and the picture needs no colour.
enum BrailleChart {
    /// The chart in `width` display columns and `height` rows of plot (at least 30 and 3).
    static func lines(_ chart: TrendChart, width: Int, height: Int, time: (Date) -> String) -> [String] {
        guard let span = chart.valueSpan, let first = chart.points.first, let last = chart.points.last else {
            return ["(no values)"]
        }
        let rows = max(3, height)
        let labels = ([span.low, span.high] + chart.thresholds.map(\.value)).map { ClinicalNumber.format($0, maxDecimals: 1) }
        let axis = (labels.map(\.count).max() ?? 1) + 1
        let noteWidth = chart.thresholds.map { DisplayWidth.of($0.label) + 1 }.max() ?? 0
        let columns = max(10, width - axis - 1 - noteWidth)
        let dotsX = columns * 2, dotsY = rows * 4
        var bits = Array(repeating: Array(repeating: UInt8(0), count: columns), count: rows)
        func set(_ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < dotsX, y < dotsY else { return }
            let pattern: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
            bits[y / 4][x / 2] |= pattern[y % 4][x % 2]
        }
        func dotY(_ value: Double) -> Int {
            let fraction = (value - span.low) / (span.high - span.low)
            return min(dotsY - 1, max(0, Int(((1 - fraction) * Double(dotsY - 1)).rounded())))
        }
        let seconds = last.at.timeIntervalSince(first.at)
        func dotX(_ at: Date) -> Int {
            guard seconds > 0 else { return dotsX / 2 }
            return min(dotsX - 1, max(0, Int((at.timeIntervalSince(first.at) / seconds * Double(dotsX - 1)).rounded())))
        }
        var notes = Array(repeating: "", count: rows)
        var rowLabels = Array(repeating: "", count: rows)
        rowLabels[0] = ClinicalNumber.format(span.high, maxDecimals: 1)
        rowLabels[rows - 1] = ClinicalNumber.format(span.low, maxDecimals: 1)
        for threshold in chart.thresholds {
            let y = dotY(threshold.value)
            for x in stride(from: 0, to: dotsX, by: 3) { set(x, y) }
            notes[y / 4] = notes[y / 4].isEmpty ? threshold.label : notes[y / 4] + ", " + threshold.label
            rowLabels[y / 4] = ClinicalNumber.format(threshold.value, maxDecimals: 1)
        }
        // Each value a dot, joined to the one before by a straight line of dots.
        var previous: (x: Int, y: Int)?
        for point in chart.points {
            let current = (x: dotX(point.at), y: dotY(point.value))
            if let from = previous {
                let steps = max(abs(current.x - from.x), abs(current.y - from.y), 1)
                for step in 0...steps {
                    let t = Double(step) / Double(steps)
                    set(from.x + Int((Double(current.x - from.x) * t).rounded()), from.y + Int((Double(current.y - from.y) * t).rounded()))
                }
            } else {
                set(current.x, current.y)
            }
            previous = current
        }
        var out: [String] = []
        for r in 0..<rows {
            let label = String(repeating: " ", count: max(0, axis - 1 - rowLabels[r].count)) + rowLabels[r] + " "
            let cells = String(String.UnicodeScalarView(bits[r].compactMap { Unicode.Scalar(0x2800 + UInt32($0)) }))
            out.append(label + (notes[r].isEmpty ? "┤" : "┼") + cells + (notes[r].isEmpty ? "" : " " + notes[r]))
        }
        out.append(String(repeating: " ", count: axis) + "└" + String(repeating: "─", count: columns))
        let start = time(first.at), end = time(last.at)
        let gap = max(1, columns - start.count - end.count)
        out.append(String(repeating: " ", count: axis + 1) + start + (chart.points.count > 1 ? String(repeating: " ", count: gap) + end : ""))
        return out
    }
}
