import ArgumentParser

/// `consult-board order ...`: orders and their status.
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Enter an order or move its status.",
        subcommands: [OrderAddCommand.self, OrderSetCommand.self])
}
