import Foundation
import Testing
@testable import ConsultBoard

/// The fictional demo ward: deterministic, valid, and carrying the driving case in full.
@Suite struct DemoBoardTests {
    static let now = Date(timeIntervalSince1970: 1_795_595_400)  // 2026-11-25T08:30:00Z
    static let utc = TimeZone(identifier: "UTC") ?? .gmt

    /// The demo applied to an in-memory board exactly as the store would apply it.
    static func board(now: Date = now) throws -> Board {
        var board = Board()
        try board.apply(.createBoard(CreateBoard(ward: DemoBoard.ward)), context: ChangeContext(sequence: 1, author: "demo", at: now.addingTimeInterval(-30 * 86_400)))
        for (offset, change) in DemoBoard.changes(now: now, timeZone: utc).enumerated() {
            try board.apply(change.command, context: ChangeContext(sequence: offset + 2, author: change.author, at: change.at))
        }
        return board
    }

    @Test func everyChangeIsAcceptedInTimeOrderAndInThePast() throws {
        let changes = DemoBoard.changes(now: Self.now, timeZone: Self.utc)
        #expect(changes.count > 250)
        #expect(zip(changes, changes.dropFirst()).allSatisfy { $0.at <= $1.at }, "journal order is time order")
        #expect(changes.allSatisfy { $0.at <= Self.now })
        #expect(changes.allSatisfy { $0.at == BoardJSON.wholeSeconds($0.at) }, "whole seconds, as the journal keeps them")
        _ = try Self.board()
    }

    @Test func clockTimesAreReadInTheWardsTimeZone() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let admission = { (zone: TimeZone) in
            DemoBoard.changes(now: Self.now, timeZone: zone).compactMap { change -> Date? in
                if case let .admitPatient(c) = change.command, c.patient.mrn == DemoBoard.drivingCase { return c.patient.admittedAt }
                return nil
            }.first
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = shanghai
        let local = try #require(admission(shanghai))
        #expect(calendar.component(.hour, from: local) == 9 && calendar.component(.minute, from: local) == 40)
        #expect(DemoBoard.changes(now: Self.now, timeZone: shanghai).allSatisfy { $0.at <= Self.now })
    }

    @Test func theSameNowGivesTheSameStory() throws {
        #expect(DemoBoard.changes(now: Self.now, timeZone: Self.utc) == DemoBoard.changes(now: Self.now, timeZone: Self.utc))
        let later = Self.now.addingTimeInterval(86_400 * 3 + 3_600)
        #expect(try Self.board(now: later).patients.count == Self.board().patients.count)
    }

    @Test func theWardIsMarkedFictionalAndVaried() throws {
        let board = try Self.board()
        #expect(DemoBoard.ward.contains("DEMO") && DemoBoard.ward.contains("fictional"))
        let patients = board.patients.values.map(\.patient)
        #expect(patients.count >= 6)
        #expect(Set(patients.map(\.bed)).count == patients.count)
        #expect(patients.allSatisfy { $0.bed.hasPrefix("3-") })
        #expect(patients.filter { $0.name.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }.count >= 2)
        #expect(Set(patients.map(\.severity)) == Set(Severity.allCases))
        for record in board.patients.values where record.mrn != DemoBoard.drivingCase {
            #expect(!record.consults.isEmpty && !record.orders.isEmpty && !record.labs.isEmpty && !record.notes.isEmpty, "\(record.mrn)")
        }
    }

    @Test func theDrivingCaseIsCharted() throws {
        let record = try #require(try Self.board().patients[DemoBoard.drivingCase])
        let p = record.patient
        #expect(p.age == 62 && p.sex == .female && p.weightKg != nil && !p.allergies.isEmpty && !p.problems.isEmpty)
        #expect(p.severity != .stable)

        let services = Set(record.consults.map(\.service))
        #expect(services.isSuperset(of: [.neurology, .spineSurgery, .imaging, .nephrology, .infectiousDisease, .vascular]))
        #expect(Set(record.consults.map(\.status)).count >= 3, "consults in varied statuses")
        #expect(record.consults.allSatisfy { !$0.history.isEmpty })
        #expect(record.consults.contains { !$0.recommendations.isEmpty })

        func medication(_ drug: String) -> Order? { record.orders.first { $0.medication?.drug.contains(drug) == true && $0.status != .discontinued } }
        #expect(medication("Methylprednisolone")?.status == .completed)
        #expect(medication("IVIG")?.medication?.dose.contains("0.4 g/kg") == true)
        #expect(medication("Enoxaparin")?.medication?.frequency == "q12h")
        #expect(medication("Enoxaparin")?.status == .active)
        #expect(medication("Meropenem")?.status == .active)
        #expect(record.orders.contains { $0.imaging?.modality == .mri && $0.imaging?.contrast == .gadolinium && $0.status == .active })
        #expect(record.orders.contains { $0.kind == .procedure && $0.text.contains("lumbar puncture") && $0.status.isLive })
        #expect(record.orders.contains { $0.text.lowercased().contains("glucose") })

        let mri = try #require(record.results.first { $0.kind == .mri })
        #expect(mri.status == .final && mri.region == "cervical spine" && mri.levels?.contains("C4-5") == true)
        #expect(mri.history.map(\.to) == [.preliminary, .final])
        #expect(Set(record.results.map(\.kind)).isSuperset(of: [.mri, .emg, .csf]))
        #expect(record.results.contains { $0.status == .preliminary })

        let creatinine = record.labs(named: "creatinine")
        #expect(creatinine.first.map { (100...120).contains($0.value) } == true)
        #expect(creatinine.last?.value == 250)
        #expect(creatinine.allSatisfy { $0.unit == "umol/L" })
        let feverDays = Set(record.labs(named: "temperature").filter { (38.0...38.6).contains($0.value) }.map {
            Calendar(identifier: .gregorian).startOfDay(for: $0.at)
        })
        #expect(feverDays.count >= 4)
        for test in ["wbc", "crp", "d-dimer", "glucose"] { #expect(!record.labs(named: test).isEmpty, "\(test)") }

        #expect(Set(record.complications.map(\.kind)) == [.infection, .dvt, .renal])
        let dvt = try #require(record.complications.first { $0.kind == .dvt })
        #expect(dvt.details.site?.contains("left") == true && dvt.details.confirmedBy == "duplex ultrasound" && dvt.details.anticoagulation != nil)
        #expect(record.complications.contains { $0.kind == .infection && $0.details.organism != nil && $0.details.antibiotic != nil })

        #expect(Set(record.notes.map(\.service)).isSuperset(of: [.ward, .neurology, .spineSurgery, .nephrology, .infectiousDisease, .vascular, .nursing]))
        #expect(record.notes.contains { $0.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
        #expect(record.notes.contains { !$0.addenda.isEmpty })
        #expect(record.notes.contains { $0.enteredInError.map { !$0.reason.isEmpty } ?? false })
        #expect(record.notes.contains { $0.text.contains("\n") })

        #expect(record.actions.contains { $0.done } && record.actions.contains { !$0.done })
        #expect(record.contingencies.count >= 2)
    }

    /// The exams use the flat keys of the ISNCSCI conformance file with values in its notation, and read as an
    /// incomplete injury at C4-5: normal sensation to C4, sacral sparing, every key muscle graded 2 or more.
    @Test func theExamsAreAnIncompleteC4Injury() throws {
        let record = try #require(try Self.board().patients[DemoBoard.drivingCase])
        #expect(record.exams.count == 2)
        let segments = ["c2", "c3", "c4", "c5", "c6", "c7", "c8"] + (1...12).map { "t\($0)" } + (1...5).map { "l\($0)" } + ["s1", "s2", "s3", "s4_5"]
        let motorSegments = ["c5", "c6", "c7", "c8", "t1", "l2", "l3", "l4", "l5", "s1"]
        var expectedKeys: Set<String> = ["analSensation", "analContraction"]
        for side in ["Right", "Left"] {
            for s in segments { expectedKeys.insert("\(s)\(side)Touch"); expectedKeys.insert("\(s)\(side)Prick") }
            for s in motorSegments { expectedKeys.insert("\(s)\(side)Motor") }
        }
        for exam in record.exams {
            #expect(Set(exam.values.keys) == expectedKeys)
            for (key, value) in exam.values {
                if key.hasSuffix("Motor") { #expect(["0", "1", "2", "3", "4", "5", "NT"].contains(value), "\(key)=\(value)") }
                else if key.hasPrefix("anal") { #expect(value == "Yes", "\(key): sacral sparing") }
                else { #expect(["0", "1", "2", "NT"].contains(value), "\(key)=\(value)") }
            }
            for side in ["Right", "Left"] {
                #expect(["c2", "c3", "c4"].allSatisfy { exam.values["\($0)\(side)Touch"] == "2" })
                #expect(exam.values["s4_5\(side)Touch"] == "1")
                #expect(motorSegments.allSatisfy { Int(exam.values["\($0)\(side)Motor"] ?? "") ?? 0 >= 2 })
            }
            // Right worse than left.
            let total = { (side: String) in motorSegments.compactMap { Int(exam.values["\($0)\(side)Motor"] ?? "") }.reduce(0, +) }
            #expect(total("Right") < total("Left"))
        }
    }

    @Test func createWritesTheStoryThroughTheStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try DemoBoard.create(at: folder.path, now: Self.now, timeZone: Self.utc)
        let loaded = try store.load()
        let expected = try Self.board()
        #expect(loaded.ward == DemoBoard.ward)
        #expect(loaded.patients == expected.patients, "the store gives every record the id and time of the in-memory story")
        #expect(throws: StoreError.alreadyExists(path: folder.path)) { try DemoBoard.create(at: folder.path, now: Self.now, timeZone: Self.utc) }
    }

    @Test func batchesGroupOnlyConsecutiveChangesBySameAuthorAndTime() {
        let t = Date(timeIntervalSince1970: 0)
        let note = BoardCommand.addNote(AddNote(mrn: "P", service: .ward, type: .progress, text: "x"))
        let changes = [
            DemoChange(command: note, author: "a", at: t), DemoChange(command: note, author: "a", at: t),
            DemoChange(command: note, author: "b", at: t), DemoChange(command: note, author: "a", at: t),
            DemoChange(command: note, author: "a", at: t.addingTimeInterval(1)),
        ]
        #expect(DemoBoard.batches(changes).map(\.count) == [2, 1, 1, 1])
    }
}
