import Foundation
import Testing
@testable import ConsultBoard

/// A lab value or an exam whose date keeps it from being the latest is said at entry (`DatedEntryCheck`): a year
/// typed wrong hid a new creatinine from every rule without a word.
@Suite struct DatedEntryCheckTests {
    /// TestWard's patient, admitted 30 days before t0, with a creatinine at t0 - 6 h.
    func ward() throws -> TestWard {
        var ward = try TestWard()
        try ward.creatinine(1.0, at: TestWard.at(hours: -6))
        return ward
    }

    @Test func aValueDatedBeforeTheLatestOfItsTestIsSaid() throws {
        var ward = try ward()
        // A new creatinine typed with last month's date.
        let typo = try ward.creatinine(3.2, at: TestWard.at(days: -10))
        let lines = DatedEntryCheck.warnings(forLab: typo, in: ward.record, timeZone: .utc).map(\.english)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\(typo) is dated 2026-11-14 08:00, before the latest creatinine on the board") == true, "\(lines)")
        #expect(lines.first?.contains("1 mg/dL at 2026-11-24 02:00") == true, "\(lines)")
        // The rules do read the other value as the latest: that is what the line warns of.
        #expect(ward.record.labs.filter { $0.test == "creatinine" }.max { $0.at < $1.at }?.value == 1.0)
    }

    @Test func theLineIsInTheWardsLanguage() throws {
        var ward = try ward()
        let typo = try ward.creatinine(3.2, at: TestWard.at(days: -10))
        let chinese = DatedEntryCheck.warnings(forLab: typo, in: ward.record, timeZone: .utc).first?.text(in: .simplifiedChinese) ?? ""
        #expect(chinese.contains("早于本系统中最新的肌酐") && chinese.contains("请核对日期"), "\(chinese)")
    }

    /// A baseline from before the admission, the only value of its test, is the latest: nothing to say.
    @Test func aValueOnlyOlderThanTheAdmissionIsSilent() throws {
        var ward = try TestWard()
        let baseline = try ward.creatinine(0.8, at: TestWard.at(days: -90))
        #expect(DatedEntryCheck.warnings(forLab: baseline, in: ward.record).isEmpty)
    }

    @Test func anExamDatedBeforeTheLatestIsSaid() throws {
        var ward = try TestWard()
        let latest = try ward.exam(ISNCSCITestExam.c6Incomplete(lower: "1").values, at: TestWard.at(hours: -2))
        let typo = try ward.exam(ISNCSCITestExam.c6Incomplete(lower: "0").values, at: TestWard.at(days: -365))
        #expect(DatedEntryCheck.warnings(forExam: typo, in: ward.record, timeZone: .utc).map(\.english) == [
            "\(typo) is dated 2025-11-24 08:00, before the latest ISNCSCI exam on the board (\(latest) at 2026-11-24 06:00): the board and its rules go on reading that one as the latest. If this exam is new, check its date.",
        ])
        #expect(DatedEntryCheck.warnings(forExam: latest, in: ward.record).isEmpty)
    }

    @Test func valuesInOrderAndOtherTestsAreSilent() throws {
        var ward = try ward()
        let newer = try ward.creatinine(1.1, at: TestWard.at(hours: -1))
        let potassium = try ward.lab("potassium", 4.1, "mmol/L", at: TestWard.at(days: -2))
        #expect(DatedEntryCheck.warnings(forLab: newer, in: ward.record).isEmpty)
        #expect(DatedEntryCheck.warnings(forLab: potassium, in: ward.record).isEmpty)
        #expect(DatedEntryCheck.warnings(forLab: "L-999", in: ward.record).isEmpty)
    }
}
