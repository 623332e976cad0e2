import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board note addendum NOTE_ID --text TEXT|-`
struct NoteAddendumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "addendum",
        abstract: "Add a signed addendum to a note (notes are never edited); prints the addendum's id.")

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The note's id (e.g. N-12).")
    var noteID: String

    @Option(help: "The addendum ('-' reads standard input).")
    var text: String

    func run() throws {
        try options.submit(expecting: revision.expected, .addAddendum(AddAddendum(noteID: noteID, text: try CLIInput.text(text, field: "addendum"))))
    }
}
