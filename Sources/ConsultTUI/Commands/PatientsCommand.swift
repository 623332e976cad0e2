import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board patients [--json]`: the ward list, by bed (the text starts with the ward's name).
struct PatientsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patients", abstract: "List the patients on the board, by bed.")

    @OptionGroup var options: BoardOptions

    @Flag(help: "Print a JSON array of the patients' headers instead of a table.")
    var json = false

    func run() throws {
        let list = try options.store().wardList()
        if json {
            try JSONOutput.print(list.patients)
        } else {
            print(tr("cli.patients.count", count: list.patients.count, ["ward": Sanitizer.line(list.ward)]))
            print(PatientTable.render(list.patients))
        }
    }
}
