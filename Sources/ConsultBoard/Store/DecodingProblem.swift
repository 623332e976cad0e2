import Foundation

/// A decoding failure said the way a person fixing the file needs it: the JSON path of the first problem and
/// what was expected there, e.g. `$.patients[2].notes[5].at: expected an ISO 8601 date`.
struct DecodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    var path: String
    var reason: String
    /// `reason` in the reader's words (a text the decoder wrote itself stays as it was written).
    var reasonWords: ShownText

    var description: String { "\(path): \(reason)" }

    /// The problem in the reader's words: the path as it is, then the reason.
    var words: ShownText { .tr("decoding.problem", ["path": "\(path)", "reason": reasonWords]) }

    init(path: String, reason: ShownText) {
        self.path = path
        self.reason = reason.english
        reasonWords = reason
    }

    /// Describes any error thrown by `JSONDecoder`.
    init(_ error: any Error) {
        guard let error = error as? DecodingError else {
            self.init(path: "$", reason: "\(error)")
            return
        }
        switch error {
        case let .typeMismatch(type, context):
            self.init(path: Self.path(context.codingPath), reason: .tr("decoding.expected", ["what": Self.noun(type)]))
        case let .valueNotFound(type, context):
            self.init(path: Self.path(context.codingPath), reason: .tr("decoding.expectedNotNull", ["what": Self.noun(type)]))
        case let .keyNotFound(key, context):
            self.init(path: Self.path(context.codingPath + [key]), reason: .tr("decoding.missing"))
        case let .dataCorrupted(context):
            self.init(path: Self.path(context.codingPath), reason: Self.reason(context))
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

    /// Foundation's own texts (the value it could not accept, the JSON parser's complaint) are kept as they are,
    /// inside words of the catalogue.
    private static func reason(_ context: DecodingError.Context) -> ShownText {
        let text = context.debugDescription
        if text.hasPrefix("expected ") { return "\(text)" }
        if text.contains("Cannot initialize") {
            // "Cannot initialize Service from invalid String value xyz": a word outside a closed vocabulary.
            return .tr("decoding.notAccepted", ["detail": "\(text)"])
        }
        if let underlying = context.underlyingError {
            return .tr("decoding.notJSON", ["detail": "\(underlying.localizedDescription)"])
        }
        return "\(text)"
    }

    private static func noun(_ type: Any.Type) -> ShownText {
        switch type {
        case is String.Type: .tr("decoding.noun.string")
        case is Int.Type: .tr("decoding.noun.wholeNumber")
        case is Double.Type: .tr("decoding.noun.number")
        case is Bool.Type: .tr("decoding.noun.bool")
        case is Date.Type: .tr("decoding.noun.date")
        default:
            if "\(type)".hasPrefix("Array") {
                .tr("decoding.noun.array")
            } else if "\(type)".hasPrefix("Dictionary") {
                .tr("decoding.noun.object")
            } else {
                .tr("decoding.noun.other", ["type": "\(type)"])
            }
        }
    }
}
