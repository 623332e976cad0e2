import ArgumentParser

/// `consult-board note ...`: signed clinical notes, their addenda, and marking a note entered in error.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add a note, an addendum, or mark a note entered in error.",
        subcommands: [NoteAddCommand.self, NoteAddendumCommand.self, NoteErrorCommand.self, NoteCosignCommand.self, NoteAwaitingCommand.self])
}
