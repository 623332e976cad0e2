import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board order set ORDER_ID --status STATUS [--reason TEXT]`
struct OrderSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Move an order to a new status; prints the order's id.",
        discussion: LifecycleHelp.moves(OrderStatus.self))

    @OptionGroup var options: BoardOptions

    @Argument(help: "The order's id (e.g. O-7).")
    var orderID: String

    @Option(help: .oneOf("New status", OrderStatus.self, valueName: "status"))
    var status: String

    @Option(help: "Why (required for on-hold, discontinued and entered-in-error).")
    var reason: String?

    func run() throws {
        try options.submit(.setOrderStatus(SetOrderStatus(
            orderID: orderID, status: try CLIInput.vocabulary(status, field: "order status"), reason: reason)))
    }
}
