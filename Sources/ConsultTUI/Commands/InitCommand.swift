import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board init --board PATH [--ward NAME] [--demo]`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a new board (refuses if one is already there).")

    @OptionGroup var options: BoardOptions

    @Option(help: "The ward's name, shown on every screen and handoff page.")
    var ward: String = "Spinal Cord Injury Ward"

    @Flag(help: "Fill the board with the fictional demo ward.")
    var demo = false

    func run() throws {
        let path = try options.boardPath()
        let author = try options.authorName()
        try BoardStore.create(at: path, ward: ward, author: author)
        if demo {
            // The CLI helper fills this in with DemoBoard.
        }
    }
}
