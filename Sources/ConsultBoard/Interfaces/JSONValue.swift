import Foundation

/// A JSON document as plain values: what the interface mappings (FHIR) build and read.
///
/// The mappings are pure functions from board records to external structures; building those as this value
/// (instead of a Swift type per FHIR resource) keeps each mapping one readable function, and the same value is
/// written with the board's own JSON settings (sorted keys, so the same board gives the same bytes).
public enum JSONValue: Sendable, Equatable, Codable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .string(value): try container.encode(value)
        case let .number(value): try container.encode(value)
        case let .integer(value): try container.encode(value)
        case let .bool(value): try container.encode(value)
        case let .array(value): try container.encode(value)
        case let .object(value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// An object from key-value pairs, leaving out the keys whose value is absent (`nil`): FHIR forbids empty
    /// and null elements, so an unknown value is omitted, never written as null or "".
    public static func fields(_ pairs: [String: JSONValue?]) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in pairs {
            guard let value else { continue }
            if case let .array(items) = value, items.isEmpty { continue }
            if case let .string(text) = value, text.isEmpty { continue }
            object[key] = value
        }
        return .object(object)
    }

    /// The member `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(object) = self else { return nil }
        return object[key]
    }

    public var string: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    public var array: [JSONValue]? {
        if case let .array(value) = self { return value }
        return nil
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}
