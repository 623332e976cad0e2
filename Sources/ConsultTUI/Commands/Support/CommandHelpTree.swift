import ArgumentParser
import Foundation

/// The commands and their arguments as ArgumentParser describes them: the parts of its tool description
/// (`--experimental-dump-help`, ToolInfo serialization version 0) a help screen shows.
///
/// The help in another language is drawn from this tree, so every command and argument ArgumentParser knows is
/// there, and a test can walk the same tree to find a command or an argument without words.
struct CommandHelpTree: Decodable, Sendable {
    let command: Command

    struct Command: Decodable, Sendable {
        let commandName: String
        let abstract: String?
        let discussion: String?
        let arguments: [Argument]?
        let subcommands: [Command]?
        let defaultSubcommand: String?
        let shouldDisplay: Bool?

        /// The command named `name` directly below this one.
        func subcommand(_ name: String) -> Command? { subcommands?.first { $0.commandName == name } }

        /// Every command of the tree with its path below the root (the root's path is empty).
        func walk(_ path: [String] = []) -> [(path: [String], command: Command)] {
            [(path, self)] + (subcommands ?? []).flatMap { $0.walk(path + [$0.commandName]) }
        }
    }

    struct Argument: Decodable, Sendable {
        struct Name: Decodable, Sendable {
            let kind: String
            let name: String

            /// As the user types it: `-h`, `--board`, `-board` for a single-dash long name.
            var typed: String {
                switch kind {
                case "long": "--" + name
                case "short": "-" + name
                default: "-" + name
                }
            }
        }

        let kind: String
        let names: [Name]?
        let preferredName: Name?
        let valueName: String?
        let abstract: String?
        let defaultValue: String?
        let allValues: [String]?
        let isRepeating: Bool?
        let shouldDisplay: Bool?

        /// Whether help lists it (ArgumentParser leaves hidden ones out).
        var isShown: Bool { shouldDisplay != false }

        /// The name its words are kept under: the preferred name, or the value's name for a positional argument.
        var wordsName: String? { preferredName?.name ?? valueName }

        /// ArgumentParser's own `--help` and `--version`, which every help screen words itself.
        var isBuiltIn: Bool { kind == "flag" && (wordsName == "help" || wordsName == "version") }
    }

    /// The tree of `consult-board`, from ArgumentParser.
    static func ofProgram() -> CommandHelpTree? {
        do {
            _ = try ConsultBoardCLI.parseAsRoot(["--experimental-dump-help"])
        } catch {
            let json = ConsultBoardCLI.fullMessage(for: error)
            return try? JSONDecoder().decode(CommandHelpTree.self, from: Data(json.utf8))
        }
        return nil
    }
}
