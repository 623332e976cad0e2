import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board export [--output FILE]`: the whole board as one JSON document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole board as one JSON document (to stdout, or --output FILE).",
        discussion: """
            {"format":"consult-board-export","schemaVersion":1,"ward":...,"createdAt":...,"revision":..., \
            "patients":[...]} with every record and its history. `consult-board import` makes a new board \
            from it. The file holds patient data: it is created readable by you only.
            """)

    @OptionGroup var options: BoardOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        let document = try options.store().export()
        if let output {
            try document.write(to: output)
            FileHandle.standardError.write(Data("exported \(document.patients.count) patients (revision \(document.revision)) to \(output)\n".utf8))
        } else {
            StandardOutput.write(try document.encoded())
        }
    }
}
