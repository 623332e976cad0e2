import Foundation

/// A strict, small reader of JSON values in a byte buffer, for the journal's fast decode (`JournalFastDecode`).
///
/// Every method reads one value exactly as the JSON grammar (RFC 8259) allows and returns `nil` (or `false`) for
/// anything else, and for some valid text it does not handle (an escaped key, a number with more than 40
/// characters, a lone surrogate, a fraction where an integer is expected): the caller then decodes the whole line
/// with `JSONDecoder`, which is the reference. So this reader may refuse more than `JSONDecoder`, never less, and
/// where it accepts it gives the same value. It never reads outside the buffer and never traps.
struct CompactJSONReader {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The members of one object read so far, to refuse a repeated member (which `JSONDecoder` may read
    /// either way): a handful of short keys, so a small array beats a hashed set.
    struct MemberSet {
        private var keys: [String] = []

        /// `false` when `key` was already there.
        mutating func insert(_ key: String) -> Bool {
            guard !keys.contains(key) else { return false }
            keys.append(key)
            return true
        }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips JSON whitespace (space, tab, newline, carriage return).
    mutating func skipSpaces() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// Consumes `byte` after any whitespace; `false` (nothing consumed but the whitespace) when it is not next.
    mutating func consume(_ byte: UInt8) -> Bool {
        skipSpaces()
        guard current == byte else { return false }
        index += 1
        return true
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool {
        skipSpaces()
        return index == bytes.count
    }

    /// Reads an object's members, calling `member` with each key (the reader then at its value, which `member`
    /// must read). `false` when the object is malformed, a key has escapes, or `member` returns `false`.
    mutating func members(_ member: (inout CompactJSONReader, String) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "{")) else { return false }
        if consume(UInt8(ascii: "}")) { return true }
        repeat {
            skipSpaces()
            guard let key = plainKey(), consume(UInt8(ascii: ":")) else { return false }
            skipSpaces()
            guard member(&self, key) else { return false }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}"))
    }

    /// Reads an array's elements, calling `element` with the reader at each (which `element` must read). `false`
    /// when the array is malformed or `element` returns `false`.
    mutating func elements(_ element: (inout CompactJSONReader) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "[")) else { return false }
        if consume(UInt8(ascii: "]")) { return true }
        repeat {
            skipSpaces()
            guard element(&self) else { return false }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]"))
    }

    /// A key without escapes (the journal's keys are plain ASCII names): an escaped key goes to `JSONDecoder`,
    /// which unescapes it before matching.
    private mutating func plainKey() -> String? {
        plainASCII().map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a string of printable ASCII without escapes, the reader moved past it; `nil` (the reader
    /// unmoved) for any other value.
    private mutating func plainASCII() -> UnsafeRawBufferPointer? {
        guard current == UInt8(ascii: "\"") else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] >= 0x20, bytes[end] < 0x7F, bytes[end] != UInt8(ascii: "\\") else { return nil }
            end += 1
        }
        guard end < bytes.count else { return nil }
        let text = UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<end])
        index = end + 1
        return text
    }

    /// Consumes the literal `null` if it is next.
    mutating func null() -> Bool { literal("null") }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard count <= bytes.count - index else { return false }
        let matches = word.withUTF8Buffer { text in
            (0..<count).allSatisfy { bytes[index + $0] == text[$0] }
        }
        if matches { index += count }
        return matches
    }

    /// A string, unescaped; `nil` for invalid UTF-8, a raw control character, a bad escape or a lone surrogate.
    mutating func string() -> String? {
        guard current == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        var highBits: UInt8 = 0
        // The common case: no escapes, so the bytes are the string.
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") {
            guard bytes[end] >= 0x20 else { return nil }
            highBits |= bytes[end]
            end += 1
        }
        guard end < bytes.count else { return nil }
        if bytes[end] == UInt8(ascii: "\"") {
            let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            // ASCII is valid UTF-8 as it stands, so it skips the validating initialiser: that one is generic and
            // looked up its type's metadata on every call (7 % of the first screen's CPU, in `perf`).
            let text = highBits < 0x80 ? String(decoding: raw, as: UTF8.self) : String(validating: raw, as: UTF8.self)
            guard let text else { return nil }
            index = end + 1
            return text
        }
        var unescaped = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        index = end
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(validating: unescaped, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard let scalar = escape() else { return nil }
                unescaped.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                guard byte >= 0x20 else { return nil }
                unescaped.append(byte)
                index += 1
            }
        }
        return nil
    }

    /// The character a backslash escape stands for (the reader just after the backslash).
    private mutating func escape() -> Unicode.Scalar? {
        guard let byte = current else { return nil }
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let unit = hexUnit() else { return nil }
            switch unit {
            case 0xD800...0xDBFF:
                // A high surrogate must be followed by an escaped low one; anything else goes to `JSONDecoder`.
                guard literal("\\u"), let low = hexUnit(), (0xDC00...0xDFFF).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            case 0xDC00...0xDFFF:
                return nil
            default:
                return Unicode.Scalar(unit)
            }
        default:
            return nil
        }
    }

    /// Four hex digits.
    private mutating func hexUnit() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Skips a string that holds only printable ASCII without escapes (the seal's hash, a signature and its key),
    /// checked as strictly as `string()`.
    mutating func skipPlainASCIIString() -> Bool { plainASCII() != nil }

    /// An integer without fraction or exponent that fits `Int`.
    mutating func integer() -> Int? {
        guard let number = numberText(), !number.hasFraction else { return nil }
        var value = 0
        for byte in number.digits {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = number.negative
                ? times.subtractingReportingOverflow(Int(byte - 0x30)) : times.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// A finite `Double`, correctly rounded from the number's text as `JSONDecoder` rounds it; `nil` for a number
    /// that overflows, that rounds to zero although it has non-zero digits, or that is longer than 40 characters.
    mutating func double() -> Double? {
        let start = index
        guard let number = numberText(), index - start <= 40 else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        if value == 0, number.hasNonZeroDigit { return nil }
        return value
    }

    private struct NumberText {
        var negative: Bool
        /// The integer part's digits.
        var digits: UnsafeRawBufferPointer.SubSequence
        /// Whether a digit of the integer or the fraction part is not 0 (so the value is not zero).
        var hasNonZeroDigit: Bool
        /// A fraction or an exponent.
        var hasFraction: Bool
    }

    /// Reads a number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func numberText() -> NumberText? {
        let negative = current == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        guard let first = current, first >= 0x30, first <= 0x39 else { return nil }
        index += 1
        if first != 0x30 { skipDigits() }
        let digits = bytes[integerStart..<index]
        var nonZero = first != 0x30
        var fraction = false
        if current == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            guard skipDigits() > 0 else { return nil }
            nonZero = nonZero || bytes[fractionStart..<index].contains { $0 != UInt8(ascii: "0") }
            fraction = true
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { return nil }
            fraction = true
        }
        return NumberText(negative: negative, digits: digits, hasNonZeroDigit: nonZero, hasFraction: fraction)
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = index
        while let byte = current, byte >= 0x30, byte <= 0x39 { index += 1 }
        return index - start
    }
}
