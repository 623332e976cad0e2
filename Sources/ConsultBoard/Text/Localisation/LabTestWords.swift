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
    public static func shown(_ test: String) -> String {
        guard Localisation.language != .english else { return test }
        switch test {
        case "creatinine": return tr("labTest.creatinine")
        case "temperature": return tr("labTest.temperature")
        case "wbc": return tr("labTest.wbc")
        case "crp": return tr("labTest.crp")
        case "d-dimer": return tr("labTest.dDimer")
        case "glucose": return tr("labTest.glucose")
        case "potassium": return tr("labTest.potassium")
        case "hemoglobin": return tr("labTest.hemoglobin")
        case "platelets": return tr("labTest.platelets")
        case "heart-rate": return tr("labTest.heartRate")
        case "procalcitonin": return tr("labTest.procalcitonin")
        case "systolic-bp": return tr("labTest.systolicBP")
        case "diastolic-bp": return tr("labTest.diastolicBP")
        case "systolic-bp-standing": return tr("labTest.systolicBPStanding")
        case "diastolic-bp-standing": return tr("labTest.diastolicBPStanding")
        case "respiratory-rate": return tr("labTest.respiratoryRate")
        case "spo2": return tr("labTest.spo2")
        case "fvc": return tr("labTest.fvc")
        case "nif": return tr("labTest.nif")
        case "urine-output": return tr("labTest.urineOutput")
        case "pain-score": return tr("labTest.painScore")
        case "height": return tr("labTest.height")
        default: return test
        }
    }
}
