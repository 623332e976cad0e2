import ConsultBoard

/// The words of handoff printing in the TUI (the board's marks, the preview's title, the status lines), in one
/// place so a message catalogue can take them over.
enum PrintWords {
    static func marked(_ count: Int) -> String {
        count == 0 ? "No patient marked: p previews the whole ward"
            : "\(count) patient\(count == 1 ? "" : "s") marked for the handoff (p previews them, Space unmarks)"
    }
    static func markedInfo(_ count: Int) -> String { "\(count) marked" }
    static let wholeWard = "Handoff · whole ward"
    static func chosen(_ count: Int) -> String { "Handoff · \(count) chosen patient\(count == 1 ? "" : "s")" }
    static func order(_ sort: HandoffSort) -> String { sort == .bed ? "bed order" : "unstable first" }
    static func previewRule(_ preview: PreviewState, setup: PrintSetup) -> String {
        "\(preview.title) · \(preview.lines.count) lines · \(setup.width) columns · \(order(setup.sort))"
            + " · w width · o order · s save · P print · Esc close"
    }
    static func badEnvironmentWidth(_ value: String) -> String {
        "\(PrintSetup.environmentVariable)=\(value) is not a width from \(Handoff.widths.lowerBound) to "
            + "\(Handoff.widths.upperBound) columns; printing at \(PrintSetup.defaultWidth)"
    }
    static func rendering(width: Int, sort: HandoffSort) -> String { "Preparing the handoff at \(width) columns, \(order(sort))…" }
}
