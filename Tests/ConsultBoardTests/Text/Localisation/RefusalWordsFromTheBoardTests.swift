import Foundation
import Testing
@testable import ConsultBoard

/// A refusal whose words are made where it is found (`BoardError.inconsistent`: something does not fit;
/// `.alreadyRecorded`: it is already so; `.notPermitted`, whose Chinese `RosterTests` reads) reads in the user's
/// language like every other refusal, while its `description` (logs, HL7 acknowledgements, scripts) stays the
/// English it always was. Each case is a real command the board refuses, so the words are those the board gives.
@Suite struct RefusalWordsFromTheBoardTests {
    /// A command refused for not fitting, the English it has always said, and what the Chinese must hold (a word of
    /// the sentence, and the values it names).
    struct Case: Sendable, CustomTestStringConvertible {
        let english: String
        let chinese: [String]
        let command: @Sendable (inout TestWard) throws -> Void
        var testDescription: String { english }
    }

    static let cases: [Case] = [
        Case(english: "a medication order needs --drug, --dose, --route and --frequency", chinese: ["药物医嘱", "--frequency"]) { ward in
            try ward.apply(.addOrder(AddOrder(mrn: TestWard.mrn, service: .ward, kind: .medication, text: "enoxaparin")))
        },
        Case(english: "--modality/--region/--contrast belong to imaging orders, not lab", chinese: ["影像检查医嘱", "检验医嘱"]) { ward in
            let mri = ImagingDetails(modality: .mri, region: "cervical spine", contrast: .none)
            try ward.apply(.addOrder(AddOrder(mrn: TestWard.mrn, service: .ward, kind: .lab, text: "CK", imaging: mri)))
        },
        Case(english: "a urine-output needs the hours it was collected over (--period-hours, e.g. 1 or 6)", chinese: ["尿量", "--period-hours"]) { ward in
            try ward.apply(.addLab(AddLab(mrn: TestWard.mrn, test: "urine-output", value: 300, unit: "mL", at: TestWard.t0)))
        },
        Case(english: "read the value back to the caller and have it confirmed before recording the call (--read-back)", chinese: ["复述"]) { ward in
            let k = try ward.lab("potassium", 2.6, "mmol/L", at: TestWard.at(hours: 2))
            try ward.apply(.receiveCriticalValue(ReceiveCriticalValue(labID: k, reportedBy: "lab", readBack: false)), at: TestWard.at(hours: 3))
        },
        Case(
            english: "cannot discharge SCI-0001 with 1 open item: O-3 lab order (active): CK. Close each (`consult set`, `order set`, `action done`) or carry them over (--carry-over)",
            chinese: ["出院", "SCI-0001", "O-3 检验医嘱（", "）：CK", "1 项"]
        ) { ward in
            try ward.apply(.addOrder(AddOrder(mrn: TestWard.mrn, service: .ward, kind: .lab, text: "CK")))
            try ward.apply(.dischargePatient(DischargePatient(mrn: TestWard.mrn, destination: .home)))
        },
        Case(english: "A-3 is already done", chinese: ["A-3", "已完成"]) { ward in
            let action = try ward.apply(.addAction(AddAction(mrn: TestWard.mrn, text: "call family"))) ?? ""
            try ward.apply(.completeAction(CompleteAction(actionID: action)))
            try ward.apply(.completeAction(CompleteAction(actionID: action)))
        },
        // Once read "is already already inactive": the status alone follows "already".
        Case(english: "allergy AG-3 is already inactive", chinese: ["过敏记录 AG-3", "已排除"]) { ward in
            let allergy = try ward.apply(.addAllergy(AddAllergy(mrn: TestWard.mrn, substance: "penicillin"))) ?? ""
            try ward.apply(.setAllergyStatus(SetAllergyStatus(allergyID: allergy, status: .inactive, reason: "tolerated amoxicillin")))
            try ward.apply(.setAllergyStatus(SetAllergyStatus(allergyID: allergy, status: .inactive, reason: "again")))
        },
        Case(english: "SCI-0001 is already in bed 3-12", chinese: ["SCI-0001", "已在床位 3-12"]) { ward in
            try ward.apply(.transferBed(TransferBed(mrn: TestWard.mrn, bed: "3-12")))
        },
        // What a value out of range is expected to be, in the reader's words: the figures and the unit as written.
        Case(english: "potassium 50 is not plausible; expected 0.5 to 15 mmol/L", chinese: ["50", "0.5 至 15 mmol/L"]) { ward in
            try ward.lab("potassium", 50, "mmol/L", at: TestWard.t0)
        },
        Case(english: "collection period 30 is not plausible; expected more than 0 and at most 24 hours", chinese: ["30", "不超过 24 小时"]) { ward in
            try ward.apply(.addLab(AddLab(mrn: TestWard.mrn, test: "urine-output", value: 300, unit: "mL", at: TestWard.t0, periodHours: 30)))
        },
        Case(english: "weight 0.1 is not plausible; expected 0.3 to 400 kg", chinese: ["0.1", "0.3 至 400 kg"]) { ward in
            try ward.apply(.updatePatient(UpdatePatient(mrn: TestWard.mrn, weightKg: 0.1)))
        },
    ]

    /// The refusal `command` throws (a test that does not refuse fails here).
    static func refusal(_ command: (inout TestWard) throws -> Void) throws -> BoardError? {
        var ward = try TestWard()
        do {
            try command(&ward)
            return nil
        } catch let error as BoardError {
            return error
        }
    }

    @Test(arguments: cases) func theEnglishIsUnchangedAndTheChineseSaysTheSame(_ c: Case) throws {
        let error = try #require(try Self.refusal(c.command), "the board did not refuse: \(c.english)")
        #expect(error.description == c.english)
        #expect(Localisation.with(.english) { error.shown } == c.english)
        let chinese = Localisation.with(.simplifiedChinese) { error.shown }
        #expect(ErrorWordsTests.isChinese(chinese) && !chinese.contains("{"), "\(chinese)")
        for part in c.chinese { #expect(chinese.contains(part), "\(chinese) lacks \(part)") }
    }

    /// Every refusal of these kinds is written through the catalogue: a bare English sentence would read English
    /// to a Chinese ward.
    @Test func noRefusalOfTheseKindsIsABareSentence() throws {
        var bare: [String] = []
        for (name, text) in SourceFiles.texts(under: "Sources/ConsultBoard") {
            for bareStart in [".inconsistent(\"", ".inconsistent(\n", "what: \"", "rule: \"", "who: \"", "expected: \""] where text.contains(bareStart) {
                bare.append("\(name): \(bareStart)")
            }
        }
        #expect(bare.isEmpty, "\(bare)")
    }
}
