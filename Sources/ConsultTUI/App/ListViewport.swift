/// Scrolling a list so that its selected row stays visible, moving the window as little as possible.
enum ListViewport {
    /// The first visible row for a list of `count` rows showing `rows` at a time, given the previous first row.
    static func top(selected: Int, previousTop: Int, rows: Int, count: Int) -> Int {
        let rows = max(1, rows)
        var top = min(max(0, previousTop), max(0, count - rows))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        return max(0, top)
    }

    /// The index `delta` rows from `current`, kept inside the list.
    static func move(_ current: Int, by delta: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return min(max(0, current + delta), count - 1)
    }
}
