import Foundation

/// The one JSON configuration of every board file: ISO 8601 dates (whole seconds, UTC), keys sorted so that the
/// same value always gives the same bytes (the hash chain depends on it).
///
/// Dates are written and read by `BoardDate` (the same text Foundation's `.iso8601` strategy writes, several
/// times faster to read back); a date that is not ISO 8601 is refused with "expected an ISO 8601 date".
public enum BoardJSON {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(BoardDate.format(date))
        }
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let example = "expected an ISO 8601 date such as 2026-11-25T08:30:00Z"
            guard let text = try? container.decode(String.self) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: example)
            }
            guard let date = BoardDate.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(example), found '\(text)'")
            }
            return date
        }
        return decoder
    }

    /// A date as the board writes it: `2026-11-25T08:30:00Z`.
    public static func string(from date: Date) -> String { BoardDate.format(date) }

    /// The date an ISO 8601 text names (`2026-11-25T08:30:00Z`, `2026-11-25T16:30:00+08:00`), or `nil`.
    public static func date(from text: String) -> Date? { BoardDate.parse(text) }

    /// Dates on the board have whole-second precision, so a change reads back exactly as it was applied.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
