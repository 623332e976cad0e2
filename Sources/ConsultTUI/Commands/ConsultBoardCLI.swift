import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board`: the ward's consult board. With no subcommand it opens the board in the terminal UI.
@main
struct ConsultBoardCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consult-board",
        abstract: "The shared consult board of a spinal-cord-injury ward.",
        discussion: """
            The board is a folder or a board in a PostgreSQL database (postgresql://USER@HOST:PORT/DB?board=NAME), \
            given by --board or the CONSULT_BOARD environment variable. Changes are signed with --author NAME, \
            CONSULT_BOARD_AUTHOR, or the login name.
            """,
        version: ProductVersion.description,
        subcommands: CommandRegistry.all,
        defaultSubcommand: TUICommand.self
    )
}

/// Every subcommand, in the order `--help` lists them. Each lives in its own file under Commands/.
enum CommandRegistry {
    static let all: [any ParsableCommand.Type] = [
        InitCommand.self,
        DBCommand.self,
        BoardMaintenanceCommand.self,
        TUICommand.self,
        ScreenCommand.self,
        DemoCommand.self,
        PatientsCommand.self,
        ShowCommand.self,
        AdmitCommand.self,
        DischargeCommand.self,
        TransferCommand.self,
        ReadmitCommand.self,
        PatientCommand.self,
        NoteCommand.self,
        ConsultCommand.self,
        OrderCommand.self,
        LabCommand.self,
        CriticalCommand.self,
        DoseCommand.self,
        ChartCommand.self,
        ResultCommand.self,
        ComplicationCommand.self,
        ActionCommand.self,
        ContingencyCommand.self,
        ExamCommand.self,
        IsncsciCommand.self,
        CalcCommand.self,
        TermsCommand.self,
        AllergyCommand.self,
        CodeStatusCommand.self,
        LineCommand.self,
        ContactCommand.self,
        AlertsCommand.self,
        HandoffCommandGroup.self,
        DischargeSummaryCommand.self,
        GenerateCommand.self,
        AuditCommand.self,
        ValidateCommand.self,
        ExportCommand.self,
        ImportCommand.self,
        HL7Command.self,
        StaffCommand.self,
        WardCommand.self,
        KeysCommand.self,
    ]
}
