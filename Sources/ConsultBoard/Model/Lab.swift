import Foundation

/// One lab value or vital sign. The unit is always kept as entered: nothing is converted on the way in.
public struct LabValue: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    /// Canonical test name when the test is known (`creatinine`, `temperature`), else as entered.
    public var test: String
    public var value: Double
    public var unit: String
    /// When the sample was taken or the vital measured.
    public var at: Date
    public var enteredBy: String
    /// The hours a value was collected over: present exactly for a urine output (300 mL over 6 h).
    public var periodHours: Double?
    /// The feed message it came from (see `AddLab.source`); absent when typed.
    public var source: String?

    public init(
        id: RecordID, test: String, value: Double, unit: String, at: Date, enteredBy: String, periodHours: Double? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.test = test
        self.value = value
        self.unit = unit
        self.at = at
        self.enteredBy = enteredBy
        self.periodHours = periodHours
        self.source = source
    }
}

/// Tests the board knows: their canonical name, the units it accepts, and the range a typo would leave.
///
/// Unknown tests are accepted as entered (with any non-empty unit); known tests must use a known unit, so that
/// the clinical rules never misread a creatinine in mg/dL as one in umol/L. The aliases include the name a
/// Chinese ward writes (the one `LabTestWords` shows, and the usual shorter or longer forms: 肌酐, 血肌酐): a
/// "肌酐" that was not one of them was stored as a test of its own, which no renal rule read.
public struct KnownTest: Sendable {
    public var name: String
    public var aliases: [String]
    /// The units it accepts, each with the values it can physically take in that unit: a value outside is refused
    /// as a typo (a creatinine of 250 entered in mg/dL instead of umol/L, say).
    public var ranges: [(unit: String, plausible: ClosedRange<Double>)]

    public var units: [String] { ranges.map(\.unit) }

    /// The plausible range of a value in one of `units`.
    public func plausible(in unit: String) -> ClosedRange<Double>? { ranges.first { $0.unit == unit }?.plausible }

    public static let all: [KnownTest] = [
        KnownTest(name: "creatinine", aliases: ["cr", "creat", "scr", "肌酐", "血肌酐", "血清肌酐"], ranges: [("umol/L", 5...3000), ("mg/dL", 0.05...35)]),
        KnownTest(name: "temperature", aliases: ["temp", "t", "体温"], ranges: [("C", 25...45)]),
        KnownTest(name: "wbc", aliases: ["white cell count", "白细胞计数", "白细胞"], ranges: [("10^9/L", 0...500)]),
        KnownTest(name: "crp", aliases: ["c-reactive protein", "c反应蛋白"], ranges: [("mg/L", 0...1000)]),
        KnownTest(
            name: "d-dimer", aliases: ["ddimer", "d-二聚体", "d二聚体"],
            ranges: [("mg/L FEU", 0...100), ("ug/mL FEU", 0...100), ("ng/mL FEU", 0...100_000)]),
        KnownTest(name: "glucose", aliases: ["glu", "bg", "血糖", "葡萄糖", "血葡萄糖"], ranges: [("mmol/L", 0.1...120), ("mg/dL", 2...2000)]),
        KnownTest(name: "potassium", aliases: ["k", "血钾", "钾", "血清钾"], ranges: [("mmol/L", 0.5...15)]),
        KnownTest(name: "hemoglobin", aliases: ["hb", "hgb", "血红蛋白"], ranges: [("g/L", 10...300), ("g/dL", 1...30)]),
        KnownTest(name: "platelets", aliases: ["plt", "血小板计数", "血小板"], ranges: [("10^9/L", 0...3000)]),
        KnownTest(name: "heart-rate", aliases: ["hr", "pulse", "心率", "脉搏"], ranges: [("/min", 0...350)]),
        KnownTest(name: "procalcitonin", aliases: ["pct", "降钙素原"], ranges: [("ng/mL", 0...1000)]),
        // Vital signs and bedside respiratory measures (see VitalSign for what each is and how it is read).
        KnownTest(name: "systolic-bp", aliases: ["sbp", "systolic", "收缩压"], ranges: [("mmHg", 20...320)]),
        KnownTest(name: "diastolic-bp", aliases: ["dbp", "diastolic", "舒张压"], ranges: [("mmHg", 10...220)]),
        // Blood pressure taken within 3 minutes of standing or head-up tilt (the orthostatic test, see
        // OrthostaticHypotension); the lying pressure before it is an ordinary systolic-bp/diastolic-bp.
        KnownTest(name: "systolic-bp-standing", aliases: ["sbp-standing", "sbp-tilt", "立位收缩压"], ranges: [("mmHg", 20...320)]),
        KnownTest(name: "diastolic-bp-standing", aliases: ["dbp-standing", "dbp-tilt", "立位舒张压"], ranges: [("mmHg", 10...220)]),
        KnownTest(name: "respiratory-rate", aliases: ["rr", "resp", "呼吸频率", "呼吸"], ranges: [("/min", 0...100)]),
        KnownTest(name: "spo2", aliases: ["sao2", "sats", "oxygen saturation", "血氧饱和度", "血氧", "指脉氧"], ranges: [("%", 0...100)]),
        KnownTest(name: "fvc", aliases: ["vc", "vital capacity", "forced vital capacity", "用力肺活量", "肺活量"], ranges: [("mL", 0...8000)]),
        KnownTest(name: "nif", aliases: ["mip", "negative inspiratory force", "最大吸气负压", "最大吸气压"], ranges: [("cmH2O", -250...0)]),
        KnownTest(name: "urine-output", aliases: ["uo", "urine", "尿量"], ranges: [("mL", 0...10_000)]),
        KnownTest(name: "pain-score", aliases: ["pain", "nrs", "疼痛评分"], ranges: [("/10", 0...10)]),
        // Body measures the calculators read: height for bedside Schwartz under 18.
        KnownTest(name: "height", aliases: ["ht", "length", "身高"], ranges: [("cm", 30...250)]),
    ]

    /// Names that are not one series of values: a blood pressure is two (systolic and diastolic, taken together),
    /// and a MAP is worked out from that pair. Entered as a test of their own, "BP 180" started a series that no
    /// rule reads (autonomic dysreflexia, orthostatic hypotension and the MAP target read systolic-bp and
    /// diastolic-bp), so they are refused with what to enter instead, even as a new test.
    public enum NotOneSeries: Sendable, Equatable {
        case bloodPressure, meanArterialPressure
    }

    /// Whether `name` is a blood pressure or a MAP written as one test (see `NotOneSeries`).
    public static func notOneSeries(_ name: String) -> NotOneSeries? {
        let key = name.trimmingSpaces.lowercased()
        if bloodPressureNames.contains(key) { return .bloodPressure }
        if meanArterialPressureNames.contains(key) { return .meanArterialPressure }
        return nil
    }

    static let bloodPressureNames: Set<String> = [
        "bp", "blood pressure", "blood-pressure", "nibp", "abp", "ibp", "arterial pressure", "arterial blood pressure",
        "血压", "无创血压", "有创血压", "动脉血压", "动脉压",
    ]
    static let meanArterialPressureNames: Set<String> = [
        "map", "mean arterial pressure", "mean-arterial-pressure", "mean bp", "平均动脉压", "平均压", "平均血压",
    ]

    /// Spellings of units that mean the same thing, mapped to the canonical spelling above.
    static let unitSynonyms: [String: String] = [
        "µmol/l": "umol/L", "μmol/l": "umol/L", "umol/l": "umol/L", "mg/dl": "mg/dL",
        "°c": "C", "c": "C", "degc": "C", "mmol/l": "mmol/L", "mg/l": "mg/L", "g/l": "g/L", "g/dl": "g/dL",
        "10^9/l": "10^9/L", "x10^9/l": "10^9/L", "bpm": "/min", "/min": "/min", "ng/ml": "ng/mL",
        "mg/l feu": "mg/L FEU", "ug/ml feu": "ug/mL FEU", "ng/ml feu": "ng/mL FEU",
        "mmhg": "mmHg", "breaths/min": "/min", "ml": "mL", "cmh2o": "cmH2O", "points": "/10", "nrs": "/10",
        // As Chinese wards and analysers write them.
        "℃": "C", "摄氏度": "C", "微摩尔/升": "umol/L", "毫摩尔/升": "mmol/L", "毫克/升": "mg/L", "克/升": "g/L",
        "×10^9/l": "10^9/L", "×10⁹/l": "10^9/L", "x10⁹/l": "10^9/L", "10⁹/l": "10^9/L", "次/分": "/min",
        "次/分钟": "/min", "毫米汞柱": "mmHg", "毫升": "mL", "分": "/10",
    ]

    /// The unit a test is entered in when the command gives none: its only unit, if it has exactly one.
    public var onlyUnit: String? { units.count == 1 ? units.first : nil }

    /// Creatinine, looked up once: the renal rules read it for every creatinine value of every patient.
    public static let creatinine: KnownTest? = named("creatinine")

    /// The known test a name refers to, if any.
    public static func named(_ name: String) -> KnownTest? {
        // A name as the board stores it (canonical, lower case, no spaces around) is found without the copies.
        if let known = byName[name] { return known }
        return byName[name.trimmingSpaces.lowercased()]
    }

    /// Every name and alias (lower case), to the first test in `all` that has it: `named` ran through `all` for
    /// every lab of a replay.
    private static let byName: [String: KnownTest] = {
        var index: [String: KnownTest] = [:]
        for test in all {
            // Only keys `named` could look up, so the index finds exactly what a search of `all` found.
            for key in [test.name] + test.aliases where index[key] == nil && key == key.trimmingSpaces.lowercased() {
                index[key] = test
            }
        }
        return index
    }()

    /// The canonical spelling of a unit this test accepts, if `unit` is one of them.
    public func canonicalUnit(_ unit: String) -> String? {
        // The canonical spelling itself (what a replay meets): no copies made.
        if ranges.contains(where: { $0.unit == unit }) { return unit }
        let key = unit.trimmingSpaces
        if units.contains(key) { return key }
        if let synonym = Self.unitSynonyms[key.lowercased()], units.contains(synonym) { return synonym }
        return nil
    }
}
