import Foundation

/// Words a pure function builds for people, kept as a catalogue key and its arguments until someone reads them.
///
/// The library decides what to say (a safety rule's finding, a kidney summary); the reader's language decides the
/// words, at the moment they are shown (`shown`), the way `BoardError.shown` works. `english` is the same text in
/// English: what `--json`, logs and other programs read, which never changes with the language.
///
/// Built with `ShownText.tr` and a catalogue key, the key written as a literal so the catalogue tests find it; an
/// argument is itself a `ShownText`: a value shown as it is (`"\(id)"`, a string literal) or words of its own.
public indirect enum ShownText: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// Shown as it is, in every language (a value, an id, a name).
    case plain(String)
    /// A catalogue message with its arguments (and the count that picks a plural form).
    case message(key: String, arguments: [String: ShownText], count: Int?)
    /// Several texts one after another, with a separator between them.
    case joined([ShownText], separator: ShownText)
    /// `english` as it is in English (a raw value scripts have always read), `text` in other languages.
    case englishOr(String, ShownText)

    public init(stringLiteral value: String) { self = .plain(value) }

    /// The message `key` of the catalogue, filled with `arguments` when it is shown.
    public static func tr(_ key: String, _ arguments: [String: ShownText] = [:]) -> ShownText {
        .message(key: key, arguments: arguments, count: nil)
    }

    /// The message `key`, its plural form chosen by `count`.
    public static func tr(_ key: String, count: Int, _ arguments: [String: ShownText] = [:]) -> ShownText {
        .message(key: key, arguments: arguments, count: count)
    }

    /// Words the data already holds in each language (a drug's English and Chinese names): nothing to translate.
    public static func byLanguage(english: String, chinese: String) -> ShownText { .englishOr(english, .plain(chinese)) }

    /// The text in the language of the moment.
    public var shown: String { text(in: Localisation.language) }

    /// The text in English, for what other programs read.
    public var english: String { text(in: .english) }

    public func text(in language: Language) -> String {
        switch self {
        case let .plain(text):
            text
        case let .message(key, arguments, count):
            MessageCatalogue.builtIn.text(key, language: language, arguments: arguments.mapValues { $0.text(in: language) }, count: count)
        case let .joined(parts, separator):
            parts.map { $0.text(in: language) }.joined(separator: separator.text(in: language))
        case let .englishOr(english, text):
            language == .english ? english : text.text(in: language)
        }
    }
}

extension Array where Element == ShownText {
    /// The texts one after another with `separator` between them.
    public func joined(_ separator: ShownText) -> ShownText { .joined(self, separator: separator) }
}
