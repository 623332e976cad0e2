import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board note add MRN --service S --text TEXT|- [--type T]`
struct NoteAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Sign a note on a patient's record; prints the note's id.",
        discussion: """
            --text - reads the note from standard input, so multi-line notes can come from a file or a heredoc:
              consult-board note add SCI-0001 --service neurology --text - < note.txt
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("The writing service", Service.self, valueName: "service"))
    var service: String

    @Option(help: "The note ('-' reads standard input).")
    var text: String

    @Option(help: .oneOf("Note type", NoteType.self, valueName: "type"))
    var type: String = NoteType.progress.rawValue

    func run() throws {
        try options.submit(.addNote(AddNote(
            mrn: mrn, service: try CLIInput.vocabulary(service, field: "service"),
            type: try CLIInput.vocabulary(type, field: "note type"), text: try CLIInput.text(text, field: "note"))))
    }
}
