import ConsultBoard
import Foundation

/// Seeded damage to bytes, of the kinds disks, editors and bad copies do: flipped bits, random bytes, cut ends,
/// deleted or duplicated ranges, inserted garbage.
struct ByteMutator {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// `data` with one to three random kinds of damage; never equal to `data` (unless it is empty).
    mutating func mutate(_ data: Data) -> (Data, String) {
        guard !data.isEmpty else { return (Data("{".utf8), "garbage for an empty file") }
        var result = data
        var done: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard !result.isEmpty else { break }
            let at = Int.random(in: 0..<result.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0:
                result[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
                done.append("bit flip at \(at)")
            case 1:
                result[at] = UInt8.random(in: 0...255, using: &random)
                done.append("random byte at \(at)")
            case 2:
                result.removeSubrange(at...)
                done.append("cut at \(at)")
            case 3:
                let end = min(result.count, at + Int.random(in: 1...200, using: &random))
                result.removeSubrange(at..<end)
                done.append("deleted \(at)..<\(end)")
            case 4:
                let end = min(result.count, at + Int.random(in: 1...400, using: &random))
                result.insert(contentsOf: result[at..<end], at: end)
                done.append("duplicated \(at)..<\(end)")
            case 5:
                let garbage = (0..<Int.random(in: 1...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                result.insert(contentsOf: garbage, at: at)
                done.append("inserted \(garbage.count) random bytes at \(at)")
            default:
                let tokens = ["\n", "{", "}", "\"", "\\", "null", "[]", "-1", "1e999", "\u{0}", "\"seq\":1,", "\u{FEFF}"]
                let token = Data((tokens.randomElement(using: &random) ?? "{").utf8)
                result.insert(contentsOf: token, at: at)
                done.append("inserted \(String(decoding: token, as: UTF8.self).debugDescription) at \(at)")
            }
        }
        if result == data {
            result.append(0x7B)
            done.append("appended '{'")
        }
        return (result, done.joined(separator: ", "))
    }
}
