import ConsultBoard

/// The note editor: a multi-line text and, for a new note, its service and type.
///
/// The text wraps at word boundaries to the screen; the cursor moves by grapheme cluster left and right and by
/// wrapped row up and down (keeping its display column). Enter always inserts a newline, so pasted text with
/// line breaks never saves a half-written note; only Ctrl-S saves.
struct EditorState: Sendable, Equatable {
    enum Purpose: Sendable, Equatable {
        case note(MRN)
        case addendum(noteID: RecordID, mrn: MRN)
    }

    /// The parts of the editor Tab moves between.
    enum Field: Sendable, Equatable, CaseIterable {
        case body, service, type
    }

    var purpose: Purpose
    var service: Service
    var type: NoteType = .progress
    var body = TextInput()
    var focus: Field = .body
    /// The first wrapped row shown.
    var top = 0
    /// The display column Up/Down try to keep (the column where the cursor was before moving vertically).
    var goalColumn: Int?

    var mrn: MRN {
        switch purpose {
        case let .note(mrn), let .addendum(_, mrn): mrn
        }
    }

    /// Tab moves through these: an addendum has only its text.
    var fields: [Field] {
        if case .addendum = purpose { return [.body] }
        return Field.allCases
    }

    /// The command that saves what was written.
    var command: BoardCommand {
        switch purpose {
        case let .note(mrn): .addNote(AddNote(mrn: mrn, service: service, type: type, text: body.text))
        case let .addendum(noteID, _): .addAddendum(AddAddendum(noteID: noteID, text: body.text))
        }
    }

    // MARK: - Editing the text

    mutating func handleBodyKey(_ key: Key, wrapWidth: Int, pageRows: Int) {
        let vertical: Bool
        switch key {
        case .up, .down, .pageUp, .pageDown: vertical = true
        default: vertical = false
        }
        if !vertical { goalColumn = nil }
        switch key {
        case let .char(c): body.insert(String(c), multiline: true)
        case let .paste(text): body.insert(text, multiline: true)
        case .enter: body.insert("\n", multiline: true)
        case .backspace: body.backspace()
        case .delete: body.deleteForward()
        case .left: body.moveLeft()
        case .right: body.moveRight()
        case .home, .ctrl("a"): body.moveTo(body.lineStart)
        case .end, .ctrl("e"): body.moveTo(body.lineEnd)
        case .ctrl("u"): body.deleteToLineStart()
        case .ctrl("w"): body.deleteWordBackward()
        case .up: moveVertically(by: -1, wrapWidth: wrapWidth)
        case .down: moveVertically(by: 1, wrapWidth: wrapWidth)
        case .pageUp: moveVertically(by: -max(1, pageRows - 1), wrapWidth: wrapWidth)
        case .pageDown: moveVertically(by: max(1, pageRows - 1), wrapWidth: wrapWidth)
        default: break
        }
        scrollToCursor(wrapWidth: wrapWidth, pageRows: pageRows)
    }

    /// Moves the cursor `rows` wrapped rows up (negative) or down, keeping its display column.
    mutating func moveVertically(by rows: Int, wrapWidth: Int) {
        let layout = WrappedText(body.characters, width: wrapWidth)
        let row = layout.row(of: body.cursor)
        let column = goalColumn ?? layout.column(of: body.cursor, in: body.characters)
        goalColumn = column
        let target = row + rows
        if target < 0 {
            body.moveTo(0)
        } else if target >= layout.rows.count {
            body.moveTo(body.characters.count)
        } else {
            body.moveTo(layout.index(row: target, column: column, in: body.characters))
        }
    }

    /// Scrolls so that the cursor's row is visible.
    mutating func scrollToCursor(wrapWidth: Int, pageRows: Int) {
        let row = WrappedText(body.characters, width: wrapWidth).row(of: body.cursor)
        if row < top { top = row }
        if row >= top + pageRows { top = row - pageRows + 1 }
        top = max(0, top)
    }

    // MARK: - The service and type fields

    mutating func cycleChoice(forward: Bool) {
        switch focus {
        case .service: service = Self.step(service, in: Service.allCases, forward: forward)
        case .type: type = Self.step(type, in: NoteType.allCases, forward: forward)
        case .body: break
        }
    }

    private static func step<T: Equatable>(_ value: T, in all: [T], forward: Bool) -> T {
        guard let index = all.firstIndex(of: value), !all.isEmpty else { return value }
        return all[(index + (forward ? 1 : all.count - 1)) % all.count]
    }
}
