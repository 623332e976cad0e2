import Foundation

/// Every leaf subcommand of the built `consult-board` and the arguments it takes, read from ArgumentParser's
/// `--experimental-dump-help` (so commands added later are fuzzed without touching the fuzzer).
struct CommandTree {
    struct Argument {
        enum Kind: String { case option, flag, positional }
        var kind: Kind
        /// The long name without dashes (`service`), or the short one when there is no long one; `nil` for
        /// positionals.
        var name: String?
        var isOptional: Bool
        /// Whether it may be given more than once.
        var isRepeating: Bool
    }

    struct Command {
        /// The words that select it: `["note", "add"]`.
        var path: [String]
        var arguments: [Argument]
    }

    var commands: [Command]

    /// Reads the tree from the binary.
    static func load() throws -> CommandTree {
        let outcome = try BoundedRun.run(["--experimental-dump-help"], timeout: 30)
        guard outcome.status == 0,
            let root = try JSONSerialization.jsonObject(with: outcome.stdout) as? [String: Any],
            let command = root["command"] as? [String: Any]
        else { throw TestSetupError("cannot read the command tree: \(outcome.report)") }
        var commands: [Command] = []
        collect(command, parent: nil, into: &commands)
        return CommandTree(commands: commands)
    }

    /// Adds the leaves under `node`; `parent` is the words selecting its parent (`nil` for the root, which is
    /// the program itself and selects nothing).
    private static func collect(_ node: [String: Any], parent: [String]?, into commands: inout [Command]) {
        let path = parent.map { $0 + [node["commandName"] as? String ?? ""] } ?? []
        let subcommands = node["subcommands"] as? [[String: Any]] ?? []
        if subcommands.isEmpty {
            let arguments = (node["arguments"] as? [[String: Any]] ?? []).compactMap(argument)
            commands.append(Command(path: path, arguments: arguments))
        }
        for subcommand in subcommands {
            collect(subcommand, parent: path, into: &commands)
        }
    }

    private static func argument(_ info: [String: Any]) -> Argument? {
        guard let kind = (info["kind"] as? String).flatMap(Argument.Kind.init(rawValue:)) else { return nil }
        let names = (info["names"] as? [[String: Any]] ?? []).compactMap { name -> (String, String)? in
            guard let kind = name["kind"] as? String, let text = name["name"] as? String else { return nil }
            return (kind, text)
        }
        let long = names.first { $0.0.hasPrefix("long") }?.1
        let short = names.first { $0.0 == "short" }?.1
        return Argument(
            kind: kind, name: long ?? short.map { "-" + $0 }, isOptional: info["isOptional"] as? Bool ?? true,
            isRepeating: info["isRepeating"] as? Bool ?? false)
    }
}

extension CommandTree.Command {
    /// The command line as typed: `note add`.
    var name: String { path.joined(separator: " ") }
}

extension CommandTree.Argument {
    /// The option as typed: `--service` (or `-o`).
    var flag: String? { name.map { $0.hasPrefix("-") ? $0 : "--" + $0 } }
}
