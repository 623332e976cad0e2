import ConsultBoard
import Foundation

extension LocalisedHelp {
    /// The help screen ArgumentParser wrote, in the language of the moment: English as it is; another language
    /// drawn from the command tree, at the terminal's width.
    static func forReader(_ english: String) -> String {
        let language = Localisation.language
        guard language != .english, let tree = CommandHelpTree.ofProgram() else { return english }
        let help = LocalisedHelp(tree: tree, words: .help, language: language, columns: terminalColumns())
        return help.shown(replacing: english)?.trimmingCharacters(in: .newlines) ?? english
    }

    /// The width help wraps to, found the way ArgumentParser finds it: `COLUMNS`, else the terminal's own
    /// width, else 80 (a pipe or a file).
    static func terminalColumns(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), (20...1000).contains(columns) { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        return 80
    }
}
