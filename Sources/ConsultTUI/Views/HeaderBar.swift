import ConsultBoard

/// The header bar: the ward's title, the open critical values, how many patients have unread changes, and who
/// is signed in at what time.
///
/// A safety count is never cut: when the bar is narrow (or Chinese words take two columns each) the other parts
/// give way first: the unread count takes its short form then goes, the time goes, the name goes (to keep the
/// title whole); then the title shortens; only then does the critical count take its short form
/// ("‼ 2 critical"), which is still whole words.
enum HeaderBar {
    /// The parts as they fit `width` columns.
    struct Parts: Equatable {
        var title: String
        var critical: String?
        var unread: String?
        var right: String
    }

    static func draw(_ state: AppState, into canvas: inout Canvas) {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: .bar)
        let parts = fit(state, width: canvas.width)
        var x = canvas.put(parts.title, x: 0, y: 0, style: Style(bold: true, reverse: true))
        if let critical = parts.critical {
            // A click on the open critical values opens them (the `v` list).
            let written = canvas.put(critical, x: x, y: 0, style: Style(tone: .danger, bold: true, reverse: true))
            canvas.addHitRegion(x: x, y: 0, width: written, target: .criticalValues)
            x += written
        }
        if let unread = parts.unread {
            canvas.put(unread, x: x, y: 0, style: Style(tone: .warning, bold: true, reverse: true))
        }
        canvas.put(parts.right, x: canvas.width - DisplayWidth.of(parts.right), y: 0, style: .bar)
    }

    static func fit(_ state: AppState, width: Int) -> Parts {
        let title = tr("screen.title", ["ward": Sanitizer.line(state.board.ward)])
        let openCritical = state.criticalCounts.total
        let unreadCount = state.unread.count(in: state.board)
        let author = Sanitizer.line(state.author)
        let time = TimeFormat(timeZone: state.timeZone).dateTime(state.now)
        let critical: [String?] = openCritical > 0 ? [tr("critical.header", count: openCritical), tr("critical.header.short", count: openCritical)] : [nil]
        let unread: [String?] = unreadCount > 0 ? [tr("unread.header", count: unreadCount), tr("unread.header.short", count: unreadCount), nil] : [nil]
        let rights = ["\(author) · \(time) ", "\(author) ", ""]
        // First the whole title (the ward's name, and on a demo board the words saying its patients are fictional),
        // giving up the unread count, the time and the name for it; then at least its first words.
        for titleRoom in [DisplayWidth.of(title), min(DisplayWidth.of(title), 12)] {
            for (c, criticalText) in critical.enumerated() {
                for (r, right) in rights.enumerated() {
                    for unreadText in unread {
                        let used = [criticalText, unreadText].compactMap { $0 }.reduce(0) { $0 + DisplayWidth.of(" · " + $1) }
                            + DisplayWidth.of(right) + 1
                        // The last try (short critical count alone) is taken whatever the width: nothing else is left.
                        let last = titleRoom <= 12 && c == critical.count - 1 && r == rights.count - 1 && unreadText == nil
                        guard used + titleRoom <= width || last else { continue }
                        return Parts(
                            title: TextLayout.truncate(title, width: max(0, width - used)),
                            critical: criticalText.map { " · " + $0 }, unread: unreadText.map { " · " + $0 }, right: right)
                    }
                }
            }
        }
        return Parts(title: title, critical: nil, unread: nil, right: "")
    }
}
