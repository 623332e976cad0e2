import Foundation

/// A `TrendChart` laid out for an inline SVG picture (the HTML handoff): coordinates only, as plain numbers, so a
/// template draws it with escaped variables and no markup comes from the data. Values are placed by time, the
/// thresholds are horizontal lines with their labels; y grows downwards as in SVG.
public struct SVGChart: Sendable, Equatable {
    public struct Dot: Sendable, Equatable {
        public var x: String
        public var y: String
    }

    public struct Line: Sendable, Equatable {
        public var y: String
        public var label: String
        /// Where the label sits (just above the line).
        public var labelY: String
    }

    public var width: Int
    public var height: Int
    /// The plot's right edge (the labels are written right of it).
    public var plotRight: String
    /// "4,52 80,40 ...": the polyline through the values.
    public var points: String
    public var dots: [Dot]
    public var thresholds: [Line]
    /// "Systolic BP trend: 104, 126, 168 mmHg" (the picture's text alternative, for print and screen readers).
    public var description: String

    /// The chart in a `width` x `height` box (user units), with `labelWidth` on the right for the threshold labels.
    public init?(_ chart: TrendChart, description: String, width: Int = 260, height: Int = 64, labelWidth: Int = 70) {
        guard let span = chart.valueSpan, let first = chart.points.first, let last = chart.points.last else { return nil }
        self.width = width
        self.height = height
        self.description = description
        let margin = 4.0
        let right = Double(width - labelWidth)
        let seconds = last.at.timeIntervalSince(first.at)
        func x(_ at: Date) -> Double {
            seconds > 0 ? margin + at.timeIntervalSince(first.at) / seconds * (right - 2 * margin) : right / 2
        }
        func y(_ value: Double) -> Double {
            margin + (1 - (value - span.low) / (span.high - span.low)) * (Double(height) - 2 * margin)
        }
        func n(_ value: Double) -> String { ClinicalNumber.format(value, maxDecimals: 1) }
        plotRight = n(right)
        dots = chart.points.map { Dot(x: n(x($0.at)), y: n(y($0.value))) }
        points = dots.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        thresholds = chart.thresholds.map { Line(y: n(y($0.value)), label: $0.label, labelY: n(y($0.value) + 3)) }
    }
}
