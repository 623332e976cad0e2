import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board complication set ID --status active|resolved [--reason T]`
struct ComplicationSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Mark a complication resolved, or active again if it recurs; prints its id.",
        discussion: LifecycleHelp.moves(ComplicationStatus.self))

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The complication's id (e.g. X-40).")
    var complicationID: String

    @OptionGroup var move: StatusMoveOptions<ComplicationStatus>

    func run() throws {
        try options.submit(expecting: revision.expected, .setComplicationStatus(SetComplicationStatus(
            complicationID: complicationID, status: try move.newStatus(field: "complication status"), reason: move.reason)))
    }
}
