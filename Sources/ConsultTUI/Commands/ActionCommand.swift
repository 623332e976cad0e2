import ArgumentParser

/// `consult-board action ...`: I-PASS action items.
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action", abstract: "Add an I-PASS action item or mark one done.",
        subcommands: [ActionAddCommand.self, ActionDoneCommand.self])
}
