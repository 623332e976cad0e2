import ConsultBoard
import Foundation

/// The board as an open TUI sees it: applies changes through the store and notices, cheaply, when someone else
/// has changed it.
///
/// Noticing costs one `stat` of the journal: the store only ever appends to it, so a new size means new
/// entries, and only then is the journal read (`BoardStore.refresh`).
struct LiveBoard: Sendable {
    let store: BoardStore
    /// The journal's size when the board was last brought up to date.
    private var knownSize: Int64

    init(store: BoardStore) {
        self.store = store
        knownSize = -1
    }

    private var journalPath: String { store.folder.appendingPathComponent("journal.jsonl").path }

    private func currentSize() -> Int64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: journalPath)
        return (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// Reads the whole board and remembers where the journal ended.
    mutating func load() throws(StoreError) -> Board {
        let size = currentSize()
        let board = try store.load()
        knownSize = size
        return board
    }

    /// Whether the journal grew since the board was last read.
    func hasChanges() -> Bool { currentSize() != knownSize }

    /// Brings `board` up to date; returns the new entries (oldest first).
    mutating func refresh(_ board: inout Board) throws(StoreError) -> [JournalEntry] {
        // The size is taken before reading, so anything appended while reading is seen by the next check.
        let size = currentSize()
        let entries = try store.refresh(&board)
        knownSize = size
        return entries
    }
}
