import Foundation
import Testing
@testable import ConsultBoard

/// The safety rules' words follow the reader's language; what programs read (`message`, `data`, the JSON) does not.
@Suite struct AlertWordsTests {
    /// The demo ward's alerts, evaluated with `language` as the language of the moment.
    static func alerts(_ language: Language) throws -> [Alert] {
        let board = try DemoChineseTests.board(.simplifiedChinese)
        return Localisation.with(language) {
            board.patients.values.sorted { $0.mrn < $1.mrn }.flatMap {
                SafetyRuleSet.current.evaluate($0, now: DemoChineseTests.now, timeZone: DemoChineseTests.utc)
            }
        }
    }

    @Test func theJSONOfAnAlertIsTheSameInEveryLanguage() throws {
        let english = try Self.alerts(.english)
        let chinese = try Self.alerts(.simplifiedChinese)
        #expect(english.count >= 5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = { (alerts: [Alert]) in try Localisation.with(.simplifiedChinese) { try encoder.encode(alerts) } }
        #expect(try json(english) == json(chinese))
        #expect(english.map(\.message) == chinese.map(\.message))
        // The English a program reads holds no Chinese word of the catalogue.
        for alert in chinese { #expect(alert.message == Localisation.with(.english) { alert.shownMessage }, "\(alert.key)") }
    }

    @Test func theDemoWardsAlertsReadInChinese() throws {
        let isChinese = { (text: String) in text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        for alert in try Self.alerts(.simplifiedChinese) {
            let shown = Localisation.with(.simplifiedChinese) { alert.shownMessage }
            #expect(isChinese(shown), "\(alert.ruleID) reads in English: \(shown)")
            #expect(shown != alert.message)
        }
    }

    @Test func aDurationReadsInTheLanguage() {
        #expect(ConsultOverdueRule.durationText(minutes: 200).english == ConsultOverdueRule.duration(minutes: 200))
        #expect(ConsultOverdueRule.durationText(minutes: 3000).english == ConsultOverdueRule.duration(minutes: 3000))
        #expect(ConsultOverdueRule.durationText(minutes: 200).text(in: .simplifiedChinese) == "3 小时 20 分钟")
    }
}
