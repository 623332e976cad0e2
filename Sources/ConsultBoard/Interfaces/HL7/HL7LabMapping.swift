import Foundation

/// Which laboratory codes are which of the board's tests: the ward's own mapping of its lab system's local codes
/// (a JSON file the ward edits), on top of the LOINC codes the board knows (`FHIRCodes`).
///
/// ```json
/// {"codes": [{"code": "CREA", "test": "creatinine"}, {"code": "K", "system": "99LAB", "test": "potassium"}],
///  "units": {"umol/l": "umol/L", "x10E9/L": "10^9/L"}}
/// ```
/// A code maps to one test; `system` (OBX-3.3) is optional and, when given, must match. `units` maps the lab
/// system's unit spellings to the board's (UCUM's `10*9/L`, `Cel`, `mm[Hg]` are known already).
public struct HL7LabMapping: Sendable, Equatable, Codable {
    public struct Code: Sendable, Equatable, Codable {
        public var code: String
        public var system: String?
        public var test: String
    }

    public var codes: [Code]
    public var units: [String: String]

    public init(codes: [Code] = [], units: [String: String] = [:]) {
        self.codes = codes
        self.units = units
    }

    /// Reads a ward's mapping file; every entry must name a test the board knows.
    public static func read(_ path: String) throws(HL7Error) -> HL7LabMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .malformed("cannot read the mapping file \(path)")
        }
        let mapping: HL7LabMapping
        do { mapping = try JSONDecoder().decode(HL7LabMapping.self, from: data) } catch {
            throw .malformed("the mapping file \(path) is not {\"codes\": [{\"code\": ..., \"test\": ...}], \"units\": {...}}: \(error)")
        }
        for entry in mapping.codes where KnownTest.named(entry.test) == nil {
            throw .malformed("the mapping file \(path) maps \(entry.code) to '\(entry.test)', which is not a test the board knows")
        }
        return mapping
    }

    /// The board's test for an OBX-3 code (identifier, coding system): the ward's mapping first, then LOINC.
    func test(code: String, system: String) -> String? {
        if let entry = codes.first(where: { $0.code == code && ($0.system == nil || $0.system == system) }) {
            return KnownTest.named(entry.test)?.name
        }
        guard system == "LN" || system.lowercased() == "http://loinc.org" || system.isEmpty else { return nil }
        return FHIRCodes.tests.values.first { $0.loinc.values.contains { $0.code == code } }?.name
    }

    /// The board's spelling of a unit the lab system sent (UCUM or the ward's own synonyms).
    func unit(_ sent: String) -> String {
        if let mapped = units[sent] { return mapped }
        let ucum = ["10*9/L": "10^9/L", "Cel": "C", "mm[Hg]": "mmHg", "{score}": "/10", "mg/L{FEU}": "mg/L FEU",
                    "ug/mL{FEU}": "ug/mL FEU", "ng/mL{FEU}": "ng/mL FEU"]
        return ucum[sent] ?? sent
    }
}
