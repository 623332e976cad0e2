import ConsultBoard

/// Text being typed, with a cursor that moves by grapheme cluster (what a user sees as one character).
///
/// A Chinese character is one step of the cursor and two columns on screen; "é" typed as e + combining accent
/// is one step. Used for single-line fields (filter, form fields) and as the storage of the note editor.
struct TextInput: Sendable, Equatable {
    private(set) var characters: [Character]
    /// The insertion point: an index into `characters` (0...count).
    private(set) var cursor: Int

    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    var text: String { String(characters) }
    var isEmpty: Bool { characters.isEmpty }
    var isBlank: Bool { characters.allSatisfy { $0.isWhitespace } }

    /// Inserts text at the cursor. Control characters are dropped and tabs become a space; newlines are kept
    /// only when `multiline` (else they become a space). A combining mark typed on its own joins the character
    /// before it, so the cursor never stops inside a grapheme.
    mutating func insert(_ text: String, multiline: Bool = false) {
        // Built apart and inserted once: a 2,000-line paste in the middle of a note costs one move, not one per
        // character.
        var added: [Character] = []
        for character in Self.normalised(text, multiline: multiline) {
            if DisplayWidth.of(character) == 0, character != "\n" {
                if let last = added.last, last != "\n" {
                    added[added.count - 1] = Character(String(last) + String(character))
                    continue
                }
                if added.isEmpty, cursor > 0, characters[cursor - 1] != "\n" {
                    characters[cursor - 1] = Character(String(characters[cursor - 1]) + String(character))
                    continue
                }
            }
            added.append(character)
        }
        characters.insert(contentsOf: added, at: cursor)
        cursor += added.count
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    mutating func moveTo(_ index: Int) { cursor = min(max(0, index), characters.count) }

    /// The start of the line the cursor is on (the character after the previous newline).
    var lineStart: Int {
        var index = cursor
        while index > 0, characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    /// The end of the line the cursor is on (the index of the next newline, or the end).
    var lineEnd: Int {
        var index = cursor
        while index < characters.count, characters[index] != "\n" { index += 1 }
        return index
    }

    /// Ctrl-W: deletes the word before the cursor (and the spaces after it).
    /// Applies a one-line editing key (typing, pasting, deleting, moving the cursor); whether `key` was one.
    /// The board filter and the notes search share it.
    @discardableResult
    mutating func applyLineEditing(_ key: Key) -> Bool {
        switch key {
        case let .char(c): insert(String(c))
        case let .paste(text): insert(text)
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home: moveTo(0)
        case .end: moveTo(characters.count)
        default: return false
        }
        return true
    }

    mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    mutating func deleteToLineStart() {
        let start = lineStart
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    mutating func clear() {
        characters = []
        cursor = 0
    }

    /// What typing or pasting `text` inserts: CR LF and CR become LF, tabs a space, other controls nothing.
    static func normalised(_ text: String, multiline: Bool) -> [Character] {
        var out: [Character] = []
        var previousWasCR = false
        for character in text {
            defer { previousWasCR = character == "\r" }
            switch character {
            case "\r\n", "\r", "\n", "\u{2028}", "\u{2029}":
                out.append(multiline ? "\n" : " ")
            case "\t":
                out.append(" ")
            default:
                if character == "\n", previousWasCR { continue }
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
                {
                    continue
                }
                out.append(character)
            }
        }
        return out
    }
}
