import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board contingency add MRN --if TEXT --then TEXT`
struct ContingencyAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an I-PASS contingency plan; prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(name: .customLong("if"), help: ArgumentHelp("The condition (e.g. 'Temperature 38.5 C or more').", valueName: "text"))
    var condition: String

    @Option(name: .customLong("then"), help: ArgumentHelp("What to do then.", valueName: "text"))
    var action: String

    func run() throws {
        try options.submit(.addContingency(AddContingency(mrn: mrn, condition: condition, action: action)))
    }
}
