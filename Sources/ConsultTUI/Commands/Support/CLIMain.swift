import ArgumentParser
import ConsultBoard
import Foundation

extension ConsultBoardCLI {
    /// Runs the command line, reporting every failure as one line on standard error.
    ///
    /// ArgumentParser would print a refused change as `Error: ...` and a usage mistake with the whole usage
    /// block; a ward script wants one line it can log, so both become
    /// `consult-board: error: <what was wrong and what would be accepted>` and the exit status is non-zero
    /// (1 for a refused change or an unreadable board, 64 for a usage mistake). Help and `--version` have
    /// ArgumentParser's text, written through `StandardOutput` (ArgumentParser's own `print` did not notice a
    /// full disk: `--help > /dev/full` exited 0), help in the reader's language (`LocalisedHelp`).
    static func main() {
        do {
            let arguments = try Localisation.configure(
                arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if !(error is ExitCode), ConsultBoardCLI.exitCode(for: error) == .success {
                let text = ConsultBoardCLI.fullMessage(for: error)
                if !text.isEmpty { StandardOutput.write(LocalisedHelp.forReader(text) + "\n") }
                Foundation.exit(0)
            }
            guard let line = CLIFailure.line(for: error) else { exit(withError: error) }
            FileHandle.standardError.write(Data((line + "\n").utf8))
            Foundation.exit(CLIFailure.exitCode(for: error))
        }
    }
}

/// Turns whatever a command threw into the one line the user sees.
enum CLIFailure {
    /// The same in every language: scripts and logs search for it (the message after it is in the user's language).
    static let prefix = "consult-board: error: "

    /// The line to print, or `nil` for what ArgumentParser prints itself (help, version, a bare exit code).
    static func line(for error: any Error) -> String? {
        let message: String
        switch error {
        case let error as StoreError: message = error.shown
        case let error as BoardError: message = error.shown
        case let error as CLIError: message = error.description
        case let error as HandoffError: message = error.shown
        case let error as ISNCSCIFileError: message = error.shown
        case let error as ISNCSCIError: message = error.shown
        case let error as TerminologyError: message = error.shown
        case let error as WardSettingsError: message = error.shown
        case let error as BoardLocationError: message = error.shown
        case let error as MLLPListener.Failure: message = error.shown
        case let error as CursesTerminal.NoTerminal: message = error.description
        case let error as LanguageError: message = error.description
        case let error as AmbiguousWidthError: message = error.description
        default:
            guard ConsultBoardCLI.exitCode(for: error) != .success, !(error is ExitCode) else { return nil }
            message = UsageErrorWords.shown(ConsultBoardCLI.message(for: error)) + helpHint(for: error)
        }
        return prefix + Sanitizer.line(message)
    }

    static func exitCode(for error: any Error) -> Int32 {
        switch error {
        case is LanguageError, is AmbiguousWidthError: 64
        case is StoreError, is BoardError, is CLIError, is HandoffError, is ISNCSCIFileError, is ISNCSCIError: 1
        default: ConsultBoardCLI.exitCode(for: error).rawValue
        }
    }

    /// ` (see 'consult-board note add --help')` in the user's language, the command taken from ArgumentParser's full message for usage mistakes.
    private static func helpHint(for error: any Error) -> String {
        let full = ConsultBoardCLI.fullMessage(for: error)
        guard let start = full.range(of: "See '"), let end = full[start.upperBound...].firstIndex(of: "'") else {
            return ""
        }
        var pointer = String(full[start.upperBound..<end])
        // `tui` is the default subcommand: an unknown word ("consult-board frobnicate") reaches it as an argument,
        // but the user meant a subcommand, so the root's help is the useful pointer unless they typed `tui`.
        if pointer == "consult-board tui --help", CommandLine.arguments.dropFirst().first != "tui" {
            pointer = "consult-board --help"
        }
        return UsageErrorWords.seeHelp(pointer)
    }
}
