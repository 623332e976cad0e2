import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board line add MRN --kind KIND --site TEXT [--inserted ISO]` and `line remove ID [--reason TEXT] [--at ISO]`:
/// lines, drains, catheters and tubes, with their insertion dates (the handoff counts their days).
struct LineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "line", abstract: "Record a line, drain, catheter or tube put in or taken out.",
        subcommands: [LineAddCommand.self, LineRemoveCommand.self])
}

struct LineAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Record a device put in; prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("What it is", DeviceKind.self, valueName: "kind"))
    var kind: String

    @Option(help: "Where (e.g. 'right basilic vein', '16 Fr Foley', 'L3-4 wound').")
    var site: String

    @Option(help: ArgumentHelp("When it went in, ISO 8601 (default: now).", valueName: "time"))
    var inserted: String?

    func run() throws {
        try options.submit(.addDevice(AddDevice(
            mrn: mrn, kind: try CLIInput.vocabulary(kind, field: "line kind"), site: site,
            insertedAt: try CLIInput.optionalDate(inserted, field: "insertion time") ?? Date())))
    }
}

struct LineRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Record a device taken out.")

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("The device's id (LN-12).", valueName: "id"))
    var deviceID: String

    @Option(help: "Why (optional).")
    var reason: String?

    @Option(help: ArgumentHelp("When it came out, ISO 8601 (default: now).", valueName: "time"))
    var at: String?

    func run() throws {
        try options.submit(.removeDevice(RemoveDevice(
            deviceID: deviceID, reason: reason, at: try CLIInput.optionalDate(at, field: "removal time"))))
    }
}
