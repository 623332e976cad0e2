import Foundation
import Testing
@testable import ConsultBoard

/// Malformed ISNCSCI exam files (seeded, a bounded number): the reader and the classifier either classify or
/// refuse with a typed error whose message is one line; nothing traps.
@Suite struct ExamFileFuzzTests {
    static let seed: UInt64 = 4_242
    static let iterations = 1_500

    /// Values an exam key may get: legal ones, near misses, other JSON types.
    static var values: [Any] { [
        "0", "1", "2", "3", "4", "5", "NT", "0*", "4*", "5*", "NT*", "3**", "", " ", "-1", "6", "99", "abc", "Yes", "No",
        "UNK", "yes", "2.5", "\u{1B}[2J", "患者", String(repeating: "5", count: 5_000), 0, 5, -3, 7, 2.5, 1e300, true,
        NSNull(), [String](), ["5"], ["nested": "5"], Int.max, Int.min,
    ] }

    @Test func mutatedExamsAreClassifiedOrRefusedInOneLine() throws {
        var random = SeededGenerator(seed: Self.seed)
        let keys = ISNCSCITestExam().values.keys.sorted()
        var refused = 0
        for _ in 0..<Self.iterations {
            var exam: [String: Any] = ISNCSCITestExam().values
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let key = keys.randomElement(using: &random) ?? "c5RightMotor"
                switch Int.random(in: 0..<10, using: &random) {
                case 0: exam[key] = nil
                case 1: exam[key + "x"] = "5"
                case 2: exam[String(key.reversed())] = Self.values.randomElement(using: &random)
                default: exam[key] = Self.values.randomElement(using: &random)
                }
            }
            let document: Any = Int.random(in: 0..<3, using: &random) == 0 ? [exam, exam] : exam
            let data = try JSONSerialization.data(withJSONObject: document)
            if Self.check(data) { refused += 1 }
        }
        #expect(refused > Self.iterations / 4, "most mutations are refused: \(refused)")
        #expect(refused < Self.iterations, "some mutations are still valid exams")
    }

    @Test func randomAndTruncatedBytesAreRefusedInOneLine() throws {
        var random = SeededGenerator(seed: Self.seed + 1)
        let valid = try JSONSerialization.data(withJSONObject: [ISNCSCITestExam().values], options: .sortedKeys)
        for round in 0..<Self.iterations {
            var data = valid
            switch round % 4 {
            case 0: data = data.prefix(Int.random(in: 0..<data.count, using: &random))
            case 1:
                for _ in 0..<Int.random(in: 1...8, using: &random) {
                    data[Int.random(in: 0..<data.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
            case 2: data = Data((0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            default:
                let cut = Int.random(in: 0..<data.count, using: &random)
                data.insert(contentsOf: Data(["[", "{", "\"", "\\", "]]]]", "{\"a\":"].randomElement(using: &random)?.utf8 ?? "".utf8), at: cut)
            }
            _ = Self.check(data)
        }
    }

    @Test func deeplyNestedDocumentsAreRefused() {
        // A stack-exhausting document must be refused by the decoder, not crash the reader.
        let depth = 5_000
        let data = Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        #expect(throws: ISNCSCIFileError.self) { try ISNCSCIExamFile.entries(data) }
    }

    /// Classifies `data`; returns whether it was refused, checking that a refusal reads as one line.
    @discardableResult
    static func check(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        do {
            _ = try ISNCSCIExamFile.classify(data)
            return false
        } catch {
            let message = error.description
            #expect(!message.isEmpty, sourceLocation: sourceLocation)
            #expect(!message.contains("\u{1B}"), "\(message.debugDescription)", sourceLocation: sourceLocation)
            return true
        }
    }
}
