import Foundation

/// The parts of a journal line a writer needs about every line of the tail: its number, the hash it chains to,
/// its patient, its kind and its schema version, without decoding the payload.
///
/// A change reads every line since the checkpoint; decoding each fully with `JSONDecoder` cost about 20 µs a
/// line, most of a change's time. This reads the line's top-level members with a small scanner that skips the
/// payload (about 1 µs). The payload is decoded only for the lines the change must replay, and then the decoded
/// entry is checked against the envelope.
struct JournalEnvelope: Sendable, Equatable {
    var sequence: Int
    var previousHash: String
    var patient: MRN?
    var kind: BoardCommand.Kind
    var version: Int

    init(sequence: Int, previousHash: String, patient: MRN?, kind: BoardCommand.Kind, version: Int) {
        self.sequence = sequence
        self.previousHash = previousHash
        self.patient = patient
        self.kind = kind
        self.version = version
    }

    init(_ entry: JournalEntry) {
        self.init(
            sequence: entry.sequence, previousHash: entry.previousHash, patient: entry.patient,
            kind: entry.command.kind, version: JournalEntry.schemaVersion)
    }

    /// The envelope of a line as consult-board writes it (a compact JSON object), or `nil` when the line is
    /// anything else; the caller then decodes it with `JSONDecoder`, which says what is wrong.
    static func scan(_ line: Data) -> JournalEnvelope? {
        line.withUnsafeBytes { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.envelope()
        }
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func skipSpaces() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        private mutating func expect(_ byte: UInt8) -> Bool {
            skipSpaces()
            guard current == byte else { return false }
            index += 1
            return true
        }

        mutating func envelope() -> JournalEnvelope? {
            guard expect(UInt8(ascii: "{")) else { return nil }
            var sequence: Int?
            var previous: String?
            var patient: MRN?
            var patientSeen = false
            var kind: BoardCommand.Kind?
            var version: Int?
            if expect(UInt8(ascii: "}")) { return nil }
            repeat {
                skipSpaces()
                guard let key = plainString(), expect(UInt8(ascii: ":")) else { return nil }
                skipSpaces()
                switch key {
                case "seq":
                    guard sequence == nil, let value = integer() else { return nil }
                    sequence = value
                case "v":
                    guard version == nil, let value = integer() else { return nil }
                    version = value
                case "prev":
                    guard previous == nil, let value = plainString() else { return nil }
                    previous = value
                case "kind":
                    guard kind == nil, let value = plainString(), let known = BoardCommand.Kind(rawValue: value) else { return nil }
                    kind = known
                case "patient":
                    guard !patientSeen else { return nil }
                    patientSeen = true
                    if current == UInt8(ascii: "n") {
                        guard skipValue() else { return nil }
                    } else {
                        guard let value = plainString() else { return nil }
                        patient = value
                    }
                default:
                    guard skipValue() else { return nil }
                }
            } while expect(UInt8(ascii: ","))
            guard expect(UInt8(ascii: "}")), let sequence, let previous, let kind, let version else { return nil }
            skipSpaces()
            guard index == bytes.count else { return nil }
            return JournalEnvelope(sequence: sequence, previousHash: previous, patient: patient, kind: kind, version: version)
        }

        /// A string without escapes (keys, hashes, MRNs, kinds); `nil` for anything else.
        private mutating func plainString() -> String? {
            guard current == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                guard bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 else { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            index = end + 1
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        private mutating func integer() -> Int? {
            var value = 0
            var digits = 0
            while let byte = current, byte >= 0x30, byte <= 0x39 {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
                guard !overflow1, !overflow2 else { return nil }
                value = sum
                digits += 1
                index += 1
            }
            return digits > 0 ? value : nil
        }

        /// Skips one JSON value of any kind (strings with escapes, nested objects and arrays, literals).
        private mutating func skipValue() -> Bool {
            var depth = 0
            repeat {
                skipSpaces()
                guard let byte = current else { return false }
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    while let c = current, c != UInt8(ascii: "\"") { index += c == UInt8(ascii: "\\") ? 2 : 1 }
                    guard current != nil else { return false }
                    index += 1
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard depth > 0 else { return false }
                    depth -= 1
                    index += 1
                case UInt8(ascii: ","), UInt8(ascii: ":"):
                    guard depth > 0 else { return false }
                    index += 1
                default:
                    // A number or a literal: up to the next delimiter.
                    while let c = current, c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c != UInt8(ascii: "]"),
                        c != 0x20, c != 0x0A, c != 0x0D, c != 0x09
                    {
                        index += 1
                    }
                }
            } while depth > 0
            return true
        }
    }
}
