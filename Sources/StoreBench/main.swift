// store-bench: how the board store's costs scale with the size of the board. Prints a table; asserts nothing.
//
//   swift run -c release store-bench [--patients 40] [--notes 500] [--labs 2000] [--changes 200]
//
// It builds a synthetic ward as an export document, imports it, then times: opening the whole board (`load`)
// against Python's `json.load` of the same document, and one `note add` (through `BoardStore.apply`, as the
// CLI does) on that board against the same on a one-patient board.
import ConsultBoard
import Foundation

struct Options {
    var patients = 40
    var notes = 500
    var labs = 2000
    var changes = 200
    var folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-bench-\(getpid())").path

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            let value = rest.popFirst().flatMap(Int.init) ?? 0
            switch flag {
            case "--patients": patients = value
            case "--notes": notes = value
            case "--labs": labs = value
            case "--changes": changes = value
            default: print("unknown option \(flag)")
            }
        }
        patients = max(1, patients)
        changes = max(10, changes)
    }
}

func makeDocument(patients: Int, notes: Int, labs: Int) -> ExportDocument {
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    var sequence = 1
    var records: [PatientRecord] = []
    for index in 0..<patients {
        sequence += 1
        let patient = Patient(
            mrn: String(format: "SCI-%04d", index + 1), name: "王秀英 \(index + 1)", age: 30 + index % 50,
            sex: index % 2 == 0 ? .female : .male, bed: "3-\(index + 1)", admittedAt: start,
            diagnosis: "C5 AIS B traumatic cervical cord injury", summary: "stable, weaning oxygen",
            problems: ["neurogenic bladder", "pressure injury risk"])
        var record = PatientRecord(patient: patient)
        for n in 0..<notes {
            sequence += 1
            record.notes.append(Note(
                id: "N-\(sequence)", service: .neurology, type: .progress, author: "dr.li",
                at: start.addingTimeInterval(Double(n * 3600)),
                text: "Seen on the ward round. Power unchanged, C5 4/5 bilaterally, sensory level C6. 夜间疼痛减轻，继续康复。 Plan: continue physiotherapy, review MRI \(n)."))
        }
        for n in 0..<labs {
            sequence += 1
            record.labs.append(LabValue(
                id: "L-\(sequence)", test: n % 2 == 0 ? "creatinine" : "crp", value: Double(60 + n % 70), unit: n % 2 == 0 ? "umol/L" : "mg/L",
                at: start.addingTimeInterval(Double(n * 900)), enteredBy: "lab.system"))
        }
        record.revision = sequence
        records.append(record)
    }
    var board = Board(ward: "Spine 3", createdAt: start, revision: sequence, records: records)
    board.revision = sequence
    return ExportDocument(board: board)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func ms(_ value: Double) -> String { String(format: "%8.2f ms", value * 1000) }

func pythonJSONLoad(_ path: String) -> Double? {
    let script = "import json,sys,time\nt=time.perf_counter(); json.load(open(sys.argv[1])); print(time.perf_counter()-t)"
    guard let outcome = try? ChildProcess.run("/usr/bin/env", ["python3", "-c", script, path]) else { return nil }
    return Double(String(decoding: outcome.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

/// Times `count` note adds, each its own `apply` (as separate CLI commands would be).
func noteAdds(_ store: BoardStore, mrn: MRN, count: Int) throws -> [Double] {
    try (0..<count).map { n in
        try seconds {
            try store.apply([.addNote(AddNote(mrn: mrn, service: .ward, type: .progress, text: "benchmark note \(n) 见患者"))], author: "bench")
        }
    }
}

let options = Options(CommandLine.arguments)
try? FileManager.default.removeItem(atPath: options.folder)
try FileManager.default.createDirectory(atPath: options.folder, withIntermediateDirectories: true)
defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { try? FileManager.default.removeItem(atPath: options.folder) } }

print("store-bench: \(options.patients) patients x \(options.notes) notes x \(options.labs) labs; \(options.changes) changes each")
let document = makeDocument(patients: options.patients, notes: options.notes, labs: options.labs)
let exportPath = options.folder + "/export.json"
try document.write(to: exportPath)
let size = (try? FileManager.default.attributesOfItem(atPath: exportPath)[.size] as? Int) ?? 0
print(String(format: "export document: %.1f MB", Double(size) / 1e6))

var big: BoardStore?
let importTime = try seconds { big = try BoardStore.importBoard(document, at: options.folder + "/big", author: "bench") }
guard let big else { throw StoreError.noBoard(path: options.folder + "/big") }
print("import                        \(ms(importTime))")

let loads = try (0..<5).map { _ in try seconds { _ = try big.load() } }
let python = (0..<3).compactMap { _ in pythonJSONLoad(exportPath) }
print("load() whole board (median)   \(ms(median(loads)))")
print("python json.load (median)     \(ms(median(python)))")

let small = try BoardStore.create(at: options.folder + "/small", ward: "Spine 3", author: "bench")
try small.apply([.admitPatient(AdmitPatient(patient: document.patients[0].patient))], author: "bench")

// Interleave so both see the same machine load.
var bigTimes: [Double] = []
var smallTimes: [Double] = []
for _ in 0..<(options.changes / 10) {
    bigTimes += try noteAdds(big, mrn: "SCI-0001", count: 10)
    smallTimes += try noteAdds(small, mrn: "SCI-0001", count: 10)
}
let bigMedian = median(bigTimes)
let smallMedian = median(smallTimes)
print("note add, large board median  \(ms(bigMedian))   (max \(ms(bigTimes.max() ?? 0)), mean \(ms(bigTimes.reduce(0, +) / Double(max(1, bigTimes.count)))))")
print("note add, 1 patient median    \(ms(smallMedian))   (max \(ms(smallTimes.max() ?? 0)), mean \(ms(smallTimes.reduce(0, +) / Double(max(1, smallTimes.count)))))")
print(String(format: "ratio large / small           %8.2f", bigMedian / max(smallMedian, 1e-9)))

// The worst case for checkpoints: every change touches another patient, so each checkpoint rewrites many files.
let spread = try (0..<options.changes).map { n in
    try seconds {
        try big.apply([.addNote(AddNote(mrn: document.patients[n % options.patients].mrn, service: .ward, type: .progress, text: "round \(n)"))], author: "bench")
    }
}
print("note add, round the ward      \(ms(median(spread)))   (max \(ms(spread.max() ?? 0)), mean \(ms(spread.reduce(0, +) / Double(max(1, spread.count)))))")

let lastNote = document.patients[options.patients / 2].notes.last?.id ?? "N-2"
let addenda = try (0..<20).map { _ in try seconds { try big.apply([.addAddendum(AddAddendum(noteID: lastNote, text: "addendum"))], author: "bench") } }
print("addendum to an imported note  \(ms(median(addenda)))   (reads that patient's whole record)")

var open = try big.open()
try big.apply([.addNote(AddNote(mrn: "SCI-0002", service: .ward, type: .progress, text: "seen"))], author: "other")
let refresh = try seconds { _ = try open.refresh() }
print("OpenBoard.refresh (1 change)  \(ms(refresh))")
let validate = seconds { _ = BoardStore.validate(at: options.folder + "/big") }
print("validate whole board          \(ms(validate))")

// A change reads the journal's tail since the last checkpoint: its cost as the tail grows.
let fresh = try BoardStore.importBoard(document, at: options.folder + "/fresh", author: "bench")
let curve = try noteAdds(fresh, mrn: document.patients[min(2, options.patients - 1)].mrn, count: 256)
for bucket in 0..<4 {
    print("note add with tail \(bucket * 64)-\(bucket * 64 + 63)   \(ms(median(Array(curve[(bucket * 64)..<(bucket * 64 + 64)]))))")
}
