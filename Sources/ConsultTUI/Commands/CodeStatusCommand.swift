import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board code set MRN --status full-code|dnr|dnr-dni|comfort-care [--note TEXT]`
struct CodeStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code", abstract: "Record the patient's code status (resuscitation status).",
        subcommands: [CodeStatusSetCommand.self])
}

struct CodeStatusSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Record the code status, signed with who and when; prints the MRN.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("The resuscitation status", ResuscitationStatus.self, valueName: "status"))
    var status: String

    @Option(help: "Who decided it with whom (e.g. 'discussed with daughter').")
    var note: String?

    func run() throws {
        try options.submit(.setCodeStatus(SetCodeStatus(
            mrn: mrn, status: try CLIInput.vocabulary(status, field: "code status"),
            note: try note.map { try CLIInput.text($0, field: "note") })))
    }
}
