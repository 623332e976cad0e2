import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board handoff [print] ...` prints the handoff (`HandoffCommand`); `handoff ack` acknowledges it. A
/// command with its own MRN arguments cannot also hold subcommands, so printing is the default subcommand.
struct HandoffCommandGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handoff", abstract: "Print the I-PASS handoff, or acknowledge it as the receiver (handoff ack).",
        subcommands: [HandoffCommand.self, HandoffAckCommand.self], defaultSubcommand: HandoffCommand.self)
}

/// `consult-board handoff ack [MRN ...] [--from NAME]`: the receiver acknowledges the handoff (接班) of the
/// patients named (every patient when none is), in one change per patient written together; the next
/// handoff's "events since the last handoff" start there.
struct HandoffAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack", abstract: "Acknowledge, as the receiver, the handoff of the ward or of some patients.")

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("The MRNs taken over (default: the whole ward).", valueName: "MRN"))
    var mrns: [String] = []

    @Option(help: "Who handed over (交班).")
    var from: String?

    func run() throws {
        let store = try options.store()
        let board = try store.load()
        let records = try Handoff.patients(of: board, mrns: mrns, sort: .bed)
        guard !records.isEmpty else { throw CLIUsageMistake.noPatientsToTakeOver.error }
        let commands = records.map { BoardCommand.acknowledgeHandoff(AcknowledgeHandoff(mrn: $0.mrn, from: from)) }
        _ = try store.apply(commands, author: try options.authorName(from: store))
        StandardOutput.changeWasSaved()
        print(tr("cli.handoff.acknowledged", count: records.count, ["mrns": records.map(\.mrn).joined(separator: ", ")]))
    }
}
