import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The character set a message's bytes are written in, as MSH-18 declares it (HL7 v2.5.1 table 0211). Chinese
/// hospital systems often send GB 18030 (of which GBK and GB 2312 are parts): such a message was refused as "not
/// UTF-8", so a feed from them recorded nothing. Other declared sets are read only while the message is plain
/// ASCII, where they all agree; with other bytes the message is refused, naming the set.
public enum HL7CharacterSet: Sendable, Equatable {
    /// UTF-8, also what a message that declares nothing (or ASCII, or UNICODE UTF-8) is read as.
    case utf8
    case gb18030
    /// A set this board does not convert (8859/1, BIG-5, KS X 1001...), as declared.
    case other(String)

    /// The set MSH-18 declares (its first repetition); an empty field is UTF-8.
    init(declared: String) {
        switch declared.trimmingCharacters(in: .whitespaces).uppercased() {
        case "", "ASCII", "UNICODE UTF-8", "UTF-8", "UNICODE": self = .utf8
        case "GB 18030-2000", "GB18030": self = .gb18030
        default: self = .other(declared.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The name MSH-18 gives it in an acknowledgement; `nil` for UTF-8, which an acknowledgement has always sent
    /// without declaring it.
    var declaredName: String? {
        switch self {
        case .utf8: nil
        case .gb18030: "GB 18030-2000"
        case let .other(name): name
        }
    }

    /// `text` in this set's bytes; `nil` when it cannot be written in it.
    public func encode(_ text: String) -> [UInt8]? {
        switch self {
        case .utf8: Array(text.utf8)
        case .gb18030: Self.convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
        case .other: text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
        }
    }

    /// `bytes` read in this set; `nil` when they are not valid in it.
    public func decode(_ bytes: some Collection<UInt8>) -> String? {
        switch self {
        case .utf8: String(validating: bytes, as: UTF8.self)
        case .gb18030: Self.convert(Array(bytes), from: "GB18030", to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
        case .other: bytes.allSatisfy { $0 < 0x80 } ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }

    /// Reads one message's bytes (from its MSH segment on) in the set its MSH-18 declares: UTF-8 bytes are read as
    /// UTF-8 first to find the declaration, bytes that are not UTF-8 as GB 18030 (which must then be declared).
    public static func read(_ bytes: some Collection<UInt8>) throws(HL7Error) -> (text: String, characterSet: HL7CharacterSet) {
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            let declared = HL7CharacterSet(declared: declaration(in: utf8))
            // What the header declares wins: GB 18030 bytes can happen to form valid UTF-8.
            guard declared != .utf8 else { return (utf8, .utf8) }
            guard let text = declared.decode(bytes) else { throw notReadable(declared) }
            return (text, declared)
        }
        guard let text = HL7CharacterSet.gb18030.decode(bytes) else { throw notReadable(.utf8) }
        let declared = HL7CharacterSet(declared: declaration(in: text))
        guard declared == .gb18030 else { throw notReadable(declared) }
        return (text, .gb18030)
    }

    /// MSH-18 of the message `text` starts with (empty when it has none or is not a message), read from its header
    /// segment alone.
    private static func declaration(in text: String) -> String {
        // By scalars: CR LF is one Character, neither CR nor LF.
        let header = text.unicodeScalars.prefix { $0 != "\r" && $0 != "\n" }
        return (try? HL7Message(String(String.UnicodeScalarView(header))))?.header(18) ?? ""
    }

    private static func notReadable(_ declared: HL7CharacterSet) -> HL7Error {
        switch declared {
        case .utf8: .malformed("the message is not UTF-8 text, and its MSH-18 declares no character set it is written in (send UTF-8, or declare GB 18030-2000 in MSH-18)")
        case .gb18030: .malformed("the message declares GB 18030-2000 in MSH-18, but its bytes are not GB 18030 text")
        case let .other(name): .malformed("the message declares '\(name)' in MSH-18, which this board does not read beyond ASCII (send UTF-8 or GB 18030-2000)")
        }
    }

    /// `bytes` converted between two encodings by the C library's iconv; `nil` for an invalid or incomplete sequence.
    private static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        guard let converter = iconv_open(target, source), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        // GB 18030 takes at most 4 bytes a character, UTF-8 at most 4 for what GB 18030 holds: 4x always suffices.
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let inputCount = input.count
        let outputCount = output.count
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                var inLeft = inputCount
                var outLeft = outputCount
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != size_t.max, inLeft == 0 else {
                    return nil
                }
                return outputCount - outLeft
            }
        }
        guard let written else { return nil }
        return output.prefix(written).map { UInt8(bitPattern: $0) }
    }
}
