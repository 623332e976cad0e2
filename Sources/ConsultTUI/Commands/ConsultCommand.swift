import ArgumentParser

/// `consult-board consult ...`: consult requests, their status and the consultant's recommendations.
struct ConsultCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consult", abstract: "Request a consult, move its status, add a recommendation.",
        subcommands: [ConsultRequestCommand.self, ConsultSetCommand.self, ConsultRecommendCommand.self, ConsultReportCommand.self])
}
