import ConsultBoard

/// The words of handoff printing in the TUI (the board's marks, the preview's title, the status lines), from the
/// message catalogue.
enum PrintWords {
    static func marked(_ count: Int) -> String {
        count == 0 ? tr("print.marked.none") : tr("print.marked", count: count)
    }
    static func markedInfo(_ count: Int) -> String { tr("print.markedInfo", count: count) }
    static var wholeWard: String { tr("preview.ward") }
    static func patient(_ name: String) -> String { tr("preview.patient", ["name": name]) }
    static func chosen(_ count: Int) -> String { tr("print.chosen", count: count) }
    static func order(_ sort: HandoffSort) -> String { sort == .bed ? tr("print.order.bed") : tr("print.order.severity") }
    static func previewRule(_ preview: PreviewState, setup: PrintSetup) -> String {
        tr("print.previewRule", ["title": preview.title, "lines": String(preview.lines.count),
                                 "width": String(setup.width), "order": order(setup.sort)])
    }
    static func badEnvironmentWidth(_ value: String) -> String {
        tr("print.badEnvironmentWidth", ["variable": PrintSetup.environmentVariable, "value": value,
                                         "min": String(Handoff.widths.lowerBound), "max": String(Handoff.widths.upperBound),
                                         "default": String(PrintSetup.defaultWidth)])
    }
    static func rendering(width: Int, sort: HandoffSort) -> String {
        tr("print.rendering", ["width": String(width), "order": order(sort)])
    }
}
