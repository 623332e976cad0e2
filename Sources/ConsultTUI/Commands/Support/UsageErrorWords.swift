import ConsultBoard
import Foundation

/// ArgumentParser's own usage errors (unknown option, missing argument, bad value, missing subcommand...) in the
/// user's language.
///
/// ArgumentParser words them in English and keeps their kinds to itself (its `ParserError` is internal), so the
/// kind is read from the shape of its message, one pattern a kind, and the message is worded again from the
/// catalogue (`cli.parser.*`) with the option names, values and arguments as typed. A message of a shape not
/// listed here stays as ArgumentParser wrote it (`UsageErrorWordsTests` runs every kind through the binary).
enum UsageErrorWords {
    /// One kind of ArgumentParser message: its English shape and how to word it from the catalogue.
    struct Kind: Sendable {
        let name: String
        let pattern: String
        let words: @Sendable ([String]) -> String
    }

    /// Every kind this program words itself, most specific first.
    static var kinds: [Kind] {
        [
            Kind(name: "unknownOptionSuggestion", pattern: #"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#) {
                tr("cli.parser.unknownOptionSuggestion", ["option": $0[0], "suggestion": $0[1]])
            },
            Kind(name: "unknownOption", pattern: #"^Unknown option '(.+)'$"#) { tr("cli.parser.unknownOption", ["option": $0[0]]) },
            Kind(name: "missingValue", pattern: #"^Missing value for '(.+)'$"#) { tr("cli.parser.missingValue", ["option": $0[0]]) },
            Kind(name: "missingArgument", pattern: #"^Missing expected argument '(.+)'$"#) {
                tr("cli.parser.missingArgument", ["argument": $0[0]])
            },
            Kind(name: "missingOneOf", pattern: #"^Missing one of: (.+)$"#) { tr("cli.parser.missingOneOf", ["arguments": $0[0]]) },
            Kind(name: "unexpectedArgument", pattern: #"^Unexpected argument '(.*)'$"#) {
                tr("cli.parser.unexpectedArgument", ["argument": $0[0]])
            },
            Kind(name: "unexpectedArguments", pattern: #"^(\d+) unexpected arguments: (.+)$"#) {
                tr("cli.parser.unexpectedArguments", ["count": $0[0], "arguments": $0[1]])
            },
            Kind(name: "invalidValueOneOf", pattern: #"^The value '(.*)' is invalid for '(.+?)'\. Please provide one of (.+)\.$"#) {
                tr("cli.parser.invalidValueOneOf", ["value": $0[0], "option": $0[1], "values": $0[2].replacingOccurrences(of: " or ", with: ", ").replacingOccurrences(of: " and ", with: ", ")])
            },
            Kind(name: "invalidValueReason", pattern: #"^The value '(.*)' is invalid for '(.+?)': (.+)$"#) {
                tr("cli.parser.invalidValueReason", ["value": $0[0], "option": $0[1], "reason": $0[2]])
            },
            Kind(name: "invalidValue", pattern: #"^The value '(.*)' is invalid for '(.+?)'$"#) {
                tr("cli.parser.invalidValue", ["value": $0[0], "option": $0[1]])
            },
            Kind(name: "flagTakesNoValue", pattern: #"^The option '(.+)' does not take any value, but '(.*)' was specified\.$"#) {
                tr("cli.parser.flagTakesNoValue", ["option": $0[0], "value": $0[1]])
            },
            Kind(name: "missingSubcommand", pattern: #"^Missing required subcommand\.$"#) { _ in tr("cli.parser.missingSubcommand") },
            Kind(name: "alreadySet", pattern: #"^Value to be set with (.+) had already been set with (.+)$"#) {
                tr("cli.parser.alreadySet", ["duplicate": $0[0], "previous": $0[1]])
            },
            Kind(name: "invalidOption", pattern: #"^Invalid option: (.+)$"#) { tr("cli.parser.invalidOption", ["option": $0[0]]) },
        ]
    }

    /// `message` worded in the language of the moment (English is ArgumentParser's own wording, unchanged).
    static func shown(_ message: String) -> String {
        guard Localisation.language != .english else { return message }
        // A value list of six or more comes as lines ("Please provide one of the following:\n  - a\n  - b").
        let flat = flatten(message)
        for kind in kinds {
            if let groups = match(kind.pattern, flat) { return kind.words(groups) }
        }
        return message
    }

    /// `see 'consult-board note add --help'`, in the user's language.
    static func seeHelp(_ pointer: String) -> String { tr("cli.parser.seeHelp", ["command": pointer]) }

    private static func flatten(_ message: String) -> String {
        let lines = message.components(separatedBy: "\n")
        guard lines.count > 1, let first = lines.first, first.hasSuffix("Please provide one of the following:") else { return message }
        let values = lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("- ") }
            .map { "'\($0.dropFirst(2))'" }
        return first.replacingOccurrences(of: "one of the following:", with: "one of ") + values.joined(separator: ", ") + "."
    }

    private static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
            let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<found.numberOfRanges).map { index in
            Range(found.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
