import Foundation
import Testing
@testable import ConsultBoard

/// A departure's open items: what the departure records stays the English it always was (the journal's words),
/// and the reader is shown the same items in their language.
@Suite struct OpenItemsWordsTests {
    @Test func eachItemIsRecordedInEnglishAndShownInTheReadersWords() throws {
        var ward = try TestWard()
        try ward.imaging(contrast: .gadolinium)
        try ward.apply(.requestConsult(RequestConsult(mrn: TestWard.mrn, service: .neurology, question: "GBS?", urgency: .urgent)))
        try ward.apply(.addAction(AddAction(mrn: TestWard.mrn, text: "call family", owner: "dr.li")))
        let items = OpenItems.listed(ward.record)
        #expect(items.map(\.carried.text) == [
            "neurology consult (requested): GBS?",
            "imaging order (active): MRI cervical spine (gadolinium)",
            "action: call family (dr.li)",
        ])
        #expect(OpenItems.of(ward.record) == items.map(\.carried))
        #expect(items.map { item in Localisation.with(.english) { item.words.shown } } == items.map(\.carried.text))
        let chinese = items.map { item in Localisation.with(.simplifiedChinese) { item.words.shown } }
        #expect(chinese[0].hasPrefix("神经内科会诊（") && chinese[0].hasSuffix("）：GBS?"), "\(chinese[0])")
        #expect(chinese[1].hasPrefix("影像医嘱（") && chinese[1].contains("MRI cervical spine（钆对比剂）"), "\(chinese[1])")
        #expect(chinese[2] == "待办：call family（dr.li）", "\(chinese[2])")
    }
}
