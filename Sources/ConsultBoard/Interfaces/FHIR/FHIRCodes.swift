/// The codes the FHIR export writes for the board's tests and vitals: LOINC for what is measured, UCUM for units.
///
/// Sources: LOINC (Regenstrief Institute, loinc.org; codes as published in LOINC 2.77), UCUM (the Unified Code for
/// Units of Measure, ucum.org), and the FHIR R4 vital-signs profile (hl7.org/fhir/R4/observation-vitalsigns.html),
/// which names the LOINC code of each vital sign. A test the table does not know is exported with its name as
/// text and no code (never a guessed code), and its unit as written.
enum FHIRCodes {
    struct Test: Sendable {
        /// The board's test name (`KnownTest.name`).
        let name: String
        /// LOINC code and display per board unit (one code can hold only one kind of quantity: mass vs moles).
        let loinc: [String: (code: String, display: String)]
        let isVitalSign: Bool
    }

    static let loincSystem = "http://loinc.org"
    static let ucumSystem = "http://unitsofmeasure.org"

    static let tests: [String: Test] = Dictionary(uniqueKeysWithValues: [
        Test(name: "creatinine", loinc: [
            "umol/L": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma"),
            "mg/dL": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
        ], isVitalSign: false),
        Test(name: "temperature", loinc: ["C": ("8310-5", "Body temperature")], isVitalSign: true),
        Test(name: "wbc", loinc: ["10^9/L": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count")], isVitalSign: false),
        Test(name: "crp", loinc: ["mg/L": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")], isVitalSign: false),
        Test(name: "d-dimer", loinc: [
            "mg/L FEU": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma"),
            "ug/mL FEU": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma"),
            "ng/mL FEU": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma"),
        ], isVitalSign: false),
        Test(name: "glucose", loinc: [
            "mmol/L": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma"),
            "mg/dL": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma"),
        ], isVitalSign: false),
        Test(name: "potassium", loinc: ["mmol/L": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma")], isVitalSign: false),
        Test(name: "hemoglobin", loinc: [
            "g/L": ("718-7", "Hemoglobin [Mass/volume] in Blood"),
            "g/dL": ("718-7", "Hemoglobin [Mass/volume] in Blood"),
        ], isVitalSign: false),
        Test(name: "platelets", loinc: ["10^9/L": ("777-3", "Platelets [#/volume] in Blood by Automated count")], isVitalSign: false),
        Test(name: "procalcitonin", loinc: ["ng/mL": ("33959-8", "Procalcitonin [Mass/volume] in Serum or Plasma")], isVitalSign: false),
        Test(name: "heart-rate", loinc: ["/min": ("8867-4", "Heart rate")], isVitalSign: true),
        Test(name: "respiratory-rate", loinc: ["/min": ("9279-1", "Respiratory rate")], isVitalSign: true),
        Test(name: "systolic-bp", loinc: ["mmHg": ("8480-6", "Systolic blood pressure")], isVitalSign: true),
        Test(name: "diastolic-bp", loinc: ["mmHg": ("8462-4", "Diastolic blood pressure")], isVitalSign: true),
        Test(name: "spo2", loinc: ["%": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")], isVitalSign: true),
        Test(name: "fvc", loinc: ["mL": ("19870-5", "Forced vital capacity [Volume] Respiratory system by Spirometry")], isVitalSign: false),
        Test(name: "urine-output", loinc: ["mL": ("9187-6", "Urine output")], isVitalSign: false),
        Test(name: "pain-score", loinc: ["{score}": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")], isVitalSign: false),
    ].map { ($0.name, $0) })

    /// The UCUM code of a board unit (`umol/L` -> `umol/L`, `10^9/L` -> `10*9/L`, `C` -> `Cel`).
    static func ucum(_ unit: String) -> String? {
        switch unit {
        case "umol/L", "mg/dL", "mmol/L", "mg/L", "g/L", "g/dL", "ng/mL", "mL", "%": unit
        case "10^9/L": "10*9/L"
        case "C": "Cel"
        case "/min": "/min"
        case "mmHg": "mm[Hg]"
        case "mg/L FEU": "mg/L{FEU}"
        case "ug/mL FEU": "ug/mL{FEU}"
        case "ng/mL FEU": "ng/mL{FEU}"
        case "{score}", "score": "{score}"
        default: nil
        }
    }
}
