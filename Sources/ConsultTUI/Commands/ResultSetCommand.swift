import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board result set RESULT_ID --status S [--reason T]`
struct ResultSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Move a report to a new status; prints its id.",
        discussion: LifecycleHelp.moves(ResultStatus.self))

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The result's id (e.g. R-30).")
    var resultID: String

    @OptionGroup var move: StatusMoveOptions<ResultStatus>

    func run() throws {
        try options.submit(expecting: revision.expected, .setResultStatus(SetResultStatus(
            resultID: resultID, status: try move.newStatus(field: "result status"), reason: move.reason)))
    }
}
