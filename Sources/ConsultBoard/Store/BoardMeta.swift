import Foundation

/// `board.json`: marks a folder as a board and names its schema version (the version of the folder's layout).
struct BoardMeta: Codable, Equatable {
    static let formatName = "consult-board"
    var format = BoardMeta.formatName
    var schemaVersion = BoardStore.schemaVersion

    /// Reads and checks `board.json`.
    static func read(_ layout: BoardLayout, hooks: StoreHooks) throws(StoreError) -> BoardMeta {
        guard let data = try FileIO.readIfPresent(layout.meta, hooks: hooks) else {
            if FileIO.exists(layout.journal) {
                throw .damaged(file: layout.meta, line: nil, reason: .metaMissing)
            }
            throw .noBoard(path: layout.folder)
        }
        struct Envelope: Decodable {
            var format: String
            var schemaVersion: Int
        }
        let meta: Envelope
        do {
            meta = try JSONDecoder().decode(Envelope.self, from: data)
        } catch {
            throw .damaged(file: layout.meta, line: nil, reason: StoreReason(.tr("store.reason.notBoardDescription", ["problem": DecodingProblem(error).words])))
        }
        guard meta.format == formatName else {
            throw .damaged(file: layout.meta, line: nil, reason: StoreReason(.tr("store.reason.wrongFormat", ["format": "\(meta.format)", "expected": "\(formatName)"])))
        }
        guard meta.schemaVersion <= BoardStore.schemaVersion else {
            throw .newerSchema(file: layout.meta, found: meta.schemaVersion, supported: BoardStore.schemaVersion)
        }
        return BoardMeta(format: meta.format, schemaVersion: meta.schemaVersion)
    }

    func encoded() -> Data {
        (try? BoardJSON.encoder(pretty: true).encode(self)).map { $0 + Data("\n".utf8) } ?? Data()
    }
}
