/// How a cell looks, in terms of what it means rather than which colour it is.
///
/// Views say "this is danger" or "this is selected"; the terminal driver decides how a terminal shows it: a
/// colour pair where colours are available and wanted, bold / reverse / underline where they are not (a
/// monochrome terminal, or `NO_COLOR` set). So the same screen reads correctly on both.
struct Style: Hashable, Sendable {
    /// The meaning of a piece of text, which picks its colour.
    enum Tone: Hashable, Sendable, CaseIterable {
        case normal
        /// Unstable patients, unacknowledged alerts, errors.
        case danger
        /// Watchers, urgent requests, things waiting on someone.
        case warning
        /// Stable, done, signed.
        case good
        /// Headings, ids, the focused field.
        case accent
        /// Secondary text: timestamps, authors, hints.
        case muted
    }

    var tone: Tone = .normal
    var bold = false
    /// The selected row, the header bar, the focused tab.
    var reverse = false
    var underline = false

    static let plain = Style()
    static let bold = Style(bold: true)
    static let selected = Style(reverse: true)
    static let bar = Style(reverse: true)
    static let danger = Style(tone: .danger, bold: true)
    static let warning = Style(tone: .warning)
    static let good = Style(tone: .good)
    static let accent = Style(tone: .accent)
    static let muted = Style(tone: .muted)
    static let heading = Style(tone: .accent, bold: true)

    /// The same style, shown as selected.
    var selected: Style {
        var style = self
        style.reverse = true
        return style
    }
}
