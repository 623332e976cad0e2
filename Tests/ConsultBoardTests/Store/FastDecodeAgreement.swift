import Foundation
import Testing
@testable import ConsultBoard

/// Holds a hand-written decoder to `JSONDecoder` (the reference) on one input: where the fast decoder gives a
/// value, the reference must give the same one, byte for byte once encoded (`==` on strings is canonical
/// equivalence, and -0 equals 0). `true` when the fast decoder took the input.
func fastDecodeAgrees<Value: Encodable & Equatable>(
    fast: Value?, reference: Value?, input: Data, _ comment: String, sourceLocation: SourceLocation
) -> Bool {
    guard let fast else { return false }
    guard let reference else {
        Issue.record(
            "the fast decoder accepted what JSONDecoder refuses: \(String(decoding: input.prefix(300), as: UTF8.self)) \(comment)",
            sourceLocation: sourceLocation)
        return true
    }
    #expect(fast == reference, "\(comment)", sourceLocation: sourceLocation)
    let encoder = BoardJSON.encoder()
    #expect((try? encoder.encode(fast)) == (try? encoder.encode(reference)), "\(comment)", sourceLocation: sourceLocation)
    return true
}

/// Every prefix of `input` and every byte of it flipped three ways, each given to `agree`: a hand-written decoder
/// must never crash on damaged bytes, nor accept what `JSONDecoder` refuses.
func everyPrefixAndFlippedByte(of input: Data, _ agree: (Data) -> Void) {
    for end in 0..<input.count { agree(input.prefix(end)) }
    for index in input.indices {
        for flip: UInt8 in [0x01, 0x20, 0x80] {
            var changed = input
            changed[index] ^= flip
            agree(changed)
        }
    }
}

/// The checkpoint's row files whose names contain `kind` (".labs.", ".notes.") of the demo board and of a board
/// generated with `notes` notes and `labs` labs for each of 3 patients, by name.
func checkpointRowFiles(_ kind: String, notes: Int, labs: Int, now: Date) throws -> [(name: String, data: Data)] {
    let folder = try StoreFolder()
    try DemoBoard.create(at: folder.path("demo"), now: now, timeZone: TimeZone(identifier: "UTC") ?? .gmt)
    try BoardGenerator(patients: 3, notes: notes, labs: labs, seed: 7, now: now).generate(at: folder.path("generated"))
    var files: [(name: String, data: Data)] = []
    for board in ["demo", "generated"] {
        let patients = folder.path(board) + "/checkpoint/patients"
        for name in try FileManager.default.contentsOfDirectory(atPath: patients) where name.contains(kind) {
            files.append((name, try Data(contentsOf: URL(fileURLWithPath: patients + "/" + name))))
        }
    }
    return files
}
