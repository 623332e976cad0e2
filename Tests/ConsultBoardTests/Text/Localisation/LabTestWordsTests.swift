import ConsultBoard
import Testing

/// Every test the board knows has Chinese words, and English screens keep the stored id.
@Suite(.serialized) struct LabTestWordsTests {
    @Test func everyKnownTestHasChineseWordsAndEnglishKeepsTheId() {
        for test in KnownTest.all.map(\.name) {
            let english = Localisation.with(.english) { LabTestWords.shown(test) }
            let chinese = Localisation.with(.simplifiedChinese) { LabTestWords.shown(test) }
            #expect(english == test)
            #expect(chinese != test, "\(test) has no Chinese name")
            #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(test) reads \(chinese)")
        }
        #expect(Localisation.with(.simplifiedChinese) { LabTestWords.shown("ward-own-test") } == "ward-own-test")
    }
}
