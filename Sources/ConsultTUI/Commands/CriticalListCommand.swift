import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board critical [list] [MRN...] [--open] [--json]`: the ward's critical values and their loops.
struct CriticalListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List critical values and where each loop stands (the default of `critical`).")

    @OptionGroup var options: BoardOptions

    @Argument(help: "Only these patients (default: the whole ward).")
    var mrns: [String] = []

    @Flag(help: "Only values whose loop is not closed.")
    var open = false

    @Flag(help: "Print a JSON array instead of text.")
    var json = false

    func run() throws {
        let (board, items) = try CriticalValueRows.load(options, mrns: mrns, openOnly: open)
        if json {
            try JSONOutput.print(items.map(CriticalValueRows.Output.init))
            return
        }
        guard !items.isEmpty else {
            let departed = CriticalValueRows.departedNote(board, mrns: mrns)
            print(open ? tr("cli.critical.noneOpen", ["departed": departed]) : tr("cli.critical.none", ["departed": departed]))
            return
        }
        let time = TimeFormat(timeZone: .current)
        for row in items {
            let item = row.item
            print("\(item.lab.id)  \(Sanitizer.line(row.mrn))  " + tr("cli.critical.bed", ["bed": Sanitizer.line(row.bed)]) + "  \(item.shownHeadline)  \(time.dateTime(item.lab.at))  \(Localisation.language == .english ? item.state.rawValue.uppercased() : item.state.shownWords)" + (row.departed ? tr("cli.critical.departed") : ""))
            if let task = item.task {
                print("    " + tr("cli.critical.received", ["time": time.dateTime(task.receivedAt), "by": Sanitizer.line(task.receivedBy), "from": Sanitizer.line(task.reportedBy)]))
                if let doctor = task.doctorNotified, let at = task.notifiedAt {
                    print("    " + tr("cli.critical.notified", ["doctor": Sanitizer.line(doctor), "time": time.dateTime(at)]))
                }
                if let action = task.action, let at = task.actionAt {
                    print("    " + tr("cli.critical.action", ["time": time.dateTime(at), "by": Sanitizer.line(task.actionBy ?? ""), "action": Sanitizer.line(action)]))
                }
            }
        }
    }
}

/// The critical values of the chosen patients, with what the list, the register and `--json` show of each.
enum CriticalValueRows {
    struct Row {
        var mrn: MRN
        var name: String
        var bed: String
        var item: CriticalValueItem
        /// The patient has left the ward (discharged or transferred out): listed when named, and marked.
        var departed = false
    }

    /// The board (one read) and its critical values: the ward's, or these patients'.
    static func load(_ options: BoardOptions, mrns: [String], openOnly: Bool) throws -> (board: Board, rows: [Row]) {
        let store = try options.store()
        let board = try store.load()
        let ranges = try options.wardSettings(of: store).referenceRanges
        for mrn in mrns where board.patients[mrn] == nil { throw BoardError.unknownPatient(mrn) }
        // A patient named on the command line is listed even after leaving the ward (marked so): their values
        // stay on the record, and saying nothing would read as "none".
        let records = mrns.isEmpty
            ? board.patientsByBed
            : board.patientsByBed.filter { mrns.contains($0.mrn) } + board.departedPatients.filter { mrns.contains($0.mrn) }
        return (board, records.flatMap { record in
            CriticalValueLoop.items(record, ranges: ranges).filter { !openOnly || $0.isOpen }.map {
                Row(mrn: record.mrn, name: record.patient.name, bed: record.patient.bed, item: $0, departed: !record.patient.isOnWard)
            }
        })
    }

    /// " (SCI-0003 has left the ward)" when a named patient is no longer on the ward, for the "none" line.
    static func departedNote(_ board: Board, mrns: [String]) -> String {
        guard !mrns.isEmpty else { return "" }
        let gone = mrns.filter { board.patients[$0].map { !$0.patient.isOnWard } ?? false }
        return gone.isEmpty ? "" : tr("cli.critical.leftWard", count: gone.count, ["mrns": gone.map(Sanitizer.line).joined(separator: ", ")])
    }

    /// One critical value in `critical list --json`.
    struct Output: Encodable {
        var labID: String
        var mrn: String
        var name: String
        var bed: String
        var test: String
        var value: Double
        var unit: String
        var at: Date
        var flag: LabFlag?
        var state: CriticalValueState
        var open: Bool
        var task: CriticalValueTask?
        /// The patient has left the ward (only when named on the command line).
        var departed: Bool

        init(_ row: Row) {
            labID = row.item.lab.id
            mrn = row.mrn
            name = row.name
            bed = row.bed
            test = row.item.lab.test
            value = row.item.lab.value
            unit = row.item.lab.unit
            at = row.item.lab.at
            flag = row.item.flag
            state = row.item.state
            open = row.item.isOpen
            task = row.item.task
            departed = row.departed
        }
    }
}
