import Foundation
import Testing
@testable import ConsultBoard

@Suite struct ReferenceRangeTests {
    static let woman = Patient(mrn: "M", name: "n", age: 62, sex: .female, bed: "1", admittedAt: TestWard.t0, diagnosis: "d")
    static let man = Patient(mrn: "M", name: "n", age: 45, sex: .male, bed: "1", admittedAt: TestWard.t0, diagnosis: "d")

    static func lab(_ test: String, _ value: Double, _ unit: String) -> LabValue {
        LabValue(id: "L-1", test: test, value: value, unit: unit, at: TestWard.t0, enteredBy: "lab")
    }

    @Test func theShippedTableIsReadAndEveryRangeNamesItsSource() throws {
        let table = ReferenceRangeTable.shipped
        #expect(table.version == "2026.1")
        #expect(table.ranges.count > 20)
        for range in table.ranges { #expect(range.problems().isEmpty, "\(range)") }
        // Decoding the shipped text again gives the same table (it is not silently the empty fallback).
        let again = try ReferenceRangeTable.decode(Data(DefaultReferenceRanges.json.utf8), file: "default")
        #expect(again == table)
    }

    @Test(arguments: [
        (2.7, LabFlag.criticalLow), (2.8, .criticalLow), (2.9, .low), (3.4, .low), (3.5, .normal), (5.3, .normal),
        (5.4, .high), (6.1, .high), (6.2, .criticalHigh), (7.0, .criticalHigh),
    ])
    func potassiumBoundaries(value: Double, flag: LabFlag) {
        #expect(ReferenceRangeTable.shipped.flag(Self.lab("potassium", value, "mmol/L"), of: Self.woman) == flag)
    }

    @Test func creatinineDependsOnSexAndAge() {
        let table = ReferenceRangeTable.shipped
        // 90 umol/L: high for a woman of 62 (41-81), normal for a man of 45 (57-97).
        #expect(table.flag(Self.lab("creatinine", 90, "umol/L"), of: Self.woman) == .high)
        #expect(table.flag(Self.lab("creatinine", 90, "umol/L"), of: Self.man) == .normal)
        var older = Self.man
        older.age = 70
        #expect(table.flag(Self.lab("creatinine", 105, "umol/L"), of: older) == .normal)
        #expect(table.flag(Self.lab("creatinine", 105, "umol/L"), of: Self.man) == .high)
        #expect(table.flag(Self.lab("creatinine", 250, "umol/L"), of: Self.woman) == .high)
        #expect(table.flag(Self.lab("creatinine", 654, "umol/L"), of: Self.woman) == .criticalHigh)
    }

    @Test func aTestWithoutARangeOrInAnotherUnitHasNoFlag() {
        let table = ReferenceRangeTable.shipped
        #expect(table.flag(Self.lab("fvc", 1200, "mL"), of: Self.woman) == nil)
        #expect(table.flag(Self.lab("ferritin", 840, "ug/L"), of: Self.woman) == nil)
        #expect(table.flag(Self.lab("potassium", 5.4, "mEq/L"), of: Self.woman) == nil)
    }

    @Test func vitalsFollowNEWS2Bands() {
        let table = ReferenceRangeTable.shipped
        #expect(table.flag(Self.lab("systolic-bp", 90, "mmHg"), of: Self.man) == .criticalLow)
        #expect(table.flag(Self.lab("systolic-bp", 91, "mmHg"), of: Self.man) == .low)
        #expect(table.flag(Self.lab("systolic-bp", 111, "mmHg"), of: Self.man) == .normal)
        #expect(table.flag(Self.lab("spo2", 91, "%"), of: Self.man) == .criticalLow)
        #expect(table.flag(Self.lab("spo2", 95, "%"), of: Self.man) == .low)
        #expect(table.flag(Self.lab("temperature", 38.0, "C"), of: Self.man) == .high)
        #expect(table.flag(Self.lab("temperature", 37.9, "C"), of: Self.man) == .normal)
        #expect(table.flag(Self.lab("heart-rate", 131, "/min"), of: Self.man) == .criticalHigh)
    }

    @Test func theWardFileReplacesTheShippedRangesOfTheTestsItNames() throws {
        let folder = try StoreFolder()
        let board = URL(fileURLWithPath: folder.board)
        try FileManager.default.createDirectory(at: WardSettings.folder(ofBoard: board), withIntermediateDirectories: true)
        #expect(try WardSettings.load(board: board) == .shipped)
        let ward = #"{"version": "ward 1", "ranges": [{"test": "potassium", "unit": "mmol/L", "low": 3.5, "high": 5.5, "criticalHigh": 6.0, "source": "our laboratory, 2026"}]}"#
        try Data(ward.utf8).write(to: WardSettings.folder(ofBoard: board).appendingPathComponent("reference-ranges.json"))
        let table = try WardSettings.load(board: board).referenceRanges
        #expect(table.flag(Self.lab("potassium", 5.4, "mmol/L"), of: Self.man) == .normal)
        #expect(table.flag(Self.lab("potassium", 6.0, "mmol/L"), of: Self.man) == .criticalHigh)
        // The ward named no critical-low limit: 2.5 is low, not critical.
        #expect(table.flag(Self.lab("potassium", 2.5, "mmol/L"), of: Self.man) == .low)
        #expect(table.flag(Self.lab("crp", 96, "mg/L"), of: Self.man) == .high)
    }

    @Test(arguments: [
        (#"{"version": "w", "ranges": [{"test": "potassium", "unit": "mmol/L", "low": 5, "high": 3, "source": "s"}]}"#, "low (5) is above high (3)"),
        (#"{"version": "w", "ranges": [{"test": "potassium", "unit": "mmol/L", "high": 5, "source": " "}]}"#, "no source is named"),
        (#"{"version": "w", "ranges": [{"test": "potassium", "unit": "mEq/L", "high": 5, "source": "s"}]}"#, "'mEq/L' is not a unit of potassium"),
        (#"{"version": "w", "ranges": [{"test": "k", "unit": "mmol/L", "high": 5, "source": "s"}]}"#, "write the test as 'potassium'"),
        (#"{"version": "w", "ranges": [{"test": "potassium", "unit": "mmol/L", "high": 5, "criticalHigh": 4, "source": "s"}]}"#, "criticalHigh (4) must be above"),
        (#"{"version": "w", "ranges": [{"test": "potassium", "unit": "mmol/L", "source": "s"}]}"#, "no limit is given"),
        (#"{"version": "w", "ranges": [{"test": "potassium", "unit": "mmol/L", "high": "5", "source": "s"}]}"#, "expected a number"),
    ])
    func aBrokenWardFileIsRefusedWithItsEntry(json: String, problem: String) throws {
        #expect {
            try ReferenceRangeTable.decode(Data(json.utf8), file: "ward/reference-ranges.json")
        } throws: { error in
            "\(error)".contains(problem) && "\(error)".contains("ward/reference-ranges.json")
        }
    }
}
