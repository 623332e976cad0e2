import Foundation
import Testing
@testable import ConsultBoard

/// `JournalFastDecode` (the hand-written decoder of the journal's common lines) against `JSONDecoder`, the
/// reference: on every line of the demo and a generated board, and on lines mutated on purpose (members
/// reordered, repeated, missing, added, nulled or of another type; strings escaped every way JSON allows and
/// some it does not; numbers at and beyond their bounds; every prefix and every flipped byte). Whenever the fast
/// decoder gives an entry, `JSONDecoder` must give the same one, byte for byte once encoded; it may decline a
/// line, never accept one `JSONDecoder` refuses.
@Suite struct JournalFastDecodeAgreementTests {
    static let now = Date(timeIntervalSince1970: 1_795_595_400)  // 2026-11-25T08:30:00Z

    /// Checks one line; `true` when the fast decoder took it.
    @discardableResult
    static func agree(_ line: Data, _ comment: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        fastDecodeAgrees(
            fast: JournalFastDecode.entry(line), reference: try? BoardJSON.decoder().decode(JournalEntry.self, from: line),
            input: line, comment(), sourceLocation: sourceLocation)
    }

    static func journal(of board: String) throws -> [Data] {
        try BoardFiles(folder: board).journalLines()
    }

    static func demoAndGeneratedLines() throws -> [Data] {
        let folder = try StoreFolder()
        try DemoBoard.create(at: folder.path("demo"), now: now, timeZone: TimeZone(identifier: "UTC") ?? .gmt)
        try BoardGenerator(patients: 3, notes: 12, labs: 40, seed: 7, now: now).generate(at: folder.path("generated"))
        return try journal(of: folder.path("demo")) + journal(of: folder.path("generated"))
    }

    /// Every line of the demo and a generated board: the same entries, and the fast path taken for each kind it
    /// handles (so a change that quietly sends every line to JSONDecoder fails here).
    @Test func everyLineOfTheDemoAndAGeneratedBoard() throws {
        var taken: [BoardCommand.Kind: Int] = [:]
        var seen: Set<BoardCommand.Kind> = []
        for line in try Self.demoAndGeneratedLines() {
            let kind = try #require(JournalEnvelope.scan(line)).kind
            seen.insert(kind)
            if Self.agree(line, "\(kind)") { taken[kind, default: 0] += 1 }
        }
        #expect(Set(taken.keys) == [.addLab, .addNote, .addAddendum])
        #expect(seen.count > 10, "the boards hold many kinds, the fast path takes only its three")
    }

    /// The lines the mutations start from: the fast path's kinds, with every optional member in use.
    static func baseLines() throws -> [Data] {
        let encoder = BoardJSON.encoder()
        let commands: [BoardCommand] = [
            .addLab(AddLab(mrn: "SCI-0001", test: "creatinine", value: 91, unit: "umol/L", at: now)),
            .addLab(AddLab(
                mrn: "SCI-0001", test: "urine-output", value: 412.5, unit: "mL", at: now, newTest: true, periodHours: 6,
                source: "hl7:LAB|HOSP|MSG00042#1")),
            .addNote(AddNote(mrn: "SCI-0002", service: .spineSurgery, type: .progress, text: "Seen. 夜间疼痛减轻 🙂 \"quoted\" \\ end")),
            .addNote(AddNote(mrn: "SCI-0002", service: .ward, type: .progress, text: "line one\nline two\ttab", draftID: "D-7")),
            .addAddendum(AddAddendum(noteID: "N-12", text: "Addendum.", expectedRevision: 41, draftID: "D-8")),
        ]
        return try commands.enumerated().map { index, command in
            var entry = JournalEntry(
                sequence: index + 2, at: now, author: "dr.li", patient: command.namedPatient, command: command,
                previousHash: String(repeating: "ab", count: 32))
            entry.writer = OSUser(uid: 1000, login: "li")
            return Seal.seal(try encoder.encode(entry))
        }
    }

    @Test func theBaseLinesTakeTheFastPath() throws {
        for line in try Self.baseLines() {
            #expect(Self.agree(line), "\(String(decoding: line, as: UTF8.self))")
        }
    }

    /// Members reordered, repeated, missing, added, nulled, of another type, with spaces between the tokens.
    @Test func membersMovedRepeatedMissingAddedOrOfAnotherType() throws {
        var generator = SeededGenerator(seed: 10)
        var variants = 0
        for line in try Self.baseLines() {
            let top = try #require(Members(line))
            let payloadIndex = try #require(top.members.firstIndex { $0.key == "payload" })
            let payload = try #require(Members(Data(top.members[payloadIndex].value.utf8)))
            var mutations: [Members] = []
            for (level, object) in [("top", top), ("payload", payload)] {
                func place(_ changed: Members) -> Members {
                    guard level == "payload" else { return changed }
                    var whole = top
                    whole.members[payloadIndex].value = changed.text
                    return whole
                }
                for index in object.members.indices {
                    var removed = object
                    removed.members.remove(at: index)
                    mutations.append(place(removed))
                    var repeated = object
                    repeated.members.append(object.members[index])
                    mutations.append(place(repeated))
                    for value in ["null", "1", "-1", "1.5", "true", "\"x\"", "[]", "{}", "\"\"", "\"2026-11-25T16:30:00+08:00\""] {
                        var changed = object
                        changed.members[index].value = value
                        mutations.append(place(changed))
                    }
                }
                for extra in ["1", #""x""#, "null", #"{"a":[1,2]}"#] {
                    var added = object
                    added.members.insert((key: "extra", value: extra), at: 0)
                    mutations.append(place(added))
                }
                for _ in 0..<8 {
                    var shuffled = object
                    shuffled.members.shuffle(using: &generator)
                    mutations.append(place(shuffled))
                }
            }
            for mutation in mutations {
                Self.agree(Data(mutation.text.utf8), mutation.text)
                Self.agree(Data(mutation.spacedText.utf8), mutation.spacedText)
                variants += 1
            }
            #expect(Self.agree(Data(top.spacedText.utf8)), "spaces between the tokens are still the same line")
        }
        #expect(variants > 500)
    }

    /// Strings escaped every way JSON allows (the fast path must unescape them exactly) and ways it does not.
    @Test(arguments: [
        (#"\u0041\u00e9\u738b"#, true), (#"\"\\\/\b\f\n\r\t"#, true), (#"\ud83d\ude42"#, true), (#"\uD83D\uDE42"#, true),
        (#"\u0000"#, true), (#"\u001f"#, true), ("\u{7f}", true), ("é王🙂", true),
        (#"\ud83d"#, false), (#"\ude42"#, false), (#"\ud83d\u0041"#, false), (#"\x41"#, false), (#"\u12Z"#, false),
        (#"\u12G4"#, false), ("\u{01}", false), ("\t", false), ("\n", false), (#"\"#, false),
    ])
    func escapesInStrings(escaped: String, valid: Bool) throws {
        var takenOnce = false
        for line in try Self.baseLines() {
            let text = String(decoding: line, as: UTF8.self)
            for member in [#""text":""#, #""mrn":""#, #""author":""#, #""test":""#, #""source":""#, #""draftID":""#] {
                guard let range = text.range(of: member) else { continue }
                var changed = text
                changed.insert(contentsOf: escaped, at: range.upperBound)
                let taken = Self.agree(Data(changed.utf8), changed)
                if !valid { #expect(!taken, "\(changed)") }
                takenOnce = takenOnce || taken
            }
        }
        if valid { #expect(takenOnce, "the fast path unescapes it itself") }
    }

    /// Bytes that are not UTF-8 inside a string.
    @Test func invalidUTF8InAString() throws {
        for line in try Self.baseLines() {
            for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
                guard let quote = line.range(of: Data(#""author":""#.utf8)) else { continue }
                var changed = line
                changed.insert(contentsOf: bad, at: quote.upperBound)
                #expect(!Self.agree(changed), "\(bad)")
            }
        }
    }

    /// Numbers at and beyond their bounds, in the lab's value (a `Double`) and the envelope's integers.
    @Test(arguments: [
        "0", "-0", "0.0", "-0.0", "91", "-91", "1e2", "1E+2", "1e-2", "2.5E-3", "0.1", "0.30000000000000004",
        "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e400", "5e-324", "2e-324", "1e-400", "0e400",
        "2.2250738585072014e-308", "9007199254740993", "123456789012345678901234567890", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1.00000000000000011102230246251565404236316680908203125",
        "01", "-01", "1.", ".5", "+1", "1e", "1e+", "-", "--1", "0x10", "1_0", "NaN", "Infinity", "-Infinity", "1 2", "\"91\"",
    ])
    func numbersAtTheirBounds(number: String) throws {
        for line in try Self.baseLines() {
            let top = try #require(Members(line))
            for key in ["seq", "v", "uid"] {
                var changed = top
                guard let index = changed.members.firstIndex(where: { $0.key == key }) else { continue }
                changed.members[index].value = number
                Self.agree(Data(changed.text.utf8), "\(key) \(number)")
            }
            for key in ["value", "periodHours", "expectedRevision"] {
                guard let payloadIndex = top.members.firstIndex(where: { $0.key == "payload" }),
                    var payload = Members(Data(top.members[payloadIndex].value.utf8)),
                    let index = payload.members.firstIndex(where: { $0.key == key })
                else { continue }
                payload.members[index].value = number
                var changed = top
                changed.members[payloadIndex].value = payload.text
                Self.agree(Data(changed.text.utf8), "\(key) \(number)")
            }
        }
    }

    /// Every prefix of a line, every byte flipped, and random bytes spliced in: never a crash, never an entry
    /// JSONDecoder would not give.
    @Test func prefixesFlipsAndSplicedBytes() throws {
        var generator = SeededGenerator(seed: 11)
        for line in try Self.baseLines() {
            everyPrefixAndFlippedByte(of: line) { Self.agree($0) }
            for _ in 0..<300 {
                var changed = line
                let at = Int.random(in: 0...changed.count, using: &generator)
                changed.insert(contentsOf: (0..<Int.random(in: 1...4, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }, at: at)
                Self.agree(changed)
            }
            Self.agree(line + Data(" x".utf8))
            Self.agree(line + Data("}".utf8))
            Self.agree(Data("[".utf8) + line + Data("]".utf8))
        }
    }

    /// A line written by a newer consult-board is left to JSONDecoder, which says so (`NewerSchemaVersion`).
    @Test func aNewerSchemaIsLeftToJSONDecoder() throws {
        let line = try #require(Self.baseLines().first)
        let newer = BoardFiles.replacing(#""v":1"#, with: #""v":2"#, in: line)
        #expect(JournalFastDecode.entry(newer) == nil)
        #expect(throws: NewerSchemaVersion.self) { try BoardJSON.decoder().decode(JournalEntry.self, from: newer) }
    }
}

/// A compact JSON object's members as text, to rebuild it with members moved, repeated or changed (test only).
private struct Members {
    var members: [(key: String, value: String)]

    init(members: [(key: String, value: String)]) { self.members = members }

    /// Splits a compact object into its top-level members; `nil` if it is not one.
    init?(_ data: Data) {
        let bytes = Array(data)
        guard bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}") else { return nil }
        var members: [(String, String)] = []
        var index = 1
        while index < bytes.count - 1 {
            guard let keyEnd = Self.valueEnd(bytes, from: index), keyEnd < bytes.count, bytes[keyEnd] == UInt8(ascii: ":"),
                let valueEnd = Self.valueEnd(bytes, from: keyEnd + 1)
            else { return nil }
            let key = String(decoding: bytes[(index + 1)..<(keyEnd - 1)], as: UTF8.self)
            members.append((key, String(decoding: bytes[(keyEnd + 1)..<valueEnd], as: UTF8.self)))
            index = valueEnd + 1
        }
        self.members = members
    }

    /// Where the JSON value starting at `start` ends: the index of the `,`, `:` or closing `}` after it.
    private static func valueEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return index }
                    depth -= 1
                case UInt8(ascii: ","), UInt8(ascii: ":"):
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        }
        return nil
    }

    var text: String { "{" + members.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}" }
    var spacedText: String { "{ " + members.map { "\"\($0.key)\" :\t\($0.value)\r\n" }.joined(separator: " , ") + " }" }
}
