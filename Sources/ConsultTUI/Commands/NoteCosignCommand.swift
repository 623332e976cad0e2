import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board note cosign NOTE_ID`
struct NoteCosignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cosign",
        abstract: "Cosign a resident's note as its attending (上级医师审签); prints the note's id.",
        discussion: "`consult-board note awaiting` lists the notes that wait for a cosignature.")

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The note's id (e.g. N-12).")
    var noteID: String

    func run() throws {
        try options.submit(expecting: revision.expected, .cosignNote(CosignNote(noteID: noteID)))
    }
}

/// `consult-board note awaiting [--json]`
struct NoteAwaitingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "awaiting", abstract: "List the notes that wait for an attending's cosignature.")

    @OptionGroup var options: BoardOptions

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        let board = try options.loadBoard()
        let waiting = AwaitingCosignature.notes(on: board)
        if json {
            try JSONOutput.print(waiting.map { ["mrn": $0.mrn, "note": $0.note.id, "author": $0.note.author] })
            return
        }
        if waiting.isEmpty { print(tr("cli.cosign.none")) }
        for item in waiting {
            print("\(item.note.id)  \(item.mrn)  \(Sanitizer.line(item.note.author))  \(ClinicalClock.machineText(item.note.at))  \(item.note.kind)")
        }
    }
}
