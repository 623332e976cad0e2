import ConsultBoard
import Foundation
import Testing

@Suite struct CriticalAndDoseCommandTests {
    @Test(arguments: BoardKind.available)
    func theCriticalValueLoopEndToEnd(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let k = try board.add(["lab", "add", CLIBoard.mrn, "--test", "potassium", "--value", "6.8", "--unit", "mmol/L",
                               "--at", "2026-11-24T06:00:00Z"])
        func listed(_ args: [String] = ["--open"]) throws -> [[String: Any]] {
            let out = try board.run(["critical", "list"] + args + ["--json"])
            #expect(out.status == 0, "\(out)")
            return try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        }
        #expect(try listed().map { $0["labID"] as? String } == [k])
        #expect(try listed().first?["state"] as? String == "awaiting-receipt")
        #expect(try listed().first?["flag"] as? String == "critical-high")

        try board.refuse(["critical", "receive", k, "--reported-by", "lab: Li"], "--read-back")
        try board.refuse(["critical", "close", k, "--action", "x"], "has not been received yet")
        #expect(try board.add(["critical", "receive", k, "--reported-by", "lab: Li", "--read-back", "--at", "2026-11-24T06:20:00Z"],
                              author: "rn.zhou") == k)
        try board.refuse(["critical", "close", k, "--action", "x"], "record the doctor notified first")
        #expect(try board.add(["critical", "notify", k, "--doctor", "dr.wang", "--at", "2026-11-24T06:25:00Z"]) == k)
        #expect(try listed().first?["state"] as? String == "awaiting-action")
        #expect(try board.add(["critical", "close", k, "--action", "calcium gluconate, insulin-dextrose; repeat K 2 h"]) == k)
        #expect(try listed().isEmpty)
        let all = try listed([])
        let task = try #require(all.first?["task"] as? [String: Any])
        #expect(task["receivedBy"] as? String == "rn.zhou")
        #expect(task["reportedBy"] as? String == "lab: Li")
        #expect(task["readBack"] as? Bool == true)
        #expect(task["doctorNotified"] as? String == "dr.wang")

        let register = try board.run(["critical", "register"])
        #expect(register.status == 0)
        #expect(register.stdout.contains("CRITICAL VALUE REGISTER"))
        #expect(register.stdout.contains("potassium 6.8 mmol/L HH (\(k))"))
        #expect(register.stdout.contains("[x] Received, read back: rn.zhou 2026-11-24 06:20"))
        #expect(register.stdout.contains("[x] Doctor notified: dr.wang 2026-11-24 06:25"))
        #expect(register.stdout.contains("CLOSED"))
        #expect(try board.run(["critical", "--open"]).stdout == "No open critical values.\n")
        try board.refuse(["critical", "list", "NOPE"], "no patient with MRN 'NOPE'")
    }

    @Test(arguments: BoardKind.available)
    func dosesAreRecordedOnTheOrderAndShownInJSON(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let order = try board.add(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "medication", "--text", "VTE prophylaxis",
                                   "--drug", "enoxaparin", "--dose", "40 mg", "--route", "SC", "--frequency", "daily"])
        // Given now, due four hours ago: late. (A dose cannot be given before its order was written.)
        #expect(try board.add(["dose", "give", order, "--due", BoardDateText.now(minus: 4 * 3600)]) == order)
        try board.refuse(["dose", "give", order, "--at", BoardDateText.now(minus: 86400)], "is before the order was written")
        #expect(try board.add(["dose", "hold", order, "--reason", "LP tomorrow 10:00"]) == order)
        try board.refuse(["dose", "hold", order, "--reason", " "], "needs the reason")
        try board.refuse(["dose", "give", "O-999"], "no order with id 'O-999'")
        try board.refuse(["dose", "give", order, "--at", "2099-01-01T00:00:00Z"], "is in the future")
        let record = try board.record()
        let doses = try #require(record.orders.first { $0.id == order }?.doses)
        #expect(doses.map(\.outcome) == [.given, .held])
        #expect(doses[0].isLate)
        let json = try board.run(["show", CLIBoard.mrn, "--json"]).stdout
        #expect(json.contains("\"administrations\""))
        let text = try board.run(["show", CLIBoard.mrn]).stdout
        #expect(text.contains("given"), "\(text)")
        #expect(text.contains("LATE"))
        #expect(text.contains("held by dr.test: LP tomorrow 10:00"))
        #expect(!text.contains("course day"), "enoxaparin is not a course")
    }
}

/// ISO 8601 times relative to now, for commands that refuse future times.
enum BoardDateText {
    static func now(minus seconds: TimeInterval) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date().addingTimeInterval(-seconds).rounded())
    }
}

private extension Date {
    func rounded() -> Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}

@Suite struct ConsultClockCLITests {
    @Test(arguments: BoardKind.available)
    func consultsCarryTheirDueTimeAndOverdueInJSONAndTheReportCountsThem(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let id = try board.add(["consult", "request", CLIBoard.mrn, "--service", "neurology", "--question", "GBS?", "--urgency", "stat"])
        let json = try board.run(["show", CLIBoard.mrn, "--json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let consult = try #require((object["consults"] as? [[String: Any]])?.first)
        #expect(consult["id"] as? String == id)
        #expect(consult["dueAt"] is String)
        #expect(consult["overdue"] as? Bool == false, "a stat consult is due 10 minutes after the request")
        let orders = object["orders"] as? [Any]
        #expect(orders?.isEmpty == true)
        let report = try board.run(["consult", "report", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["service"] as? String == "neurology")
        #expect(rows.first?["requested"] as? Int == 1)
        #expect(rows.first?["seen"] as? Int == 0)
    }
}

@Suite struct ChartCommandTests {
    @Test(arguments: BoardKind.available)
    func chartPrintsTheTrendWithItsLimits(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        for (day, value) in [(20, 70), (21, 90), (22, 150), (23, 250)] {
            try board.add(["lab", "add", CLIBoard.mrn, "--test", "creatinine", "--value", "\(value)", "--unit", "umol/L",
                           "--at", "2026-11-\(day)T06:00:00Z"])
        }
        let out = try board.run(["chart", CLIBoard.mrn, "--test", "cr", "--width", "60"])
        #expect(out.status == 0, "\(out)")
        #expect(out.stdout.contains("creatinine (umol/L)"))
        #expect(out.stdout.contains("high 81"))
        #expect(out.stdout.filter { $0 == "●" }.count == 4)
        #expect(out.stdout.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 60 })
        try board.refuse(["chart", CLIBoard.mrn, "--test", "fvc"], "no fvc values recorded")
        try board.refuse(["chart", CLIBoard.mrn, "--test", "cr", "--width", "10"], "--width 10 is out of range")
    }
}
