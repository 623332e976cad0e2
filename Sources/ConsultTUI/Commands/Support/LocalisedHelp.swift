import ConsultBoard
import Foundation

/// `--help` in the reader's language.
///
/// ArgumentParser words help in English from the commands' definitions. In another language the same screen is
/// drawn here, from the command tree ArgumentParser describes (`CommandHelpTree`) and the words of
/// `messages/help.json` (`MessageCatalogue.help`), keyed by the command's path and the argument's name as
/// `scripts/help-catalogue` generates them: `help.note.add` a command's overview, `help.note.add.discussion` its
/// discussion, `help.note.add.text` an argument's help where that command words it its own way, else
/// `help.arg.text`. The usage line is ArgumentParser's: it is syntax, typed the same in every language.
/// A text without words shows in English (`HelpWordsTests` fails on it first).
struct LocalisedHelp {
    let tree: CommandHelpTree
    let words: MessageCatalogue
    let language: Language
    /// The screen's width in columns; descriptions wrap to it by display width (a Chinese character takes two).
    let columns: Int

    /// Where the descriptions start, as in ArgumentParser's help.
    static let labelColumn = 26

    /// The help screen ArgumentParser wrote in English, in the reader's language; `nil` when it is not a help
    /// screen of this program's commands (then the English is shown as it is).
    func shown(replacing english: String) -> String? {
        guard let usage = Self.usage(in: english) else { return nil }
        // "consult-board note add [--board ...]": the words after the program's name that name subcommands.
        var path: [String] = []
        var command = tree.command
        for word in usage.split(separator: " ").dropFirst().map(String.init) {
            guard let next = command.subcommand(word) else { break }
            path.append(word)
            command = next
        }
        return screen(of: command, path: path, usage: usage)
    }

    /// The usage line(s) of an English help screen, without their heading.
    static func usage(in english: String) -> String? {
        let lines = english.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("USAGE: ") }) else { return nil }
        var usage = [String(lines[start].dropFirst("USAGE: ".count))]
        for line in lines[(start + 1)...] {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { break }
            usage.append(line.trimmingCharacters(in: .whitespaces))
        }
        return usage.joined(separator: " ")
    }

    func screen(of command: CommandHelpTree.Command, path: [String], usage: String) -> String {
        var sections: [String] = []
        if let abstract = command.abstract, !abstract.isEmpty {
            sections.append(wrapped(text("overview", command: path, english: abstract), heading: word("help.heading.overview")))
        }
        if let discussion = command.discussion, !discussion.isEmpty {
            let words = text("discussion", command: path, english: discussion)
            sections.append(words.components(separatedBy: "\n").flatMap { TextLayout.wrap($0, width: columns) }.joined(separator: "\n"))
        }
        sections.append(word("help.heading.usage") + " " + usage)

        let shown = (command.arguments ?? []).filter(\.isShown)
        let positionals = shown.filter { $0.kind == "positional" }
        if !positionals.isEmpty {
            sections.append(([word("help.heading.arguments")] + positionals.map { row(label(of: $0), help(of: $0, command: path)) }).joined(separator: "\n"))
        }
        let options = shown.filter { $0.kind != "positional" }
        if !options.isEmpty {
            sections.append(([word("help.heading.options")] + options.map { row(label(of: $0), help(of: $0, command: path)) }).joined(separator: "\n"))
        }
        let subcommands = (command.subcommands ?? []).filter { $0.shouldDisplay != false }
        if !subcommands.isEmpty {
            let rows = subcommands.map { sub in
                let name = sub.commandName + (sub.commandName == command.defaultSubcommand ? " " + word("help.default-subcommand") : "")
                return row(name, text("overview", command: path + [sub.commandName], english: sub.abstract ?? ""))
            }
            sections.append(([word("help.heading.subcommands")] + rows).joined(separator: "\n"))
            let program = tree.command.commandName
            sections.append(words.text(
                "help.see-subcommand", language: language,
                arguments: ["command": ([program, "help"] + path).joined(separator: " ")]))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// `--board <path|url>`, `-h, --help`, `<mrn> ...`: typed the same in every language.
    func label(of argument: CommandHelpTree.Argument) -> String {
        let value = "<\(argument.valueName ?? argument.wordsName ?? "value")>"
        switch argument.kind {
        case "positional":
            return value + (argument.isRepeating == true ? " ..." : "")
        case "option":
            return (argument.names ?? []).map(\.typed).joined(separator: ", ") + " " + value + (argument.isRepeating == true ? " ..." : "")
        default:
            return (argument.names ?? []).map(\.typed).joined(separator: ", ")
        }
    }

    /// An argument's help with its listed values and its default, as ArgumentParser adds them.
    func help(of argument: CommandHelpTree.Argument, command path: [String]) -> String {
        if argument.isBuiltIn { return word("help.option.\(argument.wordsName ?? "help")") }
        var help = argumentText(argument, command: path)
        let values = (argument.allValues ?? []).joined(separator: ", ")
        let note: String? = switch (values.isEmpty, argument.defaultValue) {
        case (false, let value?): words.text("help.values-default", language: language, arguments: ["values": values, "value": value])
        case (false, nil): words.text("help.values", language: language, arguments: ["values": values])
        case (true, let value?): words.text("help.default", language: language, arguments: ["value": value])
        case (true, nil): nil
        }
        if let note { help += language == .english ? " (\(note))" : "（\(note)）" }
        return help
    }

    /// A label and its description: the description from column 26 (below the label when the label is longer),
    /// wrapped to the screen.
    func row(_ label: String, _ description: String) -> String {
        let indent = String(repeating: " ", count: Self.labelColumn)
        let width = max(columns - Self.labelColumn, 20)
        let lines = TextLayout.wrap(description, width: width)
        let labelled = "  " + label
        var out: [String] = []
        if DisplayWidth.of(labelled) < Self.labelColumn {
            out.append(TextLayout.pad(labelled, width: Self.labelColumn) + (lines.first ?? ""))
            out += lines.dropFirst().map { indent + $0 }
        } else {
            out.append(labelled)
            out += lines.map { indent + $0 }
        }
        return out.map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }.joined(separator: "\n")
    }

    /// A heading followed by its text, wrapped, continuing lines under the heading's start.
    func wrapped(_ text: String, heading: String) -> String {
        TextLayout.wrap(heading + " " + text, width: columns).joined(separator: "\n")
    }

    /// A command's overview or discussion in the reader's language, or its English when it has no words.
    func text(_ part: String, command path: [String], english: String) -> String {
        commandWords(part, command: path, english: english) ?? english
    }

    /// The words of a command's overview or discussion for this English, if the catalogue has them.
    func commandWords(_ part: String, command path: [String], english: String) -> String? {
        let name = path.isEmpty ? tree.command.commandName : path.joined(separator: ".")
        return translated(part == "discussion" ? "help.\(name).discussion" : "help.\(name)", english: english)
    }

    /// An argument's help in the reader's language, or its English when it has no words.
    func argumentText(_ argument: CommandHelpTree.Argument, command path: [String]) -> String {
        argumentWords(argument, command: path) ?? argument.abstract ?? ""
    }

    /// The words of an argument's help for its English: the command's own words first, then the shared ones.
    func argumentWords(_ argument: CommandHelpTree.Argument, command path: [String]) -> String? {
        guard let name = argument.wordsName else { return nil }
        let english = argument.abstract ?? ""
        let command = (path.isEmpty ? [tree.command.commandName] : path).joined(separator: ".")
        return translated("help.\(command).\(name)", english: english) ?? translated("help.arg.\(name)", english: english)
    }

    /// The words of `key` when they are the words of this English text (a changed English help is not shown
    /// with the words of the old one).
    func translated(_ key: String, english: String) -> String? {
        guard let entry = words.messages[key], entry[.english] == .single(english) else { return nil }
        return words.text(key, language: language)
    }

    func word(_ key: String) -> String { words.text(key, language: language) }
}
