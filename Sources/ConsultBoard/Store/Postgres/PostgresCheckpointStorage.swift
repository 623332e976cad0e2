import Foundation

/// A database board's checkpoint: the folder board's checkpoint files as rows of `consult_board.checkpoint_files`
/// (named alike, and by the SHA-256 of their bytes) and its manifests in `consult_board.checkpoint_manifests`
/// (the newest is read). Read through the store's connection, inside the transaction the store has open, so a
/// change reads the checkpoint and the tail under the board's lock and a reader reads one snapshot.
struct PostgresCheckpointStorage: CheckpointStorage {
    let connection: PostgresConnection
    let boardID: String
    let address: PostgresBoardAddress
    /// The newest manifest's bytes when they were already fetched in the transaction (with the tail, in one
    /// round trip: `PostgresBoardStore.beginReadingTail`): `.some(nil)` is a board without a checkpoint.
    var fetchedManifest: Data?? = nil

    func readManifest() throws(StoreError) -> Data? {
        if let fetchedManifest { return fetchedManifest }
        do throws(PostgresError) {
            let text = try connection.query(
                "SELECT manifest FROM consult_board.checkpoint_manifests WHERE board_id = $1 ORDER BY revision DESC LIMIT 1",
                [boardID]).scalar
            return text.map { Data($0.utf8) }
        } catch { throw PostgresBoardStore.storeError(error, address: address, doing: "read") }
    }

    func read(_ ref: CheckpointManifest.FileRef, path: String) throws(StoreError) -> Data {
        guard let data = try read([ref])[ref.file] else { throw FileIO.missing(path) }
        return data
    }

    /// The files `refs` name, by name, in one query.
    private func read(_ refs: [CheckpointManifest.FileRef]) throws(StoreError) -> [String: Data] {
        guard !refs.isEmpty else { return [:] }
        let rows: [[Data?]]
        do throws(PostgresError) {
            rows = try connection.queryBytes(
                "SELECT f.name, f.content FROM consult_board.checkpoint_files f JOIN unnest($2::text[], $3::text[]) AS w(name, sha256) USING (name, sha256) WHERE f.board_id = $1",
                [boardID, PostgresBoardStore.arrayLiteral(refs.map(\.file)), PostgresBoardStore.arrayLiteral(refs.map(\.sha256))])
        } catch { throw PostgresBoardStore.storeError(error, address: address, doing: "read") }
        var files: [String: Data] = [:]
        for row in rows {
            if let name = row[0], let content = row[1] { files[String(decoding: name, as: UTF8.self)] = content }
        }
        return files
    }

    /// One query whose rows are streamed (`GroupedFileArrival`): a patient is decoded while the server still reads
    /// and sends the next patients' files. Each row carries its group's number (a file asked for in two groups
    /// comes twice).
    func read<R: Sendable>(
        groups: [[CheckpointManifest.FileRef]], decode: @escaping @Sendable (Int, [String: Data]) -> R
    ) throws(StoreError) -> [R] {
        let arrival = GroupedFileArrival(expected: groups.map { Set($0.map(\.file)).count }, decode: decode)
        let refs = groups.enumerated().flatMap { group, refs in refs.map { (group, $0) } }
        guard !refs.isEmpty else { return arrival.results() }
        let statement = PostgresConnection.Statement(
            sql: "SELECT w.g, f.name, f.content FROM consult_board.checkpoint_files f JOIN unnest($2::text[], $3::text[], $4::int[]) AS w(name, sha256, g) USING (name, sha256) WHERE f.board_id = $1",
            parameters: [
                boardID, PostgresBoardStore.arrayLiteral(refs.map(\.1.file)), PostgresBoardStore.arrayLiteral(refs.map(\.1.sha256)),
                PostgresBoardStore.arrayLiteral(refs.map { String($0.0) }),
            ])
        do throws(PostgresConnection.PipelineFailure) {
            _ = try connection.pipeline([statement], streaming: .init(index: 0) { row, _ in
                guard row.count == 3, let group = row[0].flatMap({ Int(String(decoding: $0, as: UTF8.self)) }),
                    let name = row[1], let content = row[2]
                else { return }
                arrival.take(group: group, name: String(decoding: name, as: UTF8.self), content: content)
            })
        } catch {
            // Workers may still be decoding what came: waited for, so none outlives the read.
            _ = arrival.results()
            throw PostgresBoardStore.storeError(error.error, address: address, doing: "read")
        }
        return arrival.results()
    }

    func save(files: [String: Data], manifest: Data, at position: JournalPosition) throws(StoreError) {
        let names = Array(files.keys)
        do throws(PostgresError) {
            try connection.query(
                "SELECT consult_board.save_checkpoint_files($1, $2, $3, $4, $5::text[], $6::text[], $7::text[])",
                [address.board, String(position.revision), position.lastHash, String(decoding: manifest, as: UTF8.self),
                 PostgresBoardStore.arrayLiteral(names),
                 PostgresBoardStore.arrayLiteral(names.map { Seal.sha256Hex(files[$0] ?? Data()) }),
                 PostgresBoardStore.arrayLiteral(names.map { String(decoding: files[$0] ?? Data(), as: UTF8.self) })])
        } catch { throw PostgresBoardStore.storeError(error, address: address, doing: "save a checkpoint of") }
    }
}
