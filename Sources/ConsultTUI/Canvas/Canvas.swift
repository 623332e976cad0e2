import ConsultBoard

/// A grid of cells that views draw into: the whole screen, measured in display columns.
///
/// Views never talk to the terminal; they write text into a canvas, which the terminal driver copies to the
/// screen (and tests compare with golden text files). Text is placed by display width (`DisplayWidth`), so a
/// Chinese character takes two cells: the first holds the character, the second is a continuation cell that
/// holds nothing. Writing over half of a wide character blanks the other half, so a row can never be torn.
///
/// Everything a canvas is given must already be sanitised (`Sanitizer`); `put` also replaces any control
/// character it still meets, as a last line of defence.
struct Canvas: Sendable {
    /// One cell: a grapheme cluster and its style. A continuation cell (the right half of a wide character)
    /// has empty text.
    struct Cell: Equatable, Sendable {
        var text: String = " "
        var style: Style = .plain
        var isContinuation: Bool { text.isEmpty }
    }

    let width: Int
    let height: Int
    private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (in an editor or a form field); hidden when `nil`.
    var cursor: (x: Int, y: Int)?
    /// Where clickable things were drawn, so a mouse click can be turned into what it meant.
    private(set) var hitRegions: [HitRegion] = []

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return Cell() }
        return cells[y * width + x]
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` on row `y` from column `x`, clipped to `maxWidth` columns (and the canvas edge).
    /// Returns the number of columns written. A wide character that would not fit whole is left out.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in text {
            if character.unicodeScalars.contains(where: Self.isBidiControl) { continue }
            let safe = Self.displayable(character)
            let w = DisplayWidth.of(safe)
            if w == 0 {
                // A lone combining mark or format character: join it to the cell before, if any.
                if column > 0, column - 1 >= x, contains(x: column - 1, y: y) {
                    let index = y * width + column - 1
                    if !cells[index].isContinuation { cells[index].text += String(safe) }
                }
                continue
            }
            if column + w > limit { break }
            if column >= 0 {
                set(x: column, y: y, Cell(text: String(safe), style: style))
                if w == 2 { set(x: column + 1, y: y, Cell(text: "", style: style)) }
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with spaces in `style`.
    mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                set(x: column, y: row, Cell(text: " ", style: style))
            }
        }
    }

    /// Draws a horizontal line of `─` with an optional title after the first two columns.
    mutating func rule(y: Int, x: Int = 0, width w: Int? = nil, title: String? = nil, style: Style = .muted) {
        let w = w ?? width - x
        put(String(repeating: "─", count: max(0, w)), x: x, y: y, maxWidth: w, style: style)
        if let title, w > 6 { put(" \(title) ", x: x + 2, y: y, maxWidth: w - 4, style: .heading) }
    }

    /// Records that the rectangle means `target` when clicked.
    mutating func addHitRegion(x: Int, y: Int, width w: Int, height h: Int = 1, target: HitTarget) {
        hitRegions.append(HitRegion(x: x, y: y, width: w, height: h, target: target))
    }

    /// What was drawn at a point, the last-drawn region winning (overlays are drawn last).
    func target(atX x: Int, y: Int) -> HitTarget? {
        hitRegions.last { $0.contains(x: x, y: y) }?.target
    }

    /// The canvas as plain text, one string a row, trailing spaces removed: what golden files hold.
    var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                line += cells[row * width + column].text
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The whole canvas as text, rows separated by newlines.
    var text: String { lines.joined(separator: "\n") + "\n" }

    // MARK: - Private

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        // Overwriting either half of a wide character blanks its other half.
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style)
        }
        if !cells[index].isContinuation, x + 1 < width, cells[index + 1].isContinuation, DisplayWidth.of(cells[index].text) == 2 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Bidirectional embeddings, overrides, isolates and marks, which could make text read in another order
    /// than it is stored (the same set `Sanitizer` removes).
    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// A character safe to send to a terminal: control characters become their visible pictures.
    private static func displayable(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
        switch scalar.value {
        case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return character
        }
    }
}

/// A clickable rectangle of the last frame.
struct HitRegion: Sendable, Equatable {
    var x: Int, y: Int, width: Int, height: Int
    var target: HitTarget
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}

/// What a mouse click on the screen means.
enum HitTarget: Sendable, Equatable {
    /// A row of the board's patient list.
    case patient(MRN)
    /// A tab of the patient screen.
    case tab(PatientTab)
    /// A row of the current tab's list, by its position in the list.
    case listRow(Int)
    /// The header's open-critical-value marker: opens the form for the next step of an open value's loop.
    case criticalValues
}
