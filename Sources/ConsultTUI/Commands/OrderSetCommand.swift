import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board order set ORDER_ID --status STATUS [--reason TEXT]`
struct OrderSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Move an order to a new status; prints the order's id.",
        discussion: LifecycleHelp.moves(OrderStatus.self))

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The order's id (e.g. O-7).")
    var orderID: String

    @OptionGroup var move: StatusMoveOptions<OrderStatus>

    func run() throws {
        try options.submit(expecting: revision.expected, .setOrderStatus(SetOrderStatus(
            orderID: orderID, status: try move.newStatus(field: "order status"), reason: move.reason)))
    }
}
