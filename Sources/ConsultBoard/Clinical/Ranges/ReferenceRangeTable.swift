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
    public var ranges: [ReferenceRange] {
        didSet { positions = Self.positions(of: ranges) }
    }
    /// Where each test's ranges are in `ranges`, by test and unit: every lab shown or counted is flagged (the
    /// board's header counts the critical values of every stay, thousands of labs each), and looking through
    /// every range for each of them was most of that count.
    private var positions: [TestUnit: [Int]]

    private struct TestUnit: Hashable, Sendable {
        var test: String
        var unit: String
    }

    public init(version: String, ranges: [ReferenceRange]) {
        self.version = version
        self.ranges = ranges
        positions = Self.positions(of: ranges)
    }

    private static func positions(of ranges: [ReferenceRange]) -> [TestUnit: [Int]] {
        var positions: [TestUnit: [Int]] = [:]
        for (index, range) in ranges.enumerated() { positions[TestUnit(test: range.test, unit: range.unit), default: []].append(index) }
        return positions
    }

    private enum CodingKeys: String, CodingKey { case version, ranges }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(version: try c.decode(String.self, forKey: .version), ranges: try c.decode([ReferenceRange].self, forKey: .ranges))
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
        for position in positions[TestUnit(test: test, unit: unit)] ?? [] {
            let range = ranges[position]
            guard range.applies(sex: sex, age: age) else { continue }
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
