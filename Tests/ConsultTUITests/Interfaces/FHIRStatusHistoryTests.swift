import ConsultBoard
import Foundation
import Testing

/// Status histories through FHIR: every move of a consult, order, report, complication, action and note (who,
/// when, why) is a Provenance of a version of its resource, read back whole by `import --format fhir`; a Bundle
/// whose records moved on is merged into the board through the same commands, signed by the movers; what
/// contradicts the board's history is refused with the path of the move. Also the urine output's period.
@Suite struct FHIRStatusHistoryTests {
    /// A patient whose records each moved through several statuses, by several people.
    private func board() throws -> CLIBoard {
        let board = try CLIBoard()
        let consult = try board.add(["consult", "request", CLIBoard.mrn, "--service", "neurology", "--question", "Weakness?"])
        try board.add(["consult", "set", consult, "--status", "accepted"], author: "dr.neuro")
        try board.add(["consult", "set", consult, "--status", "seen"], author: "dr.neuro2")
        let order = try board.add(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "medication", "--text", "Enoxaparin",
                                   "--drug", "enoxaparin", "--dose", "40 mg", "--route", "SC", "--frequency", "daily"])
        try board.add(["order", "set", order, "--status", "on-hold", "--reason", "epidural planned"], author: "dr.anaes")
        try board.add(["order", "set", order, "--status", "active"], author: "dr.ward")
        try board.add(["order", "add", CLIBoard.mrn, "--service", "ward", "--kind", "nursing", "--text", "Turn every 2 h"])
        let result = try board.add(["result", "add", CLIBoard.mrn, "--kind", "mri", "--summary", "No compression", "--status", "preliminary"])
        try board.add(["result", "set", result, "--status", "final"], author: "dr.rad")
        let complication = try board.add(["complication", "add", CLIBoard.mrn, "--kind", "infection", "--summary", "UTI"])
        try board.add(["complication", "set", complication, "--status", "resolved"], author: "dr.id")
        try board.add(["complication", "set", complication, "--status", "active", "--reason", "fever again"], author: "dr.id")
        let action = try board.add(["action", "add", CLIBoard.mrn, "--text", "Book urodynamics"])
        try board.add(["action", "done", action], author: "nurse.chen")
        try board.add(["action", "add", CLIBoard.mrn, "--text", "Family meeting"])
        let note = try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "wrong bed"])
        try board.add(["note", "error", note, "--reason", "written for another patient"], author: "dr.wu")
        try board.add(["note", "add", CLIBoard.mrn, "--service", "ward", "--text", "Settled night."])
        try board.add(["lab", "add", CLIBoard.mrn, "--test", "urine-output", "--value", "240", "--period-hours", "6",
                       "--at", "2026-11-20T06:00:00Z"])
        // Two critical values: one loop closed, one only received.
        let closed = try board.add(["lab", "add", CLIBoard.mrn, "--test", "potassium", "--value", "6.8", "--unit", "mmol/L", "--at", "2026-11-24T06:00:00Z"])
        try board.add(["critical", "receive", closed, "--reported-by", "lab: Li", "--read-back"], author: "nurse.li")
        try board.add(["critical", "notify", closed, "--doctor", "dr.li"], author: "nurse.li")
        try board.add(["critical", "close", closed, "--action", "calcium gluconate"], author: "dr.li")
        let open = try board.add(["lab", "add", CLIBoard.mrn, "--test", "potassium", "--value", "6.9", "--unit", "mmol/L", "--at", "2026-11-25T06:00:00Z"])
        try board.add(["critical", "receive", open, "--reported-by", "lab: Wang", "--read-back"], author: "nurse.li")
        return board
    }

    private func read(_ file: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
    }

    private func write(_ bundle: JSONValue, to file: String) throws {
        try BoardJSON.encoder().encode(bundle).write(to: URL(fileURLWithPath: file))
    }

    private func resource(_ id: String, in bundle: JSONValue) -> JSONValue? {
        bundle["entry"]?.array?.first { $0["resource"]?["id"]?.string == id }?["resource"]
    }

    private func index(of id: String, in bundle: JSONValue) throws -> Int {
        guard let index = bundle["entry"]?.array?.firstIndex(where: { $0["resource"]?["id"]?.string == id }) else { throw TestSetupError("no \(id)") }
        return index
    }

    /// The bundle with `change` applied to each resource (whole entries dropped where it returns nil).
    private func edited(_ bundle: JSONValue, _ change: (JSONValue) -> JSONValue?) -> JSONValue {
        guard case var .object(object) = bundle, let entries = object["entry"]?.array else { return bundle }
        object["entry"] = .array(entries.compactMap { entry in
            guard case var .object(fields) = entry, let resource = entry["resource"], let new = change(resource) else { return nil }
            fields["resource"] = new
            return .object(fields)
        })
        return .object(object)
    }

    /// A status move's Provenance, or what another system would not send either: the board's critical-value loop
    /// Tasks (their steps are their content) and their Provenance.
    private func isMove(_ resource: JSONValue) -> Bool {
        let id = resource["id"]?.string ?? ""
        return resource["activity"]?["coding"]?.array?.first?["system"]?.string == "urn:consult-board:status-change"
            || id.hasPrefix("critical-") || id.hasPrefix("prov-Task-critical-")
    }

    private func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    private func line<S>(_ id: String, _ history: [StatusChange<S>]) -> String {
        let moves: [String] = history.map { change in
            let from = change.from?.rawValue ?? "-"
            return "\(from)>\(change.to.rawValue) \(change.by) \(iso(change.at)) \(change.reason ?? "")"
        }
        return "\(id): " + moves.joined(separator: "; ")
    }

    /// Every status history of the patient's records, in words (who, when, why).
    private func histories(_ record: PatientRecord) -> [String] {
        var all: [String] = record.consults.map { line($0.id, $0.history) }
        all += record.orders.map { line($0.id, $0.history) }
        all += record.results.map { line($0.id, $0.history) }
        all += record.complications.map { line($0.id, $0.history) }
        for action in record.actions {
            all.append("\(action.id): \(action.done) \(action.doneBy ?? "-") \(action.doneAt.map(iso) ?? "-")")
        }
        for note in record.notes {
            let mark = note.enteredInError.map { "\($0.by) \(iso($0.at)) \($0.reason)" } ?? "-"
            all.append("\(note.id): \(mark)")
        }
        for task in record.criticalTasks {
            let steps = [task.reportedBy, task.receivedBy, iso(task.receivedAt), task.doctorNotified ?? "-", task.notifiedBy ?? "-",
                         task.notifiedAt.map(iso) ?? "-", task.action ?? "-", task.actionBy ?? "-", task.actionAt.map(iso) ?? "-"]
            all.append("\(task.labID): " + steps.joined(separator: " "))
        }
        return all
    }

    @Test func everyMoveIsAProvenanceOfAVersionAndComesBackWhole() throws {
        let board = try board()
        let original = try board.record()
        let file = try board.exportFHIR(to: "first.json")
        let bundle = try read(file)
        let consult = try #require(original.consults.first)
        let task = try #require(resource("\(consult.id)-task", in: bundle))
        #expect(task["meta"]?["versionId"]?.string == "3")
        #expect(task["relevantHistory"]?.array?.compactMap { $0["reference"]?.string }
            == (1...3).map { "Provenance/prov-Task-\(consult.id)-task-v\($0)" })
        let seen = try #require(resource("prov-Task-\(consult.id)-task-v3", in: bundle))
        #expect(seen["target"]?.array?.first?["reference"]?.string == "Task/\(consult.id)-task/_history/3")
        #expect(seen["activity"]?["coding"]?.array?.first?["code"]?.string == "seen")
        #expect(seen["agent"]?.array?.first?["who"]?["display"]?.string == "dr.neuro2")
        #expect(seen["occurredDateTime"]?.string == consult.history.last.map { iso($0.at) })
        let order = try #require(original.orders.first { $0.kind == .medication })
        let medication = try #require(resource(order.id, in: bundle))
        #expect(medication["eventHistory"]?.array?.count == 3 && medication["meta"]?["versionId"]?.string == "3")
        let held = try #require(resource("prov-MedicationRequest-\(order.id)-v2", in: bundle))
        #expect(held["reason"]?.array?.first?["text"]?.string == "epidural planned")
        #expect(held["agent"]?.array?.first?["who"]?["display"]?.string == "dr.anaes")
        // Reports and complications have no element listing their history: their moves are found by target.
        let complication = try #require(original.complications.first)
        #expect(resource("prov-Condition-\(complication.id)-v3", in: bundle)?["activity"]?["coding"]?.array?.first?["code"]?.string == "active")
        // A critical-value loop is a Task about its lab value, its steps moves of it.
        let critical = try #require(original.criticalTasks.first { $0.isClosed })
        let loop = try #require(resource("critical-\(critical.labID)", in: bundle))
        #expect(loop["status"]?.string == "completed" && loop["focus"]?["reference"]?.string == "Observation/\(critical.labID)")
        #expect(loop["owner"]?["display"]?.string == "dr.li" && loop["meta"]?["versionId"]?.string == "3")
        #expect(resource("prov-Task-critical-\(critical.labID)-v2", in: bundle)?["agent"]?.array?.first?["who"]?["display"]?.string == "nurse.li")
        // The urine output covers the 6 hours before its time.
        let urine = try #require(original.labs.first { $0.test == "urine-output" })
        let observation = try #require(resource(urine.id, in: bundle))
        #expect(observation["effectivePeriod"]?["start"]?.string == "2026-11-20T00:00:00Z")
        #expect(observation["effectivePeriod"]?["end"]?.string == "2026-11-20T06:00:00Z" && observation["effectiveDateTime"] == nil)

        // Into a new board: the same histories, moves, movers, times and reasons; the same Bundle out again.
        let imported = board.folder.path("imported")
        let run = try ConsultBoardProcess.run(["import", file, "--format", "fhir", "--board", imported, "--author", "dr.import"])
        #expect(run.status == 0, "\(run)")
        let shown = try ConsultBoardProcess.run(["show", CLIBoard.mrn, "--json", "--board", imported])
        let back = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(shown.stdout.utf8))
        #expect(histories(back) == histories(original))
        #expect(back.labs.first { $0.test == "urine-output" }?.periodHours == 6)
        let second = board.folder.path("second.json")
        #expect(try ConsultBoardProcess.run(["export", "--format", "fhir", "--board", imported, "--patient", CLIBoard.mrn, "-o", second]).status == 0)
        func withoutTimestamp(_ value: JSONValue) -> JSONValue {
            guard case var .object(object) = value else { return value }
            object["timestamp"] = nil
            return .object(object)
        }
        #expect(withoutTimestamp(try read(second)) == withoutTimestamp(bundle))
        if FHIRValidator.isAvailable {
            _ = try FHIRValidator.validate(file)
            _ = try FHIRValidator.validate(second)
        }
    }

    @Test func aHistoryThatCannotBeReadIsRefusedWithItsPath() throws {
        let board = try board()
        let file = try board.exportFHIR(to: "bundle.json")
        let bundle = try read(file)
        let consult = try #require(try board.record().consults.first?.id)
        let target = board.folder.path("new")
        func refused(_ bundle: JSONValue, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let edited = board.folder.path("edited.json")
            try write(bundle, to: edited)
            let run = try ConsultBoardProcess.run(["import", edited, "--format", "fhir", "--board", target, "--author", "dr.import"])
            #expect(run.status != 0 && run.stderr.contains(message), "\(run)", sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: target), "nothing written", sourceLocation: sourceLocation)
        }
        // A gap in the versions.
        try refused(edited(bundle) { $0["id"]?.string == "prov-Task-\(consult)-task-v2" ? nil : $0 },
                    "Bundle.entry[\(try index(of: "\(consult)-task", in: bundle))].resource: the status history of Task/\(consult)-task has no version 2")
        // A history that ends elsewhere than the resource's status.
        let last = try index(of: "prov-Task-\(consult)-task-v3", in: bundle)
        try refused(edited(bundle) { resource in
            guard resource["id"]?.string == "prov-Task-\(consult)-task-v3", case var .object(fields) = resource else { return resource }
            fields["activity"] = .object(["coding": .array([.object(["system": "urn:consult-board:status-change", "code": "follow-up"])])])
            return .object(fields)
        }, "its status (seen) is not where its status history ends (follow-up)")
        // A status the board does not know.
        try refused(edited(bundle) { resource in
            guard resource["id"]?.string == "prov-Task-\(consult)-task-v3", case var .object(fields) = resource else { return resource }
            fields["activity"] = .object(["coding": .array([.object(["system": "urn:consult-board:status-change", "code": "on-hold"])])])
            return .object(fields)
        }, "Bundle.entry[\(last)].resource.activity: \"on-hold\" is not a status the board knows here")
        // A move of a resource the bundle does not hold.
        try refused(edited(bundle) { ["\(consult)-task", "prov-Task-\(consult)-task"].contains($0["id"]?.string ?? "") ? nil : $0 },
                    "a status move of Task/\(consult)-task, which the bundle does not hold")

        // A Bundle without any history (another system's) is still read: the statuses as before.
        let bare = board.folder.path("bare.json")
        try write(edited(bundle) { isMove($0) ? nil : $0 }, to: bare)
        let run = try ConsultBoardProcess.run(["import", bare, "--format", "fhir", "--board", target, "--author", "dr.import"])
        #expect(run.status == 0, "\(run)")
        let shown = try ConsultBoardProcess.run(["show", CLIBoard.mrn, "--json", "--board", target])
        let back = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(shown.stdout.utf8))
        #expect(back.consults.first?.status == .seen && back.consults.first?.history.count == 2, "the request and its last move")
    }

    @Test func laterMovesOfRecordsTheBoardHasAreMergedThroughTheDoor() throws {
        let board = try board()
        let before = try board.record()
        let stale = try board.exportFHIR(to: "stale.json")
        let copy = try board.copied()
        let consult = try #require(before.consults.first?.id)
        let order = try #require(before.orders.first { $0.kind == .medication }?.id)
        let nursing = try #require(before.orders.first { $0.kind == .nursing }?.id)
        let action = try #require(before.actions.first { !$0.done }?.id)
        let note = try #require(before.notes.first { $0.enteredInError == nil }?.id)
        let complication = try #require(before.complications.first?.id)
        let critical = try #require(before.criticalTasks.first { $0.notifiedAt == nil }?.labID)
        try copy.add(["critical", "notify", critical, "--doctor", "dr.wu"], author: "nurse.chen")
        try copy.add(["critical", "close", critical, "--action", "repeat sample: haemolysed"], author: "dr.wu")
        try copy.add(["consult", "set", consult, "--status", "signed-off"], author: "dr.neuro2")
        try copy.add(["order", "set", order, "--status", "discontinued", "--reason", "mobilising"], author: "dr.ward")
        try copy.add(["order", "set", nursing, "--status", "completed"], author: "nurse.chen")
        try copy.add(["action", "done", action], author: "nurse.chen")
        try copy.add(["note", "error", note, "--reason", "other patient"], author: "dr.wu")
        try copy.add(["complication", "set", complication, "--status", "resolved"], author: "dr.id")
        let file = try copy.exportFHIR(to: "copy.json")

        let imported = try board.run(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn], author: "dr.import")
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.hasPrefix("added 0 resources from "), "\(imported)")
        #expect(imported.stdout.contains("; 7 moved on to the bundle's later statuses: "), "\(imported)")
        #expect(imported.stdout.contains("Task/\(consult)-task") == false && imported.stdout.contains("ServiceRequest/\(consult): signed-off"), "\(imported)")
        #expect(histories(try board.record()) == histories(try copy.record()), "the same moves, by the same people, at the same times")
        // Each move is a change of its own on the board's journal, signed by who made it.
        let journal = String(decoding: try board.journal(), as: UTF8.self)
        #expect(journal.contains("\"consult.set\"") && journal.contains("\"author\":\"dr.neuro2\""))

        // Again, or the board's older export: nothing to merge, nothing written.
        let written = try board.journal()
        let again = try board.run(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn])
        #expect(again.status == 0 && !again.stdout.contains("moved on"), "\(again)")
        let old = try board.run(["import", stale, "--format", "fhir", "--patient", CLIBoard.mrn])
        #expect(old.status == 0 && old.stdout.contains("(the board's status is later)") && !old.stdout.contains("moved on"), "\(old)")
        #expect(try board.journal() == written)
        #expect(try board.run(["validate"]).status == 0)
        if FHIRValidator.isAvailable { _ = try FHIRValidator.validate(file) }
    }

    @Test func aHistoryThatContradictsTheBoardsIsRefusedWithThePathOfTheMove() throws {
        let board = try board()
        let copy = try board.copied()
        let consult = try #require(try board.record().consults.first?.id)
        let order = try #require(try board.record().orders.first { $0.kind == .nursing }?.id)
        // The two boards move the same records apart.
        try board.add(["consult", "set", consult, "--status", "signed-off"], author: "dr.neuro2")
        try copy.add(["consult", "set", consult, "--status", "follow-up"], author: "dr.neuro2")
        let file = try copy.exportFHIR(to: "copy.json")
        let bundle = try read(file)
        try board.refuse(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn],
                         "Bundle.entry[\(try index(of: "prov-Task-\(consult)-task-v4", in: bundle))].resource: move 4 of the status history of \(consult) is follow-up by dr.neuro2",
                         "but signed-off by dr.neuro2")

        // Another system's Bundle (no histories) with a status the board cannot reach from its own: refused at `status`.
        try board.add(["order", "set", order, "--status", "completed"])
        let reopened = edited(try read(try board.exportFHIR(to: "own.json"))) { resource in
            if isMove(resource) { return nil }
            guard resource["id"]?.string == order, case var .object(fields) = resource else { return resource }
            fields["meta"] = nil
            fields["relevantHistory"] = nil
            fields["status"] = "on-hold"
            return .object(fields)
        }
        let foreign = board.folder.path("foreign.json")
        try write(reopened, to: foreign)
        try board.refuse(["import", foreign, "--format", "fhir", "--patient", CLIBoard.mrn],
                         "Bundle.entry[\(try index(of: order, in: reopened))].resource.status: on-hold by")
    }

    @Test func aLaterMoveTheBoardRefusesIsReportedWithItsPathAndNothingIsWritten() throws {
        let board = try board()
        let complication = try #require(try board.record().complications.first?.id)
        // The bundle says the active complication became active again: a move the board's lifecycle refuses.
        let bundle = try read(try board.exportFHIR(to: "own.json"))
        guard case var .object(object) = bundle, var entries = object["entry"]?.array,
              let third = entries.first(where: { $0["resource"]?["id"]?.string == "prov-Condition-\(complication)-v3" }),
              case var .object(entry) = third, case var .object(move) = third["resource"] else { throw TestSetupError("no third move") }
        move["id"] = .string("prov-Condition-\(complication)-v4")
        move["target"] = .array([.object(["reference": .string("Condition/\(complication)/_history/4")])])
        move["occurredDateTime"] = "2026-11-30T08:00:00Z"
        entry["resource"] = .object(move)
        entries.append(.object(entry))
        // ...and its Condition is at version 4 (else the versions disagree, refused before the board is asked).
        if let index = entries.firstIndex(where: { $0["resource"]?["id"]?.string == complication }),
           case var .object(condition) = entries[index], case var .object(resource) = condition["resource"] {
            resource["meta"] = .object(["versionId": "4"])
            condition["resource"] = .object(resource)
            entries[index] = .object(condition)
        }
        object["entry"] = .array(entries)
        let file = board.folder.path("again.json")
        try write(.object(object), to: file)
        try board.refuse(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn],
                         "Bundle.entry[\(entries.count - 1)].resource: the bundle's later move by dr.id at 2026-11-30T08:00:00Z is refused by the board")
    }

    @Test func aLaterStatusFromABundleWithoutHistoriesIsOneMove() throws {
        let board = try board()
        let copy = try board.copied()
        let consult = try #require(try board.record().consults.first?.id)
        try copy.add(["consult", "set", consult, "--status", "signed-off"], author: "dr.neuro2")
        let bare = edited(try read(try copy.exportFHIR(to: "copy.json"))) { resource in
            if isMove(resource) { return nil }
            guard case var .object(fields) = resource else { return resource }
            fields["meta"] = nil
            fields["relevantHistory"] = nil
            fields["eventHistory"] = nil
            return .object(fields)
        }
        let file = board.folder.path("bare.json")
        try write(bare, to: file)
        let imported = try board.run(["import", file, "--format", "fhir", "--patient", CLIBoard.mrn], author: "dr.import")
        #expect(imported.status == 0 && imported.stdout.contains("ServiceRequest/\(consult): signed-off"), "\(imported)")
        let moved = try #require(try board.record().consults.first)
        let theirs = try #require(try copy.record().consults.first)
        #expect(moved.status == .signedOff && moved.history.last?.by == "dr.neuro2" && moved.history.last?.at == theirs.history.last?.at)
    }

    @Test func aUrineOutputWithoutAPeriodTheBoardTakesIsRefused() throws {
        let board = try board()
        let file = try board.exportFHIR(to: "bundle.json")
        let bundle = try read(file)
        let urine = try #require(try board.record().labs.first { $0.test == "urine-output" }?.id)
        let at = try index(of: urine, in: bundle)
        let target = board.folder.path("new")
        func refused(_ change: (inout [String: JSONValue]) -> Void, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let edited = edited(bundle) { resource in
                guard resource["id"]?.string == urine, case var .object(fields) = resource else { return resource }
                change(&fields)
                return .object(fields)
            }
            let path = board.folder.path("edited.json")
            try write(edited, to: path)
            let run = try ConsultBoardProcess.run(["import", path, "--format", "fhir", "--board", target, "--author", "dr.import"])
            #expect(run.status != 0 && run.stderr.contains(message), "\(run)", sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: target), sourceLocation: sourceLocation)
            let added = try board.run(["import", path, "--format", "fhir", "--patient", CLIBoard.mrn])
            #expect(added.status != 0 && added.stderr.contains(message), "\(added)", sourceLocation: sourceLocation)
        }
        try refused({ $0["effectivePeriod"] = nil; $0["effectiveDateTime"] = "2026-11-20T06:00:00Z" },
                    "Bundle.entry[\(at)].resource.effectivePeriod: a urine-output is a volume collected over hours")
        try refused({ $0["effectivePeriod"] = .object(["start": "2026-11-18T06:00:00Z", "end": "2026-11-20T06:00:00Z"]) },
                    "Bundle.entry[\(at)].resource.effectivePeriod: 2026-11-18T06:00:00Z to 2026-11-20T06:00:00Z")
        try refused({ $0["effectivePeriod"] = .object(["end": "2026-11-20T06:00:00Z"]) }, "Bundle.entry[\(at)].resource.effectivePeriod.start")
        try refused({ $0["valueQuantity"] = .object(["value": .integer(40), "unit": "mL/h", "system": "http://unitsofmeasure.org", "code": "mL/h"]) },
                    "Bundle.entry[\(at)].resource.valueQuantity.unit: unit \"mL/h\"")
    }
}
