import Foundation
import Testing
@testable import ConsultBoard

@Suite struct CriticalValueLoopTests {
    static let ranges = ReferenceRangeTable.shipped

    /// The open items; every call also checks that the header's count (`openCount`) agrees with them.
    func open(_ ward: TestWard, sourceLocation: SourceLocation = #_sourceLocation) -> [CriticalValueItem] {
        let items = CriticalValueLoop.open(ward.record, ranges: Self.ranges)
        #expect(CriticalValueLoop.openCount(ward.record, ranges: Self.ranges) == items.count, sourceLocation: sourceLocation)
        return items
    }

    @Test func theWardsCountsAreEachRecordsInTheOrderGiven() throws {
        var records: [PatientRecord] = []
        for potassium in [[6.5], [4.0], [6.6, 2.4, 5.0]] {
            var ward = try TestWard()
            for (hour, value) in potassium.enumerated() { try ward.lab("potassium", value, "mmol/L", at: TestWard.at(hours: Double(hour))) }
            records.append(ward.record)
        }
        let counts = CriticalValueLoop.openCounts(records, ranges: Self.ranges)
        #expect(counts == [1, 0, 2])
        #expect(counts == records.map { CriticalValueLoop.open($0, ranges: Self.ranges).count })
    }

    @Test func aCriticalValueOpensATaskThatClosesOnlyAfterEveryStep() throws {
        var ward = try TestWard()
        try ward.lab("potassium", 5.4, "mmol/L", at: TestWard.at(hours: 0))
        #expect(open(ward).isEmpty, "a high potassium is not critical")
        let k = try ward.lab("potassium", 6.5, "mmol/L", at: TestWard.at(hours: 1))
        #expect(open(ward).map(\.lab.id) == [k])
        #expect(open(ward).first?.state == .awaitingReceipt)
        #expect(open(ward).first?.headline == "potassium 6.5 mmol/L HH (\(k))")

        try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab: Li", readBack: true)), at: TestWard.at(hours: 1.2))
        #expect(open(ward).first?.state == .awaitingDoctor)
        #expect(open(ward).first?.task?.receivedBy == "dr.li")
        #expect(throws: BoardError.self) {
            try ward.apply(.closeCriticalValue(CloseCriticalValue(labID: k, action: "insulin")), at: TestWard.at(hours: 1.3))
        }
        try ward.apply(.notifyCriticalValue(NotifyCriticalValue(labID: k, doctor: "dr.wang")), at: TestWard.at(hours: 1.3))
        #expect(open(ward).first?.state == .awaitingAction)
        try ward.apply(.closeCriticalValue(CloseCriticalValue(labID: k, action: "calcium gluconate; insulin-dextrose")), at: TestWard.at(hours: 1.5))
        #expect(open(ward).isEmpty)
        let closed = try #require(CriticalValueLoop.items(ward.record, ranges: Self.ranges).first)
        #expect(closed.state == .closed)
        #expect(closed.task?.actionAt == TestWard.at(hours: 1.5))
        #expect(closed.task?.doctorNotified == "dr.wang")
    }

    @Test func theLoopRefusesStepsOutOfOrderOrWithoutReadBack() throws {
        var ward = try TestWard()
        let k = try ward.lab("potassium", 2.6, "mmol/L", at: TestWard.at(hours: 2))
        let later = TestWard.at(hours: 3)
        #expect {
            try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: false)), at: later)
        } throws: {
            isRefusal($0, saying: "read the value back to the caller and have it confirmed before recording the call (--read-back)")
        }
        #expect(throws: BoardError.self) {  // before the sample was taken
            try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: true, at: TestWard.at(hours: 1))), at: later)
        }
        #expect(throws: BoardError.self) {  // in the future
            try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: true, at: TestWard.at(hours: 4))), at: later)
        }
        #expect(throws: BoardError.self) {  // nothing received yet
            try ward.apply(.notifyCriticalValue(NotifyCriticalValue(labID: k, doctor: "dr.wang")), at: later)
        }
        #expect(throws: BoardError.unknownRecord("O-1", expected: .lab)) {
            try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: "O-1", reportedBy: "lab", readBack: true)), at: later)
        }
        try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: true)), at: later)
        #expect(throws: BoardError.alreadyRecorded(record: "\(k)", what: .tr("error.board.already.receivedCritical"))) {
            try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: true)), at: later)
        }
        #expect(ward.record.criticalTasks.count == 1)
    }

    @Test func aValueReportedAsCriticalByTheLaboratoryIsKeptEvenIfTheWardTableDoesNotCallItCritical() throws {
        var ward = try TestWard()
        let k = try ward.lab("potassium", 6.0, "mmol/L", at: TestWard.t0)
        #expect(open(ward).isEmpty)
        try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: true)), at: TestWard.at(hours: 1))
        #expect(open(ward).map(\.lab.id) == [k])
        #expect(open(ward).first?.flag == .high)
    }

    @Test func aRecordWrittenBeforeTheLoopExistedReadsWithNoTasks() throws {
        let ward = try TestWard()
        var json = try #require(String(data: try BoardJSON.encoder().encode(ward.record), encoding: .utf8))
        #expect(!json.contains("criticalValues"))
        json = json.replacingOccurrences(of: "\"revision\"", with: "\"revision\"")
        let decoded = try BoardJSON.decoder().decode(PatientRecord.self, from: Data(json.utf8))
        #expect(decoded.criticalTasks.isEmpty)
    }
}
