import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board db init --board postgresql://USER@HOST/DB`: creates (or migrates) the schema, its functions and
/// the roles consult_board_reader, consult_board_writer and consult_board_admin in the database. Run it as the
/// database's owner; then `consult-board init --board postgresql://…?board=NAME` creates a board there.
struct DBInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or migrate the consult-board schema, functions and roles in a PostgreSQL database.",
        discussion: """
            Run as the database's owner (it creates the schema consult_board and the roles consult_board_reader, \
            consult_board_writer, consult_board_admin). Applies only the migrations the database lacks; running it \
            again changes nothing. Grant people's own login roles one of the three roles.
            """)

    @OptionGroup var options: BoardOptions

    func run() throws {
        let location = try options.location()
        guard case let .postgres(address) = location else {
            throw CLIError.databaseOnly(location: "\(location)")
        }
        let applied = try PostgresDatabase.initialise(address)
        if applied.isEmpty {
            print(tr("cli.db.upToDate"))
        } else {
            StandardOutput.changeWasSaved()
            for line in applied { print(line) }
        }
    }
}
