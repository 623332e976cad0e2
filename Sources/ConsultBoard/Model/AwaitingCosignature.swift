import Foundation

/// The notes that wait for an attending's cosignature (上级医师审签), oldest first: what `note awaiting` lists
/// and the TUI's sign-off list shows.
public enum AwaitingCosignature {
    public struct Item: Sendable, Equatable {
        public var mrn: MRN
        public var note: Note
    }

    public static func notes(on board: Board) -> [Item] {
        var items: [Item] = []
        for record in board.patients.values {
            for note in record.notes where note.awaitsCosignature { items.append(Item(mrn: record.mrn, note: note)) }
        }
        return items.sorted { (a: Item, b: Item) -> Bool in a.note.at == b.note.at ? a.note.id < b.note.id : a.note.at < b.note.at }
    }
}
