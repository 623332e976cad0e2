import Foundation
import Testing
@testable import ConsultBoard

/// The demo ward in Simplified Chinese (`demo --lang zh-Hans`): the same story as the English demo, written in the
/// words of a Chinese ward, and read the same way by the safety rules.
@Suite struct DemoChineseTests {
    static let now = DemoBoardTests.now
    static let utc = DemoBoardTests.utc

    static func board(_ language: Language) throws -> Board {
        var board = Board()
        try board.apply(
            .createBoard(CreateBoard(ward: DemoBoard.ward(in: language))),
            context: ChangeContext(sequence: 1, author: "demo", at: now.addingTimeInterval(-30 * 86_400)))
        for (offset, change) in DemoBoard.changes(now: now, timeZone: utc, language: language).enumerated() {
            try board.apply(change.command, context: ChangeContext(sequence: offset + 2, author: change.author, at: change.at))
        }
        return board
    }

    /// Whether `text` holds a Han character.
    static func isChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    /// Whether `text` still holds an English word (three or more lowercase Latin letters in a row: "the", "daily").
    /// Abbreviations, units and scale names such as MRSA, PICC, qd, bid, q12h, mmol/L and Braden are written so on
    /// Chinese wards too.
    static func holdsEnglishWord(_ text: String) -> Bool {
        let kept = ["mmol", "umol", "cmH", "Braden", "bid"].reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
        return kept.range(of: "[a-z]{3,}", options: .regularExpression) != nil
    }

    @Test func theWordsFileIsReadAndTheWardIsNamedInChinese() {
        #expect(DemoTranslation.simplifiedChinese.words.count > 250)
        #expect(Self.isChinese(DemoBoard.ward(in: .simplifiedChinese)) && DemoBoard.ward(in: .simplifiedChinese).contains("演示"))
        #expect(DemoBoard.ward(in: .english) == DemoBoard.ward)
    }

    @Test func theSameStoryWithTheSameRecords() throws {
        let english = DemoBoard.changes(now: Self.now, timeZone: Self.utc)
        let chinese = DemoBoard.changes(now: Self.now, timeZone: Self.utc, language: .simplifiedChinese)
        #expect(english.count == chinese.count)
        for (e, c) in zip(english, chinese) {
            #expect(e.author == c.author && e.at == c.at && e.command.kind == c.command.kind)
        }
        #expect(english != chinese, "the words differ")

        let en = try Self.board(.english)
        let zh = try Self.board(.simplifiedChinese)
        #expect(Array(en.patients.keys) == Array(zh.patients.keys))
        for (mrn, record) in en.patients {
            let other = try #require(zh.patients[mrn])
            #expect(record.consults.map(\.id) == other.consults.map(\.id) && record.consults.map(\.status) == other.consults.map(\.status))
            #expect(record.orders.map(\.id) == other.orders.map(\.id) && record.orders.map(\.status) == other.orders.map(\.status))
            #expect(record.notes.map(\.id) == other.notes.map(\.id))
            #expect(record.results.map(\.id) == other.results.map(\.id))
            #expect(record.labs.map(\.value) == other.labs.map(\.value))
            #expect(record.actions.map(\.id) == other.actions.map(\.id) && record.contingencies.map(\.id) == other.contingencies.map(\.id))
            #expect(record.patient.bed == other.patient.bed && record.patient.age == other.patient.age)
        }
    }

    @Test func everyFreeTextIsChinese() throws {
        let board = try Self.board(.simplifiedChinese)
        var texts: [(String, String)] = []
        for record in board.patients.values {
            let p = record.patient
            texts += [("diagnosis", p.diagnosis), ("summary", p.summary)] + p.problems.map { ("problem", $0) }
            if !p.allergies.isEmpty { texts.append(("allergies", p.allergies)) }
            texts += record.notes.map { ("note", $0.text) } + record.notes.flatMap { $0.addenda.map { ("addendum", $0.text) } }
            texts += record.consults.map { ("question", $0.question) }
            texts += record.consults.flatMap { $0.recommendations.map { ("recommendation", $0.text) } }
            texts += record.orders.map { ("order", $0.text) }
            texts += record.orders.compactMap(\.medication).flatMap { [("drug", $0.drug), ("route", $0.route)] }
            texts += record.results.flatMap { [("result", $0.summary), ("findings", $0.findings)] }
            texts += record.complications.map { ("complication", $0.summary) }
            texts += record.actions.map { ("action", $0.text) }
            texts += record.contingencies.flatMap { [("if", $0.condition), ("then", $0.action)] }
        }
        #expect(texts.count > 200)
        for (field, text) in texts where !text.isEmpty {
            #expect(Self.isChinese(text) && !Self.holdsEnglishWord(text), "\(field): \(text)")
        }
        #expect(Self.holdsEnglishWord("每日 daily") && !Self.holdsEnglishWord("二甲双胍500 mg口服bid"))
        // The foreign patients keep the names they were admitted under; the Chinese ones are written in Chinese.
        #expect(board.patients[DemoBoard.drivingCase]?.patient.name == "林美芳")
    }

    /// The terminology reads the Chinese orders as it reads the English ones: every alert of the English demo
    /// fires on the Chinese demo, on the same records.
    @Test func theSafetyRulesFireTheSameAlerts() throws {
        let en = try Self.board(.english)
        let zh = try Self.board(.simplifiedChinese)
        var count = 0
        for (mrn, record) in en.patients {
            let other = try #require(zh.patients[mrn])
            let english = SafetyRuleSet.current.evaluate(record, now: Self.now, timeZone: Self.utc)
            let chinese = SafetyRuleSet.current.evaluate(other, now: Self.now, timeZone: Self.utc)
            func shape(_ alerts: [Alert]) -> [String] {
                alerts.map { "\($0.key) \($0.severity) \($0.triggeringRecords) \($0.supportingRecords)" }
            }
            #expect(shape(english) == shape(chinese), "\(mrn)")
            count += english.count
        }
        #expect(count >= 5, "the demo's orders trigger alerts")
    }
}
