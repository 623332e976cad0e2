import Foundation

/// A board kept open by a reader that shows it live (the TUI): the board plus the place in the journal it has
/// read up to, so that others' changes can be noticed with one `stat` and applied by reading only the bytes
/// appended since.
///
/// ```swift
/// var open = try store.open()
/// // every half second or so:
/// if open.hasChanges() {
///     let new = try open.refresh()      // others' (and our own) changes, oldest first
///     redraw(open.board, highlighting: new)
/// }
/// ```
///
/// Changes are still made with `store.apply(...)`; the next `refresh()` brings them in like anyone else's.
public struct OpenBoard: Sendable {
    public let store: any BoardStoring
    /// The board as of the last `open` or `refresh`.
    public internal(set) var board: Board
    /// Where in the journal the board was read up to.
    var position: JournalPosition

    init(store: any BoardStoring, board: Board, position: JournalPosition) {
        self.store = store
        self.board = board
        self.position = position
    }

    /// The journal's latest hash and revision as read (what the handoff prints on every page).
    public var mark: JournalMark { JournalMark(revision: position.revision, hash: position.lastHash) }

    /// How many bytes of `journal.jsonl` the board reflects (a folder board).
    public var journalOffset: Int { position.offset }

    /// Whether the journal has changed since the board was read: for a folder one `stat`, no reading (also true
    /// when the journal got shorter: a repair cut it, which `refresh` handles by reading the board afresh); for a
    /// database one indexed query.
    public func hasChanges() -> Bool {
        store.hasChanges(self)
    }

    /// Applies the changes made since the last read, and returns them (oldest first).
    ///
    /// Reads only what is new. If the journal no longer continues what was read (a repair cut it), the board
    /// is read afresh and an empty list is returned: `board` then simply holds the new state.
    @discardableResult
    public mutating func refresh() throws(StoreError) -> [JournalEntry] {
        let store = self.store
        return try store.refresh(&self)
    }
}
