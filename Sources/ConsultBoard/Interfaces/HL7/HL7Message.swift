import Foundation

/// One HL7 v2.x message, parsed: its segments, fields, repetitions and components, with the escape sequences of
/// its own encoding characters undone (HL7 v2.5.1, chapter 2: "Control").
///
/// Positions are HL7's own, counted from 1: `field("PID", 3)` is PID-3, and in MSH the field separator itself is
/// MSH-1 (so MSH-9 is the message type, as the standard numbers it). A message that does not start with an MSH
/// segment, or whose encoding characters are missing, is refused with the reason.
public struct HL7Message: Sendable, Equatable {
    /// One segment: its name and its fields (index 0 is the name; for MSH, index 1 is the field separator).
    public struct Segment: Sendable, Equatable {
        public var name: String
        var fields: [String]
    }

    public let segments: [Segment]
    let separators: Separators

    /// The characters that split a message: | ^ ~ \ & by default, as MSH-1 and MSH-2 declare them.
    struct Separators: Sendable, Equatable {
        var field: Character
        var component: Character
        var repetition: Character
        var escape: Character
        var subcomponent: Character
    }

    public init(_ text: String) throws(HL7Error) {
        // Segments end with CR; files and terminals often carry LF or CR LF instead.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\r").replacingOccurrences(of: "\n", with: "\r")
            .split(separator: "\r", omittingEmptySubsequences: true).map(String.init)
        guard let header = lines.first, header.hasPrefix("MSH"), header.count >= 8 else {
            throw .malformed("a message starts with an MSH segment (MSH|^~\\&|...)")
        }
        let characters = Array(header)
        let encoding = characters[4..<8]
        let separators = Separators(
            field: characters[3], component: encoding[encoding.startIndex], repetition: encoding[encoding.startIndex + 1],
            escape: encoding[encoding.startIndex + 2], subcomponent: encoding[encoding.startIndex + 3])
        guard Set([separators.field, separators.component, separators.repetition, separators.escape, separators.subcomponent]).count == 5,
              !characters[3].isLetter, !characters[3].isNumber
        else { throw .malformed("MSH-1 and MSH-2 must give five different separator characters (|^~\\&)") }
        self.separators = separators
        var segments: [Segment] = []
        for line in lines {
            var fields = line.split(separator: separators.field, omittingEmptySubsequences: false).map(String.init)
            guard let name = fields.first, name.count == 3, name.allSatisfy({ $0.isUppercase || $0.isNumber }) else {
                throw .malformed("'\(line.prefix(20))' is not a segment (a segment starts with a three-letter name such as PID or OBX)")
            }
            if name == "MSH" {
                // MSH-1 is the separator itself; MSH-2 the encoding characters, taken as they are.
                fields.insert(String(separators.field), at: 1)
            }
            segments.append(Segment(name: name, fields: fields))
        }
        self.segments = segments
    }

    /// The segments named `name`, in order (`segments("OBX")`).
    public func segments(_ name: String) -> [Segment] { segments.filter { $0.name == name } }

    /// The raw text of field `index` of `segment` (escapes still in place), or "" when absent.
    public func raw(_ segment: Segment, _ index: Int) -> String {
        segment.fields.indices.contains(index) ? segment.fields[index] : ""
    }

    /// Component `component` (from 1) of the first repetition of field `index`, escapes undone; "" when absent.
    public func value(_ segment: Segment, _ index: Int, component: Int = 1) -> String {
        let field = raw(segment, index)
        if segment.name == "MSH", index <= 2 { return field }
        let repetition = field.split(separator: separators.repetition, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let components = repetition.split(separator: separators.component, omittingEmptySubsequences: false)
        guard component >= 1, components.indices.contains(component - 1) else { return "" }
        let subcomponent = components[component - 1].split(separator: separators.subcomponent, omittingEmptySubsequences: false).first ?? ""
        return unescape(String(subcomponent))
    }

    /// MSH's value of field `index`.
    public func header(_ index: Int, component: Int = 1) -> String {
        segments.first.map { value($0, index, component: component) } ?? ""
    }

    /// The message type and trigger (`ORU^R01`).
    public var type: String { "\(header(9, component: 1))^\(header(9, component: 2))" }

    /// MSH-10, the sender's control id (what an ACK answers, and what makes a repeated message recognisable).
    public var controlID: String { header(10) }

    /// Undoes HL7's escape sequences (\F\ \S\ \T\ \R\ \E\); a sequence this board has no use for (formatting,
    /// hexadecimal, character sets) is kept as it was written, visibly.
    func unescape(_ text: String) -> String {
        guard text.contains(separators.escape) else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(of: separators.escape) {
            out += rest[..<start]
            let after = rest.index(after: start)
            guard let end = rest[after...].firstIndex(of: separators.escape) else {
                out += rest[start...]
                return out
            }
            switch rest[after..<end] {
            case "F": out.append(separators.field)
            case "S": out.append(separators.component)
            case "T": out.append(separators.subcomponent)
            case "R": out.append(separators.repetition)
            case "E": out.append(separators.escape)
            default: out += rest[start...end]
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// Splits a file or stream holding several messages, each starting with an MSH segment.
    /// A file's bytes cut where each message's MSH segment starts (a line beginning "MSH"), before they are read as
    /// text: each message may declare its own character set (MSH-18), and CR and LF are never part of a multibyte
    /// character in the sets read (`HL7CharacterSet`), so the cut is safe before decoding.
    public static func split(bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        let header = Array("MSH".utf8)
        var starts: [Int] = []
        for index in bytes.indices where bytes[index...].starts(with: header) {
            var before = index - 1
            // A segment may be preceded by MLLP's vertical tab or by spaces (as `split` trims them).
            while before >= 0, bytes[before] == 0x0B || bytes[before] == 0x1C || bytes[before] == 0x20 { before -= 1 }
            if before < 0 || bytes[before] == 0x0D || bytes[before] == 0x0A { starts.append(index) }
        }
        guard let first = starts.first else { return bytes.isEmpty ? [] : [bytes[...]] }
        var pieces: [ArraySlice<UInt8>] = first > 0 ? [bytes[..<first]] : []
        for (offset, start) in starts.enumerated() {
            let end = offset + 1 < starts.count ? starts[offset + 1] : bytes.count
            pieces.append(bytes[start..<end])
        }
        return pieces
    }

    public static func split(_ text: String) -> [String] {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\r").replacingOccurrences(of: "\n", with: "\r")
        var messages: [String] = []
        var current: [Substring] = []
        for segment in normalised.split(separator: "\r", omittingEmptySubsequences: true) {
            let trimmed = segment.drop { $0 == "\u{0B}" || $0 == "\u{1C}" || $0 == " " }
            guard !trimmed.isEmpty else { continue }
            if trimmed.hasPrefix("MSH"), !current.isEmpty {
                messages.append(current.joined(separator: "\r"))
                current = []
            }
            current.append(trimmed)
        }
        if !current.isEmpty { messages.append(current.joined(separator: "\r")) }
        return messages
    }
}

/// Why an HL7 message could not be taken: the segment and field named, in words a lab-system engineer can act on.
public enum HL7Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not an HL7 v2 message at all (AR: rejected).
    case malformed(String)
    /// A message type this board does not take (AR).
    case unsupported(type: String)
    /// A field this board cannot use (AE: the message was understood, the content refused).
    case field(segment: String, field: Int, problem: String)

    public var description: String {
        switch self {
        case let .malformed(reason): "not an HL7 v2 message: \(reason)"
        case let .unsupported(type): "message type \(type) is not taken by this board (it takes ORU^R01 results and ADT^A01, A02, A03 and A08)"
        case let .field(segment, field, problem): "\(segment)-\(field): \(problem)"
        }
    }

    /// The acknowledgement code: AR for what is not a message this board takes, AE for content it refuses.
    public var acknowledgementCode: String {
        switch self {
        case .malformed, .unsupported: "AR"
        case .field: "AE"
        }
    }
}
