import Foundation

/// A decoding failure said the way a person fixing the file needs it: the JSON path of the first problem and
/// what was expected there, e.g. `$.patients[2].notes[5].at: expected an ISO 8601 date`.
struct DecodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "\(path): \(reason)" }

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// Describes any error thrown by `JSONDecoder`.
    init(_ error: any Error) {
        guard let error = error as? DecodingError else {
            self.init(path: "$", reason: "\(error)")
            return
        }
        switch error {
        case let .typeMismatch(type, context):
            self.init(path: Self.path(context.codingPath), reason: "expected \(Self.noun(type))")
        case let .valueNotFound(type, context):
            self.init(path: Self.path(context.codingPath), reason: "expected \(Self.noun(type)), found null or nothing")
        case let .keyNotFound(key, context):
            self.init(path: Self.path(context.codingPath + [key]), reason: "missing (required)")
        case let .dataCorrupted(context):
            let reason = Self.reason(context)
            self.init(path: Self.path(context.codingPath), reason: reason)
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

    private static func reason(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        if text.hasPrefix("expected ") { return text }
        if text.contains("Cannot initialize") {
            // "Cannot initialize Service from invalid String value xyz": a word outside a closed vocabulary.
            return "not an accepted value (\(text))"
        }
        if let underlying = context.underlyingError {
            return "not valid JSON (\(underlying.localizedDescription))"
        }
        return text
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
