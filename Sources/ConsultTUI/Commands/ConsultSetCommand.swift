import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board consult set CONSULT_ID --status STATUS [--reason TEXT]`
struct ConsultSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Move a consult to a new status; prints the consult's id.",
        discussion: LifecycleHelp.moves(ConsultStatus.self))

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The consult's id (e.g. C-4).")
    var consultID: String

    @OptionGroup var move: StatusMoveOptions<ConsultStatus>

    func run() throws {
        try options.submit(expecting: revision.expected, .setConsultStatus(SetConsultStatus(
            consultID: consultID, status: try move.newStatus(field: "consult status"), reason: move.reason)))
    }
}
