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
            print(Roster.noRosterText.shown)
            return
        }
        for member in roster.members {
            let key = member.publicKey.flatMap(SigningKeys.fingerprint(ofBase64:)).map { tr("cli.staff.key", ["fingerprint": $0]) } ?? tr("cli.staff.noKey")
            let role = member.roleWords.shown
            print(tr("cli.staff.member", [
                "name": Sanitizer.line(member.name), "role": role, "admin": member.admin ? tr("cli.staff.admin") : "",
                "login": Sanitizer.line(member.login), "key": key,
            ]))
        }
        print(tr("cli.staff.policy", ["signatures": roster.policy.requireSignatures ? tr("cli.staff.required") : tr("cli.staff.optional"), "syslog": roster.policy.syslog ? tr("cli.staff.yes") : tr("cli.staff.no")]))
    }
}
