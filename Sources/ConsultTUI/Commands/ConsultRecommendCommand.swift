import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board consult recommend CONSULT_ID --text TEXT`
struct ConsultRecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend", abstract: "Add the consultant's recommendation to a consult; prints the consult's id.")

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The consult's id (e.g. C-4).")
    var consultID: String

    @Option(help: "The recommendation ('-' reads standard input).")
    var text: String

    func run() throws {
        try options.submit(expecting: revision.expected, .addRecommendation(AddRecommendation(
            consultID: consultID, text: try CLIInput.text(text, field: "recommendation"))))
    }
}
