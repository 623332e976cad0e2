import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board result add MRN --kind K --summary TEXT [--findings TEXT] [--region R] [--levels L] [--status S]
/// [--order ORDER_ID]`
struct ResultAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a diagnostic report; prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("Kind of report", ResultKind.self, valueName: "kind"))
    var kind: String

    @Option(help: "The impression: what the report concludes ('-' reads standard input).")
    var summary: String

    @Option(help: "The findings in full ('-' reads standard input).")
    var findings: String = ""

    @Option(help: "Imaging: the body region (e.g. 'cervical spine').")
    var region: String?

    @Option(help: "Imaging: the levels involved (e.g. 'C3/4, C4-5').")
    var levels: String?

    @Option(help: .oneOf("Report status", ResultStatus.self, valueName: "status"))
    var status: String = ResultStatus.final.rawValue

    @Option(name: .customLong("order"), help: ArgumentHelp("The order this report answers (e.g. O-7).", valueName: "order-id"))
    var orderID: String?

    func run() throws {
        guard summary != "-" || findings != "-" else {
            throw CLIError.oneStandardInput
        }
        try options.submit(.addResult(AddResult(
            mrn: mrn, kind: try CLIInput.vocabulary(kind, field: "result kind"),
            summary: try CLIInput.text(summary, field: "summary"),
            findings: try CLIInput.text(findings, field: "findings"), region: region, levels: levels,
            status: try CLIInput.vocabulary(status, field: "result status"), orderID: orderID)))
    }
}
