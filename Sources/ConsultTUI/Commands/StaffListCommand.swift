import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board staff list [--json]`
struct StaffListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the ward roster and its signing rules.")

    @OptionGroup var options: BoardOptions

    @Flag(help: "Print the roster as JSON.")
    var json = false

    func run() throws {
        let roster = try options.store().roster()
        if json {
            try JSONOutput.print(roster)
            return
        }
        guard !roster.isEmpty else {
            print(Roster.noRosterNote)
            return
        }
        for member in roster.members {
            let key = member.publicKey.flatMap(SigningKeys.fingerprint(ofBase64:)).map { "key \($0)" } ?? "no key"
            print("\(member.described)  \(key)")
        }
        print("signatures \(roster.policy.requireSignatures ? "required" : "optional"); latest hash to syslog: \(roster.policy.syslog ? "yes" : "no")")
    }
}
