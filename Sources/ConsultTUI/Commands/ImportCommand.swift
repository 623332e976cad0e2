import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board import FILE --board PATH`: a new board from an export document.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create a new board from an export document (refuses if a board is already there).",
        discussion: """
            Record ids are kept as they are; new records get ids after them. A malformed document is refused \
            with the JSON path of its first problem, e.g. $.patients[2].notes[5].at: expected an ISO 8601 date.
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("The export document (from `consult-board export`).", valueName: "file"))
    var file: String

    func run() throws {
        let location = try options.location()
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError("cannot read \(file): \(error.localizedDescription)")
        }
        let document: ExportDocument
        do {
            document = try ExportDocument.decode(data)
        } catch {
            throw CLIError("cannot import \(file): \(error)")
        }
        try location.importBoard(document, author: options.authorName())
        print("imported \(document.patients.count) patient\(document.patients.count == 1 ? "" : "s") (revision \(document.revision)) into \(location)")
    }
}
