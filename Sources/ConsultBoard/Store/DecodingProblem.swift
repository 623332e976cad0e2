import Foundation

/// A decoding failure said the way a person fixing the file needs it: the JSON path of the first problem and
/// what was expected there, e.g. `$.patients[2].notes[5].at: expected an ISO 8601 date`.
struct DecodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    var path: String
    var reason: String
    /// The reason in words, when it is one of the shapes below (`reason` is its English).
    var words: ShownText?

    var description: String { "\(path): \(reason)" }

    /// The problem in words: the path as it is, the reason in the reader's language.
    var text: ShownText { [.plain(path), .englishOr(reason, words ?? .plain(reason))].joined(.tr("text.colon")) }

    init(path: String, reason: String, words: ShownText? = nil) {
        self.path = path
        self.reason = reason
        self.words = words
    }

    /// Describes any error thrown by `JSONDecoder`.
    init(_ error: any Error) {
        guard let error = error as? DecodingError else {
            self.init(path: "$", reason: "\(error)")
            return
        }
        switch error {
        case let .typeMismatch(type, context):
            self.init(path: Self.path(context.codingPath), reason: "expected \(Self.noun(type))", words: .tr("decoding.expected", ["kind": Self.nounWords(type)]))
        case let .valueNotFound(type, context):
            self.init(
                path: Self.path(context.codingPath), reason: "expected \(Self.noun(type)), found null or nothing",
                words: .tr("decoding.expectedNotNull", ["kind": Self.nounWords(type)]))
        case let .keyNotFound(key, context):
            self.init(path: Self.path(context.codingPath + [key]), reason: "missing (required)", words: .tr("decoding.missing"))
        case let .dataCorrupted(context):
            let (reason, words) = Self.reason(context)
            self.init(path: Self.path(context.codingPath), reason: reason, words: words)
        @unknown default:
            self.init(path: "$", reason: "\(error)")
        }
    }

    /// `$.patients[2].notes[5].at` for a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var path = "$"
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == "\(index)" {
                path += "[\(index)]"
            } else {
                path += "." + key.stringValue
            }
        }
        return path
    }

    private static func reason(_ context: DecodingError.Context) -> (String, ShownText?) {
        let text = context.debugDescription
        if text.hasPrefix("expected ") { return (text, nil) }
        if text.contains("Cannot initialize") {
            // "Cannot initialize Service from invalid String value xyz": a word outside a closed vocabulary.
            return ("not an accepted value (\(text))", .tr("decoding.notAccepted", ["detail": .plain(text)]))
        }
        if let underlying = context.underlyingError {
            let detail = underlying.localizedDescription
            return ("not valid JSON (\(detail))", .tr("decoding.notJSON", ["detail": .plain(detail)]))
        }
        return (text, nil)
    }

    /// `noun` in the reader's words.
    private static func nounWords(_ type: Any.Type) -> ShownText {
        let text: ShownText
        switch type {
        case is String.Type: text = .tr("decoding.kind.string")
        case is Int.Type: text = .tr("decoding.kind.wholeNumber")
        case is Double.Type: text = .tr("decoding.kind.number")
        case is Bool.Type: text = .tr("decoding.kind.bool")
        case is Date.Type: text = .tr("decoding.kind.date")
        default:
            if "\(type)".hasPrefix("Array") {
                text = .tr("decoding.kind.array")
            } else if "\(type)".hasPrefix("Dictionary") {
                text = .tr("decoding.kind.object")
            } else {
                return .plain(noun(type))
            }
        }
        return .englishOr(noun(type), text)
    }

    private static func noun(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is Date.Type: "an ISO 8601 date"
        default:
            if "\(type)".hasPrefix("Array") { "an array" } else if "\(type)".hasPrefix("Dictionary") { "an object" } else { "a \(type)" }
        }
    }
}
