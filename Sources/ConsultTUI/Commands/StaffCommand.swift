import ArgumentParser

/// `consult-board staff ...`: the ward roster (who may sign as whom, with which role and signing key).
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "The ward roster: add or change people and feeds, list them, set signing rules.",
        discussion: """
            A board without a roster lets any login sign with any name (single-user behaviour). The first entry \
            added must be your own login and becomes the board's admin; after that only admins change the roster. \
            With a roster, --author must be a name the roster gives your login.
            """,
        subcommands: [StaffAddCommand.self, StaffSetCommand.self, StaffListCommand.self, StaffPolicyCommand.self])
}
