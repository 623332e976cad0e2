import Foundation

/// Every word a person reads, by key, in English and Simplified Chinese: `messages/catalogue.json`, compiled into
/// the library at build time (`EmbeddedMessages`). Views and commands ask for a key with `tr("board.empty")`.
///
/// A message may hold placeholders, `{name}`, filled from the arguments, and may have plural forms: an object
/// `{"one": "...", "other": "..."}` chosen by the `count` argument (English needs them, Chinese does not).
/// A key the catalogue lacks shows as the key itself (a test fails on it before that can ship).
///
/// The built-in catalogue is not parsed at run time: the build turns the file into a table sorted by key
/// (`EmbeddedMessages.table`) that a lookup searches, so the first English or Chinese word a process shows costs a
/// few comparisons. Parsing the 1,600 messages' JSON on first use was nearly half of a `patients` (issue 9).
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

    /// Where the messages are: a catalogue read from JSON (`init(json:)`), or the compiled table.
    private enum Storage: Sendable {
        case read([String: [Language: Text]])
        case compiled
    }

    private let storage: Storage

    /// key -> language -> text (of the compiled table: built once, when first asked).
    public var messages: [String: [Language: Text]] {
        switch storage {
        case let .read(messages): messages
        case .compiled: Self.compiledMessages
        }
    }

    /// The catalogue compiled into the program.
    public static let builtIn = MessageCatalogue(storage: .compiled)

    private init(storage: Storage) { self.storage = storage }

    init(messages: [String: [Language: Text]]) { storage = .read(messages) }

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
        storage = .read(messages)
    }

    /// Whether the catalogue has the message `key` (in any language).
    public func contains(_ key: String) -> Bool {
        switch storage {
        case let .read(messages): messages[key] != nil
        case .compiled: Self.compiledRow(key) != nil
        }
    }

    /// The message `key` in `language`, its placeholders filled; English when the language lacks it.
    public func text(_ key: String, language: Language, arguments: [String: String] = [:], count: Int? = nil) -> String {
        guard let text = self.text(key, in: language) else { return key }
        let form: String
        switch text {
        case let .single(single): form = single
        case let .plural(one, other): form = count == 1 ? one : other
        }
        var all = arguments
        if let count, all["count"] == nil { all["count"] = String(count) }
        return Self.fill(form, all)
    }

    /// The text of `key` in `language`, else in English, else `nil`.
    private func text(_ key: String, in language: Language) -> Text? {
        switch storage {
        case let .read(messages):
            guard let texts = messages[key] else { return nil }
            return texts[language] ?? texts[.english]
        case .compiled:
            guard let row = Self.compiledRow(key) else { return nil }
            return Self.compiledText(row, language) ?? Self.compiledText(row, .english)
        }
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

extension MessageCatalogue {
    /// The compiled table (`EmbeddedMessages.table`): a row of `columns` slots a message, rows in ascending order
    /// of their keys (String's `<`, as the build sorted them). Slots: the key, then for each language (English,
    /// Simplified Chinese) the text or plural "one" form and the plural "other" form (`nil` for a single text);
    /// a language the message lacks has `nil` in both.
    static let columns = 5

    /// The first slot of the row of `key` in the table, found by binary search.
    fileprivate static func compiledRow(_ key: String) -> Int? {
        let table = EmbeddedMessages.table
        var low = 0
        var high = table.count / columns
        while low < high {
            let middle = low + (high - low) / 2
            guard let found = table[middle * columns] else { return nil }
            if found == key { return middle * columns }
            if found < key { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The text of the row starting at `row` in `language`.
    fileprivate static func compiledText(_ row: Int, _ language: Language) -> Text? {
        let table = EmbeddedMessages.table
        let slot = switch language {
        case .english: row + 1
        case .simplifiedChinese: row + 3
        }
        guard let first = table[slot] else { return nil }
        if let other = table[slot + 1] { return .plural(one: first, other: other) }
        return .single(first)
    }

    /// Every message of the compiled table as a dictionary (for the checks that walk the whole catalogue).
    fileprivate static let compiledMessages: [String: [Language: Text]] = {
        var messages: [String: [Language: Text]] = [:]
        for row in stride(from: 0, to: EmbeddedMessages.table.count, by: columns) {
            guard let key = EmbeddedMessages.table[row] else { continue }
            var texts: [Language: Text] = [:]
            for language in Language.allCases { texts[language] = compiledText(row, language) }
            messages[key] = texts
        }
        return messages
    }()
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
