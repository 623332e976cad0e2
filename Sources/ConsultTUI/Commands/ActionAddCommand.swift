import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board action add MRN --text TEXT [--owner NAME] [--due ISO8601]`
struct ActionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an I-PASS action item; prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: "What must be done ('-' reads standard input).")
    var text: String

    @Option(help: "Who will do it.")
    var owner: String?

    @Option(help: ArgumentHelp("When it is due, ISO 8601.", valueName: "time"))
    var due: String?

    func run() throws {
        try options.submit(.addAction(AddAction(
            mrn: mrn, text: try CLIInput.text(text, field: "action"), owner: owner,
            due: try CLIInput.optionalDate(due, field: "due time"))))
    }
}
