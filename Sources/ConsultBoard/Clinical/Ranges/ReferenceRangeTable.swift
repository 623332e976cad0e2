import Foundation

/// The reference intervals and critical limits the board flags values against: the shipped default
/// (`DefaultReferenceRanges`), extended by the ward's own file.
///
/// The ward's file (`<board>/ward/reference-ranges.json`, the same format as the default: see docs/clinical.md)
/// replaces every shipped range of each test and unit it names, so a ward adopting its laboratory's intervals for
/// potassium states them all, and keeps the shipped ones for the rest. Flags are derived when shown, never
/// stored: an edited range changes every view at once.
public struct ReferenceRangeTable: Codable, Sendable, Equatable {
    /// The version of the table ("2026.1", or the ward's own "ward 2026-12-01").
    public var version: String
    public var ranges: [ReferenceRange]

    public init(version: String, ranges: [ReferenceRange]) {
        self.version = version
        self.ranges = ranges
    }

    /// The default shipped with the board.
    public static let shipped: ReferenceRangeTable = {
        // The default is checked by the same code as a ward's file, and a test holds it to that; if it could
        // ever fail here, no flags is the safe way to fail (views say "no range"), not a crash.
        (try? decode(Data(DefaultReferenceRanges.json.utf8), file: "the shipped reference ranges"))
            ?? ReferenceRangeTable(version: "none", ranges: [])
    }()

    /// Reads and checks a table; a problem names the file and the entry.
    public static func decode(_ data: Data, file: String) throws(WardSettingsError) -> ReferenceRangeTable {
        let table: ReferenceRangeTable
        do { table = try BoardJSON.decoder().decode(ReferenceRangeTable.self, from: data) } catch {
            throw .unreadable(file: file, reason: DecodingProblem(error).words)
        }
        for (index, range) in table.ranges.enumerated() {
            if let problem = range.problems().first {
                throw .invalid(file: file, entry: "ranges[\(index)] (\(range.test) \(range.unit))", problem: problem)
            }
        }
        return table
    }

    /// This table with `ward`'s ranges in place of its own for every test and unit the ward names.
    public func extended(by ward: ReferenceRangeTable) -> ReferenceRangeTable {
        let replaced = Set(ward.ranges.map { "\($0.test)\u{0}\($0.unit)" })
        return ReferenceRangeTable(
            version: "\(version) + \(ward.version)",
            ranges: ranges.filter { !replaced.contains("\($0.test)\u{0}\($0.unit)") } + ward.ranges)
    }

    /// The range for a test in a unit, for a patient's sex and age: the most specific that applies.
    public func range(test: String, unit: String, sex: Sex, age: Int) -> ReferenceRange? {
        var best: ReferenceRange?
        for range in ranges where range.test == test && range.unit == unit && range.applies(sex: sex, age: age) {
            if best.map({ range.specificity > $0.specificity }) ?? true { best = range }
        }
        return best
    }

    /// The range a lab value of this patient is read against.
    public func range(for lab: LabValue, of patient: Patient) -> ReferenceRange? {
        range(test: lab.test, unit: lab.unit, sex: patient.sex, age: patient.age)
    }

    /// The flag of a lab value of this patient; `nil` when the test (in that unit) has no range.
    public func flag(_ lab: LabValue, of patient: Patient) -> LabFlag? {
        range(for: lab, of: patient)?.flag(lab.value)
    }
}
