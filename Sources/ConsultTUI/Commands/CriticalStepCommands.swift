import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board critical receive LAB_ID --reported-by NAME --read-back [--at ISO]`
struct CriticalReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Record the call reporting a critical value, read back; signed by the receiver; prints the lab id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The lab value's id (e.g. L-12).")
    var labID: String

    @Option(help: "Who reported it (e.g. \"lab: Li Na\").")
    var reportedBy: String

    @Flag(help: "The value was read back to the caller and confirmed (required).")
    var readBack = false

    @Option(help: ArgumentHelp("When the call was taken, ISO 8601 (default: now).", valueName: "time"))
    var at: String?

    func run() throws {
        try options.submit(.receiveCriticalValue(ReceiveCriticalValue(
            labID: labID, reportedBy: reportedBy, readBack: readBack,
            at: try CLIInput.optionalDate(at, field: "call time"))))
    }
}

/// `consult-board critical notify LAB_ID --doctor NAME [--at ISO]`
struct CriticalNotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify", abstract: "Record the doctor told of a critical value; prints the lab id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The lab value's id (e.g. L-12).")
    var labID: String

    @Option(help: "The doctor notified.")
    var doctor: String

    @Option(help: ArgumentHelp("When the doctor was told, ISO 8601 (default: now).", valueName: "time"))
    var at: String?

    func run() throws {
        try options.submit(.notifyCriticalValue(NotifyCriticalValue(
            labID: labID, doctor: doctor, at: try CLIInput.optionalDate(at, field: "notification time"))))
    }
}

/// `consult-board critical close LAB_ID --action TEXT [--at ISO]`
struct CriticalCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Record the action taken on a critical value, closing its loop; prints the lab id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The lab value's id (e.g. L-12).")
    var labID: String

    @Option(help: "What was done (use - to read it from standard input).")
    var action: String

    @Option(help: ArgumentHelp("When it was done, ISO 8601 (default: now).", valueName: "time"))
    var at: String?

    func run() throws {
        try options.submit(.closeCriticalValue(CloseCriticalValue(
            labID: labID, action: try CLIInput.text(action, field: "action"),
            at: try CLIInput.optionalDate(at, field: "action time"))))
    }
}
