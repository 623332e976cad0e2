import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board consult report [--json]`: response times per service, against the consult clock.
struct ConsultReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Response times per consulting service: requests, seen, seen in time, overdue now, median time to seen.")

    @OptionGroup var options: BoardOptions

    @Flag(help: "Print a JSON array instead of text.")
    var json = false

    struct Row: Encodable {
        var service: String
        var requested = 0
        var seen = 0
        var seenInTime = 0
        var overdueNow = 0
        /// Minutes from request to the first "seen", median of the seen consults.
        var medianMinutesToSeen: Double?
    }

    func run() throws {
        let store = try options.store()
        let board = try store.load()
        let clock = try options.wardSettings(of: store).consultClock
        let now = Date()
        var rows: [Service: Row] = [:]
        var waits: [Service: [Double]] = [:]
        for record in board.patients.values {
            for consult in record.consults where consult.status != .cancelled {
                let timing = clock.timing(consult, now: now)
                var row = rows[consult.service] ?? Row(service: consult.service.rawValue)
                row.requested += 1
                if let seen = timing.seenAt {
                    row.seen += 1
                    if !timing.seenLate { row.seenInTime += 1 }
                    waits[consult.service, default: []].append(seen.timeIntervalSince(consult.requestedAt) / 60)
                }
                if timing.overdue { row.overdueNow += 1 }
                rows[consult.service] = row
            }
        }
        let report = Service.allCases.compactMap { service -> Row? in
            guard var row = rows[service] else { return nil }
            let sorted = (waits[service] ?? []).sorted()
            if !sorted.isEmpty {
                let middle = sorted.count / 2
                row.medianMinutesToSeen = (sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2).rounded()
            }
            return row
        }
        if json {
            try JSONOutput.print(report)
            return
        }
        print(tr("cli.report.title", ["stat": ClinicalNumber.plain(clock.stat), "urgent": ClinicalNumber.plain(clock.urgent), "routine": ClinicalNumber.plain(clock.routine)]))
        print(TextLayout.pad(tr("cli.report.service"), width: 22) + TextLayout.pad(tr("cli.report.requested"), width: 11) + TextLayout.pad(tr("cli.report.seen"), width: 6)
            + TextLayout.pad(tr("cli.report.inTime"), width: 9) + TextLayout.pad(tr("cli.report.overdueNow"), width: 13) + tr("cli.report.median"))
        for row in report {
            let median = row.medianMinutesToSeen.map { tr("cli.report.minutes", ["minutes": ClinicalNumber.plain($0)]) } ?? "-"
            // The service in the reader's words (its raw value in English, as this report has always printed it).
            let service = Service(rawValue: row.service).map(\.rawValueText.shown) ?? row.service
            print(TextLayout.pad(service, width: 22) + TextLayout.pad("\(row.requested)", width: 11) + TextLayout.pad("\(row.seen)", width: 6)
                + TextLayout.pad("\(row.seenInTime)", width: 9) + TextLayout.pad("\(row.overdueNow)", width: 13) + median)
        }
        if report.isEmpty { print(tr("cli.report.noConsults")) }
    }
}
