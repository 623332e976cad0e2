import Foundation

/// `consult-board board copy FROM TO`: a board moved between homes (folder ⇄ database, or the same kind) with
/// its whole history: the journal's lines are copied byte for byte, so every hash, signature and record id is
/// the same and `validate` passes on the copy. The target must not hold a board; nothing is overwritten.
///
/// The ward's settings (`ward set`: thresholds, reference ranges, consult clock) go with it, each stored on the
/// copy as its home keeps them, beside the very `ward.set` entry that records its bytes: a copy that dropped them
/// would look whole while its alerts ran on the shipped numbers. A setting whose bytes are not the ones its
/// journal records (edited by hand on a folder board) is refused before anything is written. What a folder holds
/// beside the board that the target cannot keep (a database has no place for the ward's `terminology.json`; note
/// drafts are sessions' unsigned text) is not copied and named in `Outcome.leftBehind`, for the CLI to say.
public enum BoardCopy {
    /// What the copy carried, and what it did not.
    public struct Outcome: Sendable, Equatable {
        /// Journal entries copied.
        public var entries: Int
        /// The ward settings stored on the copy.
        public var settings: [WardSettingName]
        /// What the source holds that the copy does not.
        public var leftBehind: [LeftBehind]
    }

    /// Something of the source board not on the copy.
    public enum LeftBehind: Sendable, Equatable {
        /// The ward's terminology extension, which a board in a database has no place for (it uses the built-in one).
        case terminology(path: String)
        /// Note drafts: unsigned text of TUI sessions on the source, not part of the board.
        case drafts(folder: String, count: Int)
        /// Anything else in a board folder (copies left by a repair, files put there by hand).
        case other(path: String)
    }

    /// What a copy writes: the journal's lines and what is stored beside them.
    struct Contents: Sendable {
        /// The board copied from, as messages name it.
        var source: String
        var lines: [Data]
        var settings: [WardSettingFile]
        /// A folder board's `terminology.json`, for a folder target.
        var terminology: Data?
    }

    /// Copies the board `source` holds to `target`.
    @discardableResult
    public static func copy(from source: any BoardStoring, to target: BoardLocation) throws(StoreError) -> Outcome {
        let lines = try source.journalLines()
        guard let first = lines.first else {
            throw .damaged(file: source.location.description, line: nil, reason: .tr("copy.emptyJournal"))
        }
        let settings: [WardSettingFile]
        do throws(WardSettingsError) { settings = try source.wardSettingFiles() } catch { throw error.storeError }
        var contents = Contents(source: source.location.description, lines: lines, settings: settings)
        var leftBehind: [LeftBehind] = []
        if let folder = source as? BoardStore {
            let (terminology, others) = try besideTheBoard(in: folder.layout)
            if let terminology {
                if case .folder = target {
                    contents.terminology = terminology
                } else {
                    leftBehind.append(.terminology(path: folder.layout.folder + "/" + Terminology.wardFileName))
                }
            }
            leftBehind += others
        }
        switch target {
        case let .folder(path):
            _ = try BoardStore.create(
                at: path, first: .createBoard(CreateBoard(ward: "")), sequence: 1, author: "", at: Date(), copying: contents)
        case let .postgres(address):
            try PostgresBoardStore.adopt(contents, first: first, at: address)
        }
        return Outcome(entries: lines.count, settings: settings.map(\.name).sorted(), leftBehind: leftBehind)
    }

    /// What a board folder holds beside its journal, checkpoint and ward settings: the ward's terminology (read,
    /// to be copied where it can be), and what is not copied.
    private static func besideTheBoard(in layout: BoardLayout) throws(StoreError) -> (terminology: Data?, others: [LeftBehind]) {
        var terminology: Data?
        var others: [LeftBehind] = []
        let settingFiles = Set(WardSettingName.allCases.map(\.fileName))
        for name in FileIO.list(layout.folder).sorted() {
            let path = layout.folder + "/" + name
            switch name {
            case "board.json", "journal.jsonl", "checkpoint", "lock":
                continue
            case "ward":
                others += FileIO.list(path).filter { !settingFiles.contains($0) }.sorted().map { .other(path: path + "/" + $0) }
            case Terminology.wardFileName:
                do { terminology = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                    throw .io(file: path, operation: "read the ward's terminology", reason: .tr("copy.nothingCopied", ["detail": .plain(error.localizedDescription)]))
                }
            case "drafts":
                let count = FileIO.list(path).filter { $0.hasSuffix(".json") }.count
                if count > 0 { others.append(.drafts(folder: path, count: count)) }
            default:
                others.append(.other(path: path))
            }
        }
        return (terminology, others)
    }

    /// The journal of `lines` (each without its newline) checked from the start (every seal, the chain, the
    /// sequence) and replayed.
    static func replayed(_ lines: [Data], file: String) throws(StoreError) -> Replayed {
        var data = Data()
        for line in lines {
            data.append(line)
            data.append(0x0A)
        }
        let (scanned, damage) = JournalScanner.scan(data, from: .start, everySeal: true)
        if let damage { throw damage.error(file: file) }
        var board = Board()
        var wardSets: [WardSettingName: (line: Int, sha256: String?)] = [:]
        let decoder = BoardJSON.decoder()
        for (index, line) in scanned.enumerated() {
            let entry = try line.entry(decoder, file: file)
            do throws(BoardError) { try board.apply(entry.command, context: entry.context) } catch {
                throw .damaged(file: file, line: line.number, reason: StoreReason(.tr("journal.damage.cannotApply", ["sequence": "\(entry.sequence)", "error": .said { error.shown }])))
            }
            if case let .recordWardSetting(set) = entry.command { wardSets[set.name] = (index, set.sha256) }
        }
        return Replayed(data: data, board: board, end: scanned.last?.position ?? .start, wardSets: wardSets)
    }

    /// A copied journal, replayed: its bytes, the board it makes, where it ends, and the last `ward.set` entry of
    /// each setting (its index among the lines, and the SHA-256 it records).
    struct Replayed {
        var data: Data
        var board: Board
        var end: JournalPosition
        var wardSets: [WardSettingName: (line: Int, sha256: String?)]

        /// Each setting of `settings` with the index of the line whose `ward.set` entry records its bytes, in the
        /// journal's order; refused when a setting's bytes are not the ones its last entry records, or the last
        /// entry records bytes the source does not hold (the copy must carry exactly what the journal says).
        func placing(_ settings: [WardSettingFile], from source: String) throws(StoreError) -> [(line: Int, setting: WardSettingFile)] {
            var placed: [(line: Int, setting: WardSettingFile)] = []
            for name in WardSettingName.allCases {
                let setting = settings.first { $0.name == name }
                let recorded = wardSets[name]
                if let setting, let recorded, recorded.sha256 == setting.sha256 {
                    placed.append((recorded.line, setting))
                    continue
                }
                if setting == nil && recorded?.sha256 == nil { continue }
                let journal: ShownText = recorded.map { entry in
                    entry.sha256.map { .plain("sha256 \($0.prefix(12))…") } ?? .tr("copy.ward.cleared")
                } ?? .tr("copy.ward.noEntry")
                let held: ShownText = setting.map { .plain("sha256 \($0.sha256.prefix(12))…") } ?? .tr("copy.ward.none")
                throw .io(
                    file: setting?.source ?? "\(name.fileName) of \(source)", operation: "copy the ward setting",
                    reason: .tr("copy.ward.disagrees", [
                        "held": held, "journal": journal, "name": .plain(name.rawValue), "source": .plain("\(source)"),
                    ]))
            }
            return placed.sorted { $0.line < $1.line }
        }
    }
}

extension BoardStore {
    /// A copy's ward settings (and the ward's terminology) written into the folder being built, with the board's
    /// modes and fsynced, before it is renamed into place.
    static func writeWardFiles(
        of copied: BoardCopy.Contents, placed: [(line: Int, setting: WardSettingFile)], in building: BoardLayout, modes: FileModes
    ) throws(StoreError) {
        if !placed.isEmpty {
            let ward = WardSettings.folder(ofBoard: URL(fileURLWithPath: building.folder)).path
            try FileIO.makeFolder(ward, mode: modes.directory)
            for (_, setting) in placed { try FileIO.writeNew(setting.data, to: ward + "/" + setting.name.fileName, mode: modes.file) }
            try FileIO.syncFolder(ward)
        }
        if let terminology = copied.terminology {
            try FileIO.writeNew(terminology, to: building.folder + "/" + Terminology.wardFileName, mode: modes.file)
        }
    }
}
