import Foundation

/// Journal lines decoded into entries on worker threads, handed out in order as each piece is ready, so that
/// `validate` replays the first pieces (in order, on this thread) while the others are still being decoded:
/// on two cores the replay no longer waits for the whole journal to be decoded first.
final class PipelinedDecode: @unchecked Sendable {
    /// Lines a piece: small enough that the replay starts soon, large enough that a piece is worth a handover.
    static let pieceSize = 1024

    private let lock = NSLock()
    private var pieces: [[Result<JournalEntry, StoreError>]?]
    private let ready: [DispatchSemaphore]

    /// Starts decoding `lines` (of the journal at `file`) now.
    init(_ lines: [JournalLine], file: String) {
        let bounds = stride(from: 0, to: lines.count, by: Self.pieceSize).map { $0..<min($0 + Self.pieceSize, lines.count) }
        pieces = Array(repeating: nil, count: bounds.count)
        ready = bounds.map { _ in DispatchSemaphore(value: 0) }
        guard !bounds.isEmpty else { return }
        let language = Localisation.language
        let wide = Localisation.ambiguousIsWide
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            DispatchQueue.concurrentPerform(iterations: bounds.count) { index in
                let decoded = Localisation.with(language, ambiguousWide: wide) {
                    let decoder = BoardJSON.decoder()
                    return lines[bounds[index]].map { line in Result { () throws(StoreError) in try line.entry(decoder, file: file) } }
                }
                lock.withLock { pieces[index] = decoded }
                ready[index].signal()
            }
        }
    }

    /// The entry of line `index` (of the lines given), waiting for its piece if it is not decoded yet.
    func entry(_ index: Int) -> Result<JournalEntry, StoreError> {
        let piece = index / Self.pieceSize
        if current?.piece != piece {
            ready[piece].wait()
            ready[piece].signal()
            current = (piece, lock.withLock { pieces[piece] ?? [] })
        }
        let entries = current?.entries ?? []
        let offset = index - piece * Self.pieceSize
        return offset < entries.count ? entries[offset] : .failure(.damaged(file: "", line: nil, reason: "not decoded"))
    }

    /// The piece the caller reads now (only the caller's thread touches it).
    private var current: (piece: Int, entries: [Result<JournalEntry, StoreError>])?
}
