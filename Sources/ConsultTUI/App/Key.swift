/// A key press (or paste) as the app sees it, whatever terminal it came from.
///
/// The terminal driver turns curses' `get_wch` results into these; tests build them directly.
enum Key: Sendable, Equatable, Hashable {
    /// A printable character (any script; a Chinese character is one key).
    case char(Character)
    /// Ctrl plus a letter, as the lowercase letter (`.ctrl("s")` is Ctrl-S).
    case ctrl(Character)
    case enter, escape, tab, backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace, delete
    case function(Int)
    /// Text the terminal marked as pasted (bracketed paste): inserted as it is, newlines included.
    case paste(String)
    /// The mouse wheel.
    case wheelUp, wheelDown

    /// The keys that type `text`, as a terminal would send them (newlines as Enter).
    static func typing(_ text: String) -> [Key] {
        text.map { $0 == "\n" ? .enter : .char($0) }
    }
}
