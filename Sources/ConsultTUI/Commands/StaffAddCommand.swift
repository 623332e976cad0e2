import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board staff add --name NAME --login LOGIN --role ROLE [--service S] [--admin] [--key BASE64]`
struct StaffAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a person or a feed to the ward roster; prints the display name.",
        discussion: """
            consult-board staff add --name 陈医生 --login chen --role attending --key "$(consult-board keys show)"
            consult-board staff add --name 王医生 --login wang --role consultant --service neurology
            consult-board staff add --name lab --login labfeed --role service
            """)

    @OptionGroup var options: BoardOptions

    @Option(help: "The name shown on records and used with --author (any script).")
    var name: String

    @Option(help: "The operating-system login allowed to sign as this name.")
    var login: String

    @Option(help: .oneOf("Role", StaffRole.self, valueName: "role"))
    var role: String

    @Option(help: .oneOf("For consultants: the service whose consults they answer", Service.self, valueName: "service"))
    var service: String?

    @Flag(help: "Make this person an admin (who may change the roster).")
    var admin = false

    @Option(help: ArgumentHelp("The person's Ed25519 public key (`consult-board keys show` prints it).", valueName: "base64"))
    var key: String?

    func run() throws {
        let member = StaffMember(
            name: name, login: login, role: try CLIInput.vocabulary(role, field: "role"),
            service: try service.map { try CLIInput.vocabulary($0, field: "service") }, admin: admin,
            publicKey: key?.trimmingCharacters(in: .whitespacesAndNewlines))
        try options.submit(.addStaff(AddStaff(member: member)))
    }
}
