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

    @Flag(help: "Create the fictional demo ward instead (its own ward name; --ward and --author are not used).")
    var demo = false

    func run() throws {
        let location = try options.location()
        if demo {
            try DemoBoard.create(in: location, now: Date(), language: Localisation.language)
        } else {
            try location.create(ward: ward, author: try options.authorName())
        }
    }
}
