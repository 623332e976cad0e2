import Foundation

/// The demo story in another language: each free text a person wrote (notes, plans, consult questions, order
/// texts, drug names and routes, summaries, problems, allergies...) replaced by the words a ward of that language
/// writes, from `messages/demo-ward.zh-Hans.json`.
///
/// Only the words change: the patients, times, ids, numbers and vocabulary values are the English story's, so
/// both demos hold the same records and the safety rules read the same orders (in the ward's own words, which
/// the terminology recognises in both languages). Translating whole commands, not each call of the story,
/// keeps the story written once.
struct DemoTranslation: Sendable {
    /// English text -> the text in the demo's language.
    let words: [String: String]

    /// The Simplified Chinese demo ward's words, compiled in. An unreadable file (caught by DemoChineseTests)
    /// leaves the story in English rather than stopping the demo.
    static let simplifiedChinese = DemoTranslation(json: Data(EmbeddedDemoWords.json.utf8)) ?? DemoTranslation(words: [:])

    /// The translation for `language` (none for English, the language the story is written in).
    static func to(_ language: Language) -> DemoTranslation? {
        switch language {
        case .english: nil
        case .simplifiedChinese: simplifiedChinese
        }
    }

    init(words: [String: String]) { self.words = words }

    init?(json: Data) {
        struct File: Decodable { var text: [String: String] }
        guard let file = try? JSONDecoder().decode(File.self, from: json) else { return nil }
        words = file.text
    }

    /// `text` in the demo's language (itself when the table has no other words for it).
    func callAsFunction(_ text: String) -> String { words[text] ?? text }

    /// The command with every string the table knows replaced, read and written as the journal writes it.
    func translated(_ command: BoardCommand) -> BoardCommand {
        guard let data = try? BoardJSON.encoder().encode(command),
            let value = try? BoardJSON.decoder().decode(JSONValue.self, from: data),
            let translated = try? BoardJSON.encoder().encode(translated(value)),
            let result = try? BoardJSON.decoder().decode(BoardCommand.self, from: translated)
        else { return command }
        return result
    }

    private func translated(_ value: JSONValue) -> JSONValue {
        switch value {
        case let .string(text): .string(self(text))
        case let .array(items): .array(items.map(translated))
        case let .object(fields): .object(fields.mapValues(translated))
        case .number, .integer, .bool, .null: value
        }
    }
}
