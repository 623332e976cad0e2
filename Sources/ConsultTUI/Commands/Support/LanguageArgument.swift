import ConsultBoard
import Foundation

/// `--lang zh-Hans|en`: a global option, accepted before or after the subcommand (`consult-board --lang zh-Hans
/// patients`, `consult-board demo --lang zh-Hans`).
///
/// It is taken out of the arguments before ArgumentParser sees them, because ArgumentParser gives a root option
/// to no subcommand. Everything after `--` is left alone (it is text, not an option).
struct LanguageArgument: Equatable {
    /// The `--lang` value, when one was given.
    var value: String?
    /// The arguments without `--lang` and its value.
    var remaining: [String]

    init(_ arguments: [String]) throws(CLIError) {
        var remaining: [String] = []
        var value: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            if argument == "--lang" {
                guard index + 1 < arguments.count else {
                    throw CLIError.languageMissing
                }
                value = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
                index += 1
                continue
            }
            remaining.append(argument)
            index += 1
        }
        self.value = value
        self.remaining = remaining
    }
}

extension Localisation {
    /// The language and width setting of this run, from `--lang`, the environment and the locale; set for the
    /// whole process. Returns the arguments left for ArgumentParser.
    static func configure(arguments: [String], environment: [String: String]) throws -> [String] {
        let parsed = try LanguageArgument(arguments)
        let language = try Language.resolve(flag: parsed.value, environment: environment)
        let wide = try AmbiguousWidth.resolve(environment: environment)
        setProcessDefaults(language: language, ambiguousWide: wide)
        return parsed.remaining
    }
}
