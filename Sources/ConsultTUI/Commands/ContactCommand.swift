import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board contact add MRN --role team|family|other --name NAME [--relation TEXT] [--phone TEXT]`
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "Record a key contact (team, family) for the handoff.",
        subcommands: [ContactAddCommand.self])
}

struct ContactAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a key contact; prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("Who they are to the patient", ContactRole.self, valueName: "role"))
    var role: String

    @Option(help: "Their name.")
    var name: String

    @Option(help: "The relation or function (e.g. 'daughter', 'attending spine surgeon').")
    var relation: String?

    @Option(help: "How to reach them (telephone, extension).")
    var phone: String?

    func run() throws {
        try options.submit(.addContact(AddContact(
            mrn: mrn, role: try CLIInput.vocabulary(role, field: "contact role"), name: name, relation: relation,
            phone: phone)))
    }
}
