import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board note error NOTE_ID --reason TEXT`
struct NoteErrorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "error",
        abstract: "Mark a note entered in error, with the reason (it stays in the record); prints the note's id.")

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The note's id (e.g. N-12).")
    var noteID: String

    @Option(help: "Why the note is in error (e.g. written in the wrong chart).")
    var reason: String

    func run() throws {
        try options.submit(expecting: revision.expected, .markNoteInError(MarkNoteInError(noteID: noteID, reason: reason)))
    }
}
