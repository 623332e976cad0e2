import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board complication set ID --status active|resolved [--reason T]`
struct ComplicationSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Mark a complication resolved, or active again if it recurs; prints its id.",
        discussion: LifecycleHelp.moves(ComplicationStatus.self))

    @OptionGroup var options: BoardOptions

    @Argument(help: "The complication's id (e.g. X-40).")
    var complicationID: String

    @Option(help: .oneOf("New status", ComplicationStatus.self, valueName: "status"))
    var status: String

    @Option(help: "Why (optional).")
    var reason: String?

    func run() throws {
        try options.submit(.setComplicationStatus(SetComplicationStatus(
            complicationID: complicationID, status: try CLIInput.vocabulary(status, field: "complication status"),
            reason: reason)))
    }
}
