import Foundation

/// Every word a person reads, by key, in English and Simplified Chinese: `messages/catalogue.json`, compiled into
/// the library at build time (`EmbeddedMessages`). Views and commands ask for a key with `tr("board.empty")`.
///
/// A message may hold placeholders, `{name}`, filled from the arguments, and may have plural forms: an object
/// `{"one": "...", "other": "..."}` chosen by the `count` argument (English needs them, Chinese does not).
/// A key the catalogue lacks shows as the key itself (a test fails on it before that can ship).
public struct MessageCatalogue: Sendable {
    /// One message in one language.
    public enum Text: Sendable, Equatable {
        case single(String)
        case plural(one: String, other: String)

        public var forms: [String] {
            switch self {
            case let .single(text): [text]
            case let .plural(one, other): [one, other]
            }
        }
    }

    /// key -> language -> text.
    public let messages: [String: [Language: Text]]

    /// The catalogue compiled into the program.
    public static let builtIn: MessageCatalogue = (try? MessageCatalogue(json: Data(EmbeddedMessages.json.utf8)))
        ?? MessageCatalogue(messages: [:])

    init(messages: [String: [Language: Text]]) { self.messages = messages }

    /// Reads a catalogue: `{"messages": {"key": {"en": ..., "zh-Hans": ...}}}` (other top-level keys, such as
    /// `"_sources"`, are notes for people).
    public init(json: Data) throws(CatalogueError) {
        guard let root = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let table = root["messages"] as? [String: Any]
        else { throw CatalogueError(reason: "the catalogue is not a JSON object with a \"messages\" object") }
        var messages: [String: [Language: Text]] = [:]
        for (key, value) in table {
            guard let languages = value as? [String: Any] else { throw CatalogueError(reason: "\(key) is not an object of languages") }
            var texts: [Language: Text] = [:]
            for (code, text) in languages {
                guard let language = Language(rawValue: code) else { throw CatalogueError(reason: "\(key) has an unknown language \(code)") }
                if let single = text as? String {
                    texts[language] = .single(single)
                } else if let forms = text as? [String: String], let one = forms["one"], let other = forms["other"], forms.count == 2 {
                    texts[language] = .plural(one: one, other: other)
                } else {
                    throw CatalogueError(reason: "\(key) in \(code) is neither a string nor {\"one\", \"other\"}")
                }
            }
            messages[key] = texts
        }
        self.messages = messages
    }

    /// The message `key` in `language`, its placeholders filled; English when the language lacks it.
    public func text(_ key: String, language: Language, arguments: [String: String] = [:], count: Int? = nil) -> String {
        guard let texts = messages[key], let text = texts[language] ?? texts[.english] else { return key }
        let form: String
        switch text {
        case let .single(single): form = single
        case let .plural(one, other): form = count == 1 ? one : other
        }
        var all = arguments
        if let count, all["count"] == nil { all["count"] = String(count) }
        return Self.fill(form, all)
    }

    /// The placeholder names of a text, `{name}` -> `name`.
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    static func fill(_ text: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, text.contains("{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += arguments[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// A catalogue file that cannot be read.
public struct CatalogueError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { "the message catalogue cannot be read: \(reason)" }
}

/// The message `key` in the language of the moment (`Localisation.language`), placeholders filled:
/// `tr("board.filter.serviceConsults", ["service": name])`.
public func tr(_ key: String, _ arguments: [String: String] = [:]) -> String {
    MessageCatalogue.builtIn.text(key, language: Localisation.language, arguments: arguments)
}

/// The message `key` in its plural form for `count` (`{count}` is filled with it): `tr("board.count", count: 6, ["order": sort])`.
public func tr(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
    MessageCatalogue.builtIn.text(key, language: Localisation.language, arguments: arguments, count: count)
}
