import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board critical register [MRN...] [--print]`: the printable critical-value register (危急值登记本):
/// one block per value with every step of its loop and who did it, for the ward's paper file or an inspection.
struct CriticalRegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register", abstract: "Print the critical-value register (every value, every step, who and when).")

    @OptionGroup var options: BoardOptions

    @Argument(help: "Only these patients (default: the whole ward).")
    var mrns: [String] = []

    @Flag(help: "Send it to the printer (lp or lpr) instead of standard output.")
    var print = false

    func run() throws {
        let (board, rows) = try CriticalValueRows.load(options, mrns: mrns, openOnly: false)
        let time = TimeFormat(timeZone: .current)
        var lines = [
            "CRITICAL VALUE REGISTER (危急值登记) · \(Sanitizer.line(board.ward)) · printed \(time.dateTime(Date()))",
            String(repeating: "=", count: 78),
        ]
        if rows.isEmpty { lines.append("No critical values recorded.") }
        for (number, row) in rows.enumerated() {
            let item = row.item
            let task = item.task
            func step(_ label: String, _ text: String?) { lines.append("  [\(text == nil ? " " : "x")] \(label): \(text ?? "-")") }
            lines.append(tr("cli.critical.registerLine", [
                "number": String(number + 1), "mrn": Sanitizer.line(row.mrn), "name": Sanitizer.line(row.name), "bed": Sanitizer.line(row.bed),
                "headline": item.shownHeadline, "time": time.dateTime(item.lab.at),
                "state": Localisation.language == .english ? item.state.label.uppercased() : item.state.shownWords,
            ]))
            step("Reported by", task.map { Sanitizer.line($0.reportedBy) })
            step("Received, read back", task.map { "\(Sanitizer.line($0.receivedBy)) \(time.dateTime($0.receivedAt))" })
            step("Doctor notified", task.flatMap { t in t.notifiedAt.map { "\(Sanitizer.line(t.doctorNotified ?? "")) \(time.dateTime($0))" } })
            step("Action", task.flatMap { t in t.actionAt.map { "\(time.dateTime($0)) \(Sanitizer.line(t.actionBy ?? "")): \(Sanitizer.line(t.action ?? ""))" } })
            lines.append(String(repeating: "-", count: 78))
        }
        let text = lines.joined(separator: "\n") + "\n"
        if print {
            do { StandardOutput.write(try HandoffPrinter().print(text, title: tr("cli.critical.registerTitle")) + "\n") } catch { throw CLIError.passedOn(error.shown) }
        } else {
            StandardOutput.write(text)
        }
    }
}
