import Foundation
@testable import ConsultBoard

/// A fresh folder for one test's board, removed when the test is done with it.
final class StoreFolder: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("consult-store-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        chmod(url.path, 0o700)
    }

    /// Where the test's board lives (not created).
    var board: String { url.appendingPathComponent("board").path }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// A path inside the board folder.
    func file(_ name: String) -> String { board + "/" + name }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Fictional patients and changes for store tests.
enum Sample {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func at(_ minutes: Int) -> Date { start.addingTimeInterval(Double(minutes * 60)) }

    static func patient(_ mrn: MRN, name: String = "王秀英", bed: String = "3-12") -> Patient {
        Patient(
            mrn: mrn, name: name, age: 62, sex: .female, bed: bed, allergies: "penicillin (rash)", admittedAt: start,
            diagnosis: "C5 AIS B traumatic cervical cord injury", summary: "stable", problems: ["neurogenic bladder"])
    }

    static func admit(_ mrn: MRN, name: String = "王秀英") -> BoardCommand {
        // A bed of its own: the board refuses a second patient in an occupied bed.
        .admitPatient(AdmitPatient(patient: patient(mrn, name: name, bed: "bed \(mrn)")))
    }

    static func note(_ mrn: MRN, _ text: String = "Seen on the ward round. 夜间疼痛减轻 🙂") -> BoardCommand {
        .addNote(AddNote(mrn: mrn, service: .neurology, type: .progress, text: text))
    }

    static func lab(_ mrn: MRN, _ value: Double = 88) -> BoardCommand {
        .addLab(AddLab(mrn: mrn, test: "creatinine", value: value, unit: "umol/L", at: start))
    }

    static func order(_ mrn: MRN) -> BoardCommand {
        .addOrder(AddOrder(
            mrn: mrn, service: .ward, kind: .medication, text: "Enoxaparin",
            medication: MedicationDetails(drug: "Enoxaparin", dose: "40 mg", route: "SC", frequency: "daily")))
    }

    /// A board with `patients` patients, each with a note, a lab and an order (and their ids).
    @discardableResult
    static func board(at path: String, patients: Int = 3) throws -> BoardStore {
        let store = try BoardStore.create(at: path, ward: "Spine 3 脊髓病房", author: "dr.li", at: start)
        for index in 1...max(1, patients) {
            let mrn = mrn(index)
            try store.apply([admit(mrn, name: "患者\(index)"), note(mrn), lab(mrn), order(mrn)], author: "dr.li", at: at(index))
        }
        return store
    }

    /// The same board at `location`, a folder or a database (see `BoardKind`).
    @discardableResult
    static func board(in location: BoardLocation, patients: Int = 3) throws -> any BoardStoring {
        let store = try location.create(ward: "Spine 3 脊髓病房", author: "dr.li", at: start)
        for index in 1...max(1, patients) {
            let mrn = mrn(index)
            try store.apply([admit(mrn, name: "患者\(index)"), note(mrn), lab(mrn), order(mrn)], author: "dr.li", at: at(index))
        }
        return store
    }

    static func mrn(_ index: Int) -> MRN { String(format: "SCI-%04d", index) }
}

extension BoardStoring {
    /// The board as a replay of every journal line from the first (the truth, ignoring the checkpoint).
    func replayedFromJournal() throws -> Board {
        var board = Board()
        for entry in try entries(since: 0, patient: nil) { try board.apply(entry.command, context: entry.context) }
        return board
    }

    /// The same store with a small checkpoint policy, whatever its home.
    func checkpointing(every entries: Int) -> any BoardStoring {
        let policy = CheckpointPolicy(maxTailEntries: entries, maxTailBytes: 1 << 30)
        if var store = self as? BoardStore {
            store.policy = policy
            return store
        }
        if var store = self as? PostgresBoardStore {
            store.policy = policy
            return store
        }
        return self
    }
}

extension BoardStore {
    /// The same store with a small checkpoint policy, so tests see checkpoints after a few changes.
    func checkpointingEvery(_ entries: Int) -> BoardStore {
        var store = self
        store.policy = CheckpointPolicy(maxTailEntries: entries, maxTailBytes: 1 << 30)
        return store
    }
}

/// Raw access to the board's files, for tests that damage them on purpose.
struct BoardFiles {
    let folder: String

    var journal: String { folder + "/journal.jsonl" }
    var manifest: String { folder + "/checkpoint/manifest.json" }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func write(_ data: Data, to path: String) throws { try data.write(to: URL(fileURLWithPath: path)) }

    /// The journal's lines, each without its newline.
    func journalLines() throws -> [Data] {
        try bytes(journal).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
    }

    func writeJournal(_ lines: [Data]) throws {
        try write(lines.reduce(into: Data()) { $0.append($1); $0.append(0x0A) }, to: journal)
    }

    /// Everything in the board folder, by relative path, for "nothing was changed" checks.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try bytes(path)
            }
        }
        return files
    }

    /// Re-seals a line after editing it by hand (what a careful tamperer would do).
    static func reseal(_ line: Data) -> Data {
        let body = line.prefix(line.count - Seal.suffixLength)
        return Seal.seal(body + Data("}".utf8))
    }

    /// A line with one JSON string value replaced (keeps the seal, so the seal no longer matches).
    static func replacing(_ old: String, with new: String, in line: Data) -> Data {
        Data(String(decoding: line, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
    }
}
