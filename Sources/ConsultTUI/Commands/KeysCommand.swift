import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board keys init|show`: your Ed25519 signing key pair.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Make or show your signing key (every change you write is signed with it).",
        discussion: """
            The key pair lives in ~/.config/consult-board/keys/ (or $CONSULT_BOARD_KEYS): ed25519.key, mode 0600, \
            never leaves your account; ed25519.pub goes into the ward roster (`consult-board staff set NAME --key ...`).
            """,
        subcommands: [KeysInitCommand.self, KeysShowCommand.self])
}

struct KeysInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Make your key pair (refuses to replace one); prints the public key.")

    func run() throws {
        let folder = SigningKeys.folder(for: OSUser.current)
        let key = try SigningKeys.create(in: folder)
        StandardOutput.changeWasSaved()
        print(key)
        FileHandle.standardError.write(Data((tr("cli.keys.created", ["file": "\(folder)/\(SigningKeys.privateFile)", "key": key]) + "\n").utf8))
    }
}

struct KeysShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print your public key.")

    func run() throws {
        let folder = SigningKeys.folder(for: OSUser.current)
        guard let key = SigningKeys.publicKey(in: folder) else {
            throw CLIError.noSigningKey(folder: "\(folder)")
        }
        print(key)
    }
}
