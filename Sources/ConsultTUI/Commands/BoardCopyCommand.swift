import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board board copy FROM TO`: copies a board with its whole history (the journal's lines byte for byte,
/// so hashes and ids are kept) between any two homes: folder, database.
struct BoardCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a board with its whole history to a new folder or database board (refuses an existing board).",
        discussion: "FROM and TO are folder paths or postgresql://…?board=NAME addresses. `validate` passes on the copy.")

    @Argument(help: ArgumentHelp("The board to copy.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where to create the copy (a new folder, or a new board name in a database).", valueName: "to"))
    var to: String

    func run() throws {
        let source: BoardLocation
        let target: BoardLocation
        do {
            source = try BoardLocation.parse(from)
            target = try BoardLocation.parse(to)
        } catch { throw CLIError.passedOn(error.shown) }
        let outcome = try BoardCopy.copy(from: try source.store(), to: target)
        StandardOutput.changeWasSaved()
        print(tr("cli.copy.copied", count: outcome.entries, ["source": "\(source)", "target": "\(target)"]))
        if !outcome.settings.isEmpty {
            print(tr("cli.copy.settings", ["names": outcome.settings.map(\.fileName).joined(separator: ", ")]))
        }
        for left in outcome.leftBehind {
            FileHandle.standardError.write(Data(("consult-board: " + Self.line(left, source: "\(source)") + "\n").utf8))
        }
    }

    /// What the copy does not hold, and what that means for the ward.
    static func line(_ left: BoardCopy.LeftBehind, source: String) -> String {
        switch left {
        case let .terminology(path): tr("cli.copy.notCopied.terminology", ["path": Sanitizer.line(path)])
        case let .drafts(folder, count):
            tr("cli.copy.notCopied.drafts", count: count, ["folder": Sanitizer.line(folder), "source": Sanitizer.line(source)])
        case let .other(path): tr("cli.copy.notCopied.other", ["path": Sanitizer.line(path)])
        }
    }
}
