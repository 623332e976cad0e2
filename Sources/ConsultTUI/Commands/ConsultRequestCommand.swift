import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board consult request MRN --service S --question TEXT [--urgency U]`
struct ConsultRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request", abstract: "Request a consult from a service; prints the consult's id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("The consulted service", Service.self, valueName: "service"))
    var service: String

    @Option(help: "The question for the consultant ('-' reads standard input).")
    var question: String

    @Option(help: .oneOf("Urgency", Urgency.self, valueName: "urgency"))
    var urgency: String = Urgency.routine.rawValue

    func run() throws {
        try options.submit(.requestConsult(RequestConsult(
            mrn: mrn, service: try CLIInput.vocabulary(service, field: "service"),
            question: try CLIInput.text(question, field: "consult question"),
            urgency: try CLIInput.vocabulary(urgency, field: "urgency"))))
    }
}
