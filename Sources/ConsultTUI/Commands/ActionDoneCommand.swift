import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board action done ACTION_ID`
struct ActionDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark an action item done (signed by the author); prints its id.")

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The action's id (e.g. A-51).")
    var actionID: String

    func run() throws {
        try options.submit(expecting: revision.expected, .completeAction(CompleteAction(actionID: actionID)))
    }
}
