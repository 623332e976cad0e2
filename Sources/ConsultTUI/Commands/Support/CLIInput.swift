import ConsultBoard
import Foundation

/// Reads the values of options the way every command reads them, with the library's clear errors: numbers
/// (`--value abc` is refused by name), ISO 8601 times, vocabularies, and text that may come from standard input.
enum CLIInput {
    /// A plain decimal number (`37.8`, `-2`); not `1e3`, `0x25`, `nan`, `1,5` (see `PlainDecimal`).
    static func number(_ text: String, field: String) throws(BoardError) -> Double {
        try PlainDecimal.parse(text, field: field)
    }

    /// A whole number (`62`).
    static func integer(_ text: String, field: String) throws(BoardError) -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw .notANumber(field: field, value: text)
        }
        return value
    }

    /// An ISO 8601 time (see `ISODate`), or `now` when the option was not given.
    static func date(_ text: String?, field: String, now: Date = Date()) throws(BoardError) -> Date {
        guard let text else { return BoardJSON.wholeSeconds(now) }
        return try ISODate.parse(text, field: field)
    }

    /// An optional ISO 8601 time.
    static func optionalDate(_ text: String?, field: String) throws(BoardError) -> Date? {
        try text.map { (text) throws(BoardError) in try ISODate.parse(text, field: field) }
    }

    /// A value of a closed vocabulary; an unknown value lists the valid ones.
    static func vocabulary<V: Vocabulary>(_ text: String, _: V.Type = V.self, field: String) throws(BoardError) -> V {
        try V.parse(text, field: field)
    }

    /// The text of an option, or all of standard input when the option is `-` (for multi-line notes:
    /// `consult-board note add SCI-0001 --service ward --text - < note.txt`). Trailing line breaks are dropped.
    static func text(_ value: String, field: String) throws(CLIError) -> String {
        guard value == "-" else { return value }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard var text = String(data: data, encoding: .utf8) else {
            throw CLIError.notUTF8Input(field: field)
        }
        while let last = text.last, last.isNewline { text.removeLast() }
        return text
    }

    /// Text for a field that keeps its previous value when the option is not given.
    static func optionalText(_ value: String?, field: String) throws(CLIError) -> String? {
        try value.map { (value) throws(CLIError) in try text(value, field: field) }
    }
}
