import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board staff set NAME [--login L] [--role R] [--service S] [--admin yes|no] [--key BASE64]`
struct StaffSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Change a roster entry (found by its display name); prints the name.",
        discussion: """
            Record your own signing key after `consult-board keys init`:
              consult-board staff set 陈医生 --key "$(consult-board keys show)"
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The display name of the entry.")
    var name: String

    @Option(help: "A new operating-system login for this name.")
    var login: String?

    @Option(help: .oneOf("Role", StaffRole.self, valueName: "role"))
    var role: String?

    @Option(help: .oneOf("For consultants: the service", Service.self, valueName: "service"))
    var service: String?

    @Option(help: ArgumentHelp("Whether the person is an admin.", valueName: "yes|no"))
    var admin: String?

    @Option(help: ArgumentHelp("The person's Ed25519 public key (`consult-board keys show`).", valueName: "base64"))
    var key: String?

    func run() throws {
        try options.submit(.setStaff(SetStaff(
            name: name, login: login, role: try role.map { try CLIInput.vocabulary($0, field: "role") },
            service: try service.map { try CLIInput.vocabulary($0, field: "service") },
            admin: try admin.map { try YesNo.parse($0, field: "--admin") },
            publicKey: key?.trimmingCharacters(in: .whitespacesAndNewlines))))
    }
}

/// A yes/no option value, refused with one line when it is anything else.
enum YesNo {
    static func parse(_ text: String, field: String) throws -> Bool {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "true", "on": return true
        case "no", "false", "off": return false
        default: throw CLIError.notYesOrNo(field: field, value: text)
        }
    }
}
