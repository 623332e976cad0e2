import Foundation
import Testing
@testable import ConsultBoard

/// Random byte damage to a realistic board's journal, checkpoint and export document, in process (seeded, a
/// bounded number): the store never traps, never shows a board other than the one written (it refuses instead),
/// `validate` always notices damage to the journal, and `repair` always brings back an intact board that keeps
/// every byte it cut in a copy.
@Suite struct StoreFuzzTests {
    static let seed: UInt64 = 9_001
    static let iterations = 100

    /// A generated board (2 patients) in a fresh folder, its files as written, and the board they hold.
    struct Original {
        let folder: URL
        let path: String
        let files: [String: Data]
        let board: Board
        /// Where in the journal the checkpoint ends.
        let checkpointOffset: Int

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-fuzz-\(UUID().uuidString)")
            path = folder.appendingPathComponent("board").path
            try BoardGenerator(patients: 2, notes: 60, labs: 150, seed: 5, now: Date(timeIntervalSince1970: 1_795_000_000))
                .generate(at: path)
            // Some entries after the checkpoint, so damage can land in the journal's tail as well as before it.
            let store = try BoardStore(path: path)
            for index in 0..<5 {
                try store.apply([.addNote(AddNote(mrn: "GEN-0001", service: .ward, type: .progress, text: "tail \(index)"))], author: "dr.tail")
            }
            board = try store.load()
            files = try Self.read(path)
            let manifest = try JSONSerialization.jsonObject(with: files["checkpoint/manifest.json"] ?? Data()) as? [String: Any]
            checkpointOffset = (manifest?["journal"] as? [String: Any])?["offset"] as? Int ?? 0
        }

        static func read(_ path: String) throws -> [String: Data] {
            var files: [String: Data] = [:]
            let root = URL(fileURLWithPath: path)
            guard let walker = FileManager.default.enumerator(atPath: path) else { return files }
            for case let relative as String in walker {
                var isFolder: ObjCBool = false
                let url = root.appendingPathComponent(relative)
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                files[relative] = try Data(contentsOf: url)
            }
            return files
        }

        /// Puts every file back as written and removes anything else (a repair's copies, new checkpoint files).
        func restore() throws {
            try? FileManager.default.removeItem(atPath: path)
            for (relative, bytes) in files {
                let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url)
            }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func damagedJournalsAreNoticedRefusedAndRepaired() throws {
        let original = try Original()
        defer { original.remove() }
        let journal = try #require(original.files["journal.jsonl"])
        var mutator = ByteMutator(seed: Self.seed)
        var wrongBoards: [String] = []
        for _ in 0..<Self.iterations {
            try original.restore()
            let (damaged, what) = mutator.mutate(journal)
            let journalPath = original.path + "/journal.jsonl"
            try damaged.write(to: URL(fileURLWithPath: journalPath))
            // Cutting the journal's end after the checkpoint leaves a shorter history that is itself intact (whole
            // lines cut) or an interrupted write (a torn last line, which readers leave out); before the
            // checkpoint's end, the checkpoint tells.
            let onlyLinesCut = journal.starts(with: damaged) && damaged.count >= original.checkpointOffset

            let report = BoardStore.validate(at: original.path)
            if !onlyLinesCut { #expect(!report.isIntact, "\(what): validate notices") }
            for finding in report.problems { #expect(finding.file.hasPrefix(original.path), "\(what): names a file of the board") }
            if let loaded = try? BoardStore(path: original.path).load(), loaded != original.board, !onlyLinesCut {
                wrongBoards.append(what)
            }

            // Refused: the first line is gone. Forced: damage nothing sound vouches for may be cut.
            guard let repair = try? BoardStore.repair(at: original.path, force: true) else { continue }
            #expect(BoardStore.validate(at: original.path).isIntact, "\(what): intact after the repair \(repair.actions)")
            let kept = try Data(contentsOf: URL(fileURLWithPath: journalPath))
            if repair.cutFile == nil && kept.count > damaged.count {
                // Set aside under the checkpoint: the damaged journal is kept whole, and the repair's record follows.
                #expect(kept.starts(with: damaged), "\(what): the damaged journal is kept, with the repair's record after it")
                #expect(try BoardStore(path: original.path).load().patients == original.board.patients, "\(what): nothing lost")
            } else {
                let cut = try repair.cutFile.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? Data()
                #expect(kept + cut == damaged, "\(what): the kept journal and the copy make up the damaged one")
            }
        }
        #expect(wrongBoards.isEmpty, "a damaged journal was loaded as a different board: \(wrongBoards)")
    }

    @Test func damagedCheckpointFilesNeverGiveAWrongBoard() throws {
        let original = try Original()
        defer { original.remove() }
        let names = original.files.keys.filter { $0.hasPrefix("checkpoint/") }.sorted()
        #expect(names.count > 3, "the board has checkpoint files: \(names)")
        var mutator = ByteMutator(seed: Self.seed + 1)
        var random = SeededGenerator(seed: Self.seed + 2)
        var wrongBoards: [String] = []
        for _ in 0..<Self.iterations {
            try original.restore()
            let name = names.randomElement(using: &random) ?? names[0]
            let (damaged, what) = mutator.mutate(original.files[name] ?? Data())
            try damaged.write(to: URL(fileURLWithPath: original.path).appendingPathComponent(name))
            if let loaded = try? BoardStore(path: original.path).load(), loaded != original.board {
                wrongBoards.append("\(name): \(what)")
            }
            let repair = try BoardStore.repair(at: original.path)
            #expect(BoardStore.validate(at: original.path).isIntact, "\(name): \(what): \(repair.actions)")
            #expect(try BoardStore(path: original.path).load() == original.board, "\(name): \(what): the board as written")
        }
        #expect(wrongBoards.isEmpty, "damaged checkpoint files were loaded as a different board: \(wrongBoards)")
    }

    @Test func malformedExportDocumentsAreRefusedByPath() throws {
        let original = try Original()
        defer { original.remove() }
        let document = try BoardStore(path: original.path).export().encoded()
        var mutator = ByteMutator(seed: Self.seed + 3)
        var refused = 0
        for index in 0..<Self.iterations {
            let (damaged, what) = mutator.mutate(document)
            let decoded: ExportDocument
            do {
                decoded = try ExportDocument.decode(damaged)
            } catch {
                refused += 1
                #expect(!error.description.isEmpty && !error.description.contains("\n"), "\(what): one line: \(error)")
                continue
            }
            // What decodes must import into an intact board, or be refused naming what is wrong.
            let target = original.folder.appendingPathComponent("import-\(index)").path
            do {
                let store = try BoardStore.importBoard(decoded, at: target, author: "dr.import")
                #expect(BoardStore.validate(at: target).isIntact, "\(what): an imported board is intact")
                _ = try store.load()
            } catch {
                #expect(!FileManager.default.fileExists(atPath: target + "/journal.jsonl"), "\(what): a refused import leaves no board")
            }
        }
        #expect(refused > Self.iterations / 2, "most damage is refused: \(refused)")
    }
}
