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
        let count = try BoardCopy.copy(from: try source.store(), to: target)
        StandardOutput.changeWasSaved()
        print(tr("cli.copy.copied", count: count, ["source": "\(source)", "target": "\(target)"]))
    }
}
