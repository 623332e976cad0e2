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

    /// What a Chinese screen calls a test is a name the board takes it by: "肌酐" typed was stored as a test of
    /// its own, which no renal rule read.
    @Test func everyKnownTestIsTakenByItsChineseName() {
        for test in KnownTest.all.map(\.name) {
            let chinese = Localisation.with(.simplifiedChinese) { LabTestWords.shown(test) }
            #expect(KnownTest.named(chinese)?.name == test, "\(chinese)")
        }
        for (written, test) in [("血肌酐", "creatinine"), ("血钾", "potassium"), ("白细胞", "wbc"), ("脉搏", "heart-rate"), ("血小板", "platelets")] {
            #expect(KnownTest.named(written)?.name == test, "\(written)")
        }
    }

    @Test(arguments: [
        ("肌酐", "250", "微摩尔/升", "creatinine", "umol/L"), ("体温", "38.5", "℃", "temperature", "C"),
        ("血小板", "45", "×10⁹/L", "platelets", "10^9/L"), ("心率", "88", "次/分", "heart-rate", "/min"),
        ("收缩压", "92", "毫米汞柱", "systolic-bp", "mmHg"), ("temperature", "38.5", "℃", "temperature", "C"),
    ])
    func aValueWrittenTheChineseWayIsStoredAsTheKnownTest(test: String, value: String, unit: String, name: String, canonical: String) throws {
        let known = try #require(KnownTest.named(test))
        #expect(known.name == name)
        #expect(known.canonicalUnit(unit) == canonical, "\(unit)")
        #expect(Double(value).map { known.plausible(in: canonical)?.contains($0) == true } == true)
    }
}
