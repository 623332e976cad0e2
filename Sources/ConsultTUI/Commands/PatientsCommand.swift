import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board patients [--json]`: the ward list, by bed (the text starts with the ward's name).
struct PatientsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patients", abstract: "List the patients on the ward, by bed (--discharged: those who left).")

    @OptionGroup var options: BoardOptions

    @Flag(help: "Print a JSON array of the patients' headers instead of a table.")
    var json = false

    @Flag(help: "List the patients who left (discharged or transferred out), latest first, instead.")
    var discharged = false

    func run() throws {
        let list = try options.store().wardList()
        if discharged { return try printDeparted(list) }
        if json {
            try JSONOutput.print(list.patients)
        } else {
            print(tr("cli.patients.count", count: list.patients.count, ["ward": Sanitizer.line(list.ward)]))
            print(PatientTable.render(list.patients))
        }
    }

    private func printDeparted(_ list: WardList) throws {
        if json { return try JSONOutput.print(list.departed) }
        print(tr("cli.patients.departedCount", count: list.departed.count, ["ward": Sanitizer.line(list.ward)]))
        print(PatientTable.renderDeparted(list.departed))
    }
}
