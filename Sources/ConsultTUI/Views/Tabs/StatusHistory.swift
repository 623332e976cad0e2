import ConsultBoard

extension Document {
    /// A record's status history, oldest first: "11-25 08:30  requested → accepted  dr.wang (reason)".
    mutating func statusHistory<S: Lifecycle>(_ changes: [StatusChange<S>], time: TimeFormat) {
        heading(tr("list.statusHistory"))
        for change in changes {
            let move = change.from.map { "\($0.shown) → \(change.to.shown)" } ?? change.to.shown
            var spans: [(String, Style)] = [
                (time.short(change.at) + "  ", .muted), (move, Badges.style(change.to)), ("  " + Sanitizer.line(change.by), .muted),
            ]
            if change.reason == nil { line(spans); continue }
            spans.append(("", .plain))
            line(spans)
            if let reason = change.reason { text(tr("list.reason") + reason, style: .plain, indent: 13) }
        }
    }
}
