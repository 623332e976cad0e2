import Foundation

/// Why a set of exam values is not an ISNCSCI exam. Each message names the key and says what is accepted.
public enum ISNCSCIError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A key that is not part of the exam (a typo, or another form's field).
    case unknownKey(String, suggestion: String?)
    /// A value the worksheet does not allow for this key.
    case illegalValue(key: String, value: String, allowed: [String])
    /// Values the classification needs that are absent or empty (write `NT` for a segment not testable).
    case missingValues([String])

    /// The message; the key and value come from the exam as written, so they are sanitised for the terminal.
    public var description: String {
        switch self {
        case let .unknownKey(key, suggestion):
            "unknown ISNCSCI exam key '\(Sanitizer.line(key))'"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + " Keys are \(ISNCSCIExam.keyPattern)"
        case let .illegalValue(key, value, allowed):
            "ISNCSCI \(Sanitizer.line(key)) '\(Sanitizer.line(value))' is not allowed; allowed: \(allowed.joined(separator: ", "))"
        case let .missingValues(keys):
            "the ISNCSCI exam has no value for \(Self.list(keys)); record NT where a segment cannot be tested"
        }
    }

    /// The same refusal as a board error, for `Board.apply` (the written key or value sanitised).
    public var boardError: BoardError {
        switch self {
        case let .unknownKey(key, suggestion):
            .invalidValue(
                field: "ISNCSCI exam key", value: Sanitizer.line(key),
                valid: suggestion.map { .tr("error.board.valid.didYouMean", ["key": "\($0)", "pattern": "\(ISNCSCIExam.keyPattern)"]) }
                    ?? "\(ISNCSCIExam.keyPattern)")
        case let .illegalValue(key, value, allowed):
            .invalidValue(field: "ISNCSCI \(key)", value: Sanitizer.line(value), valid: "\(allowed.joined(separator: ", "))")
        case .missingValues:
            .inconsistent(.englishOr(description, .plain(shown)))
        }
    }

    private static func list(_ keys: [String]) -> String {
        let shown = keys.prefix(6).joined(separator: ", ")
        return keys.count > 6 ? "\(shown) and \(keys.count - 6) more" : shown
    }
}
