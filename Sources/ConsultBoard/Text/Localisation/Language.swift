import Foundation

/// A language the board's words are shown in. `--json`, ids and the journal never change with it.
public enum Language: String, CaseIterable, Sendable, Hashable {
    case english = "en"
    case simplifiedChinese = "zh-Hans"

    /// The catalogue column of the language (`en`, `zh-Hans`).
    public var code: String { rawValue }

    /// The environment variable that chooses the language when `--lang` is not given.
    public static let environmentVariable = "CONSULT_BOARD_LANG"

    /// The language asked for: `--lang`, else `$CONSULT_BOARD_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`, the first one set, as POSIX reads them): `zh_*` is Simplified Chinese, anything else English.
    /// An unknown `--lang` or `$CONSULT_BOARD_LANG` value is refused with the values that would be accepted.
    public static func resolve(flag: String?, environment: [String: String]) throws(LanguageError) -> Language {
        if let flag { return try named(flag, from: "--lang") }
        if let value = environment[environmentVariable], !value.isEmpty { return try named(value, from: environmentVariable) }
        return fromLocale(environment)
    }

    /// The language a POSIX locale asks for (`zh_CN.UTF-8` -> Simplified Chinese; `C`, `en_GB` -> English).
    public static func fromLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("zh") ? .simplifiedChinese : .english
    }

    /// The language of a value as a person types it: `zh-Hans`, `zh_CN`, `zh`, `en`, `en_US.UTF-8`.
    static func named(_ value: String, from source: String) throws(LanguageError) -> Language {
        let lowered = value.lowercased().replacingOccurrences(of: "_", with: "-")
        if lowered == "en" || lowered.hasPrefix("en-") { return .english }
        if ["zh", "zh-hans", "zh-cn", "zh-sg", "zh-hans-cn"].contains(lowered.split(separator: ".").first.map(String.init) ?? "") {
            return .simplifiedChinese
        }
        throw LanguageError(value: value, source: source)
    }
}

/// A language value nobody can show the board in.
public struct LanguageError: Error, Equatable, Sendable, CustomStringConvertible {
    public let value: String
    public let source: String
    public var description: String {
        "\(source) \(Sanitizer.line(value)) is not a language the board is shown in; use zh-Hans (Simplified Chinese) or en (English)"
    }
}
