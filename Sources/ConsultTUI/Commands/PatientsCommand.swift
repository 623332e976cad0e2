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
        let board = try options.loadBoard()
        let records = board.patientsByBed
        if json {
            try JSONOutput.print(records.map(\.patient))
        } else {
            print("\(Sanitizer.line(board.ward)): \(records.count) patient\(records.count == 1 ? "" : "s")")
            print(PatientTable.render(records))
        }
    }
}
