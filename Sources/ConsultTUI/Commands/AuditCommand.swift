import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board audit [MRN] [--json]`: the board's full change history, oldest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show every change to the board (or to one patient), oldest first.",
        discussion: """
            One line per change: sequence number, time (UTC), author, the operating-system login that wrote it, \
            patient, kind and what it did. \
            With --json, the journal entries themselves (as stored in journal.jsonl).
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "Only the changes to this patient (MRN).")
    var mrn: String?

    @Flag(help: "Print the journal entries as a JSON array.")
    var json = false

    func run() throws {
        let store = try options.store()
        let entries = try store.entries(since: 0, patient: mrn)
        if let mrn, entries.isEmpty { throw BoardError.unknownPatient(mrn) }
        if json {
            var data = try BoardJSON.encoder(pretty: true).encode(entries)
            data.append(0x0A)
            StandardOutput.write(data)
            return
        }
        let authorWidth = min(16, entries.map { DisplayWidth.of(Sanitizer.line($0.author)) }.max() ?? 6)
        let loginWidth = min(12, entries.map { DisplayWidth.of(Sanitizer.line($0.writer?.login ?? "-")) }.max() ?? 1)
        let patientWidth = min(12, entries.map { DisplayWidth.of(Sanitizer.line($0.patient ?? "-")) }.max() ?? 1)
        let kindWidth = entries.map(\.command.kind.rawValue.count).max() ?? 4
        for entry in entries {
            let columns = [
                TextLayout.pad(String(entry.sequence), width: 6, alignRight: true),
                BoardJSON.string(from: entry.at),
                TextLayout.pad(Sanitizer.line(entry.author), width: authorWidth),
                TextLayout.pad(Sanitizer.line(entry.writer?.login ?? "-"), width: loginWidth),
                TextLayout.pad(Sanitizer.line(entry.patient ?? "-"), width: patientWidth),
                TextLayout.pad(entry.command.kind.rawValue, width: kindWidth),
                TextLayout.truncate(entry.shownSummary, width: 100),
            ]
            print(columns.joined(separator: "  "))
        }
    }
}
