import ConsultBoard

/// The visual rows of the text in an editor: which characters each screen row shows.
///
/// `TextLayout.wrap` gives the strings of wrapped text for display; an editor also needs to know which
/// character each row starts with, to move the cursor up and down through wrapped rows. This layout breaks
/// at the same places (after a space, around a wide character, inside a word only when it is longer than the
/// whole row) and keeps the indices.
struct WrappedText: Sendable, Equatable {
    /// One screen row: the characters `start..<end` (a newline ending the row is not part of it).
    struct Row: Sendable, Equatable {
        var start: Int
        var end: Int
    }

    let rows: [Row]

    /// Lays `characters` out in rows of at most `width` columns.
    init(_ characters: [Character], width: Int) {
        let width = max(2, width)
        var rows: [Row] = []
        var start = 0
        var column = 0
        var lastBreak: Int?  // the index a row may start at (after a space, around a wide character)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                rows.append(Row(start: start, end: index))
                start = index + 1
                column = 0
                lastBreak = nil
                index += 1
                continue
            }
            let w = DisplayWidth.of(character)
            if column + w > width, index > start {
                let breakAt = lastBreak.flatMap { $0 > start && $0 <= index ? $0 : nil } ?? index
                rows.append(Row(start: start, end: breakAt))
                start = breakAt
                column = characters[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                lastBreak = nil
                continue
            }
            column += w
            let nextIsWide = index + 1 < characters.count && DisplayWidth.of(characters[index + 1]) == 2
            if character == " " || w == 2 || nextIsWide { lastBreak = index + 1 }
            index += 1
        }
        rows.append(Row(start: start, end: characters.count))
        self.rows = rows
    }

    /// The row the cursor at `index` is on. A cursor exactly at a soft break belongs to the row that starts there.
    func row(of index: Int) -> Int {
        for (number, row) in rows.enumerated().reversed() where row.start <= index {
            return number
        }
        return 0
    }

    /// The display column of `index` within its row.
    func column(of index: Int, in characters: [Character]) -> Int {
        let row = rows[row(of: index)]
        return characters[row.start..<min(index, characters.count)].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// The index on row `number` closest to display column `column` without passing it.
    func index(row number: Int, column: Int, in characters: [Character]) -> Int {
        let row = rows[min(max(0, number), rows.count - 1)]
        var used = 0
        var index = row.start
        while index < row.end {
            let w = DisplayWidth.of(characters[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        return index
    }
}
