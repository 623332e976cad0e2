import Foundation

/// A lab test's name as a Chinese ward writes it (检验项目名称, as in the Chinese national clinical laboratory
/// operating procedures, 全国临床检验操作规程 4th ed.), for screens and documents in Chinese.
///
/// The board stores and exports the test's id (`potassium`), which English screens show as it is; every test the
/// board knows (`KnownTest.all`) has Chinese words here (`LabTestWordsTests` checks that), and a ward's own test
/// without them is shown by its id.
public enum LabTestWords {
    /// The test's name in the language of the moment: the id in English, the Chinese name in Chinese (the id when
    /// the test is not one the board knows).
    public static func shown(_ test: String) -> String { text(test).shown }

    /// The test's name, chosen when shown: the id in English.
    public static func text(_ test: String) -> ShownText {
        let chinese: ShownText
        switch test {
        case "creatinine": chinese = .tr("labTest.creatinine")
        case "temperature": chinese = .tr("labTest.temperature")
        case "wbc": chinese = .tr("labTest.wbc")
        case "crp": chinese = .tr("labTest.crp")
        case "d-dimer": chinese = .tr("labTest.dDimer")
        case "glucose": chinese = .tr("labTest.glucose")
        case "potassium": chinese = .tr("labTest.potassium")
        case "hemoglobin": chinese = .tr("labTest.hemoglobin")
        case "platelets": chinese = .tr("labTest.platelets")
        case "heart-rate": chinese = .tr("labTest.heartRate")
        case "procalcitonin": chinese = .tr("labTest.procalcitonin")
        case "systolic-bp": chinese = .tr("labTest.systolicBP")
        case "diastolic-bp": chinese = .tr("labTest.diastolicBP")
        case "systolic-bp-standing": chinese = .tr("labTest.systolicBPStanding")
        case "diastolic-bp-standing": chinese = .tr("labTest.diastolicBPStanding")
        case "respiratory-rate": chinese = .tr("labTest.respiratoryRate")
        case "spo2": chinese = .tr("labTest.spo2")
        case "fvc": chinese = .tr("labTest.fvc")
        case "nif": chinese = .tr("labTest.nif")
        case "urine-output": chinese = .tr("labTest.urineOutput")
        case "pain-score": chinese = .tr("labTest.painScore")
        case "height": chinese = .tr("labTest.height")
        default: return .plain(test)
        }
        return .englishOr(test, chinese)
    }
}
