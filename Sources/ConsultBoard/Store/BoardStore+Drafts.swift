import Foundation

extension BoardStore {
    /// Whether the journal holds a change signed from TUI draft `id` (`"draftID":"<id>"` in a note's payload).
    ///
    /// A byte search of the journal under the shared lock (so a line being appended is not seen half way): a
    /// note's text cannot hold the marker, since its quotes would be escaped.
    func journalRecords(draftID id: String) throws(StoreError) -> Bool {
        let marker = Array(#""draftID":""#.utf8) + Array(id.utf8) + [UInt8(ascii: "\"")]
        let journal = try FileLock.with(.shared, folder: layout.folder) { () throws(StoreError) in
            try FileIO.read(layout.journal, hooks: hooks)
        }
        // Only a whole, sealed line counts: a torn one (a writer killed mid-append) was never acknowledged.
        return ByteSearch.lines(containing: marker, in: journal).contains { $0.complete && Seal.check($0.bytes) == .valid }
    }
}
