import Foundation

/// A spinal segment as the ISNCSCI names it, from C1 to S4-5, plus `INT` (intact: no level, everything normal).
///
/// Levels, zones of partial preservation and the lowest non-key muscle are all segments. The order is the
/// cord's, rostral to caudal, so `<` reads "above". The standard's worksheet tests dermatomes C2 to S4-5 and key
/// muscles C5-T1 and L2-S1 (ISNCSCI 2019, Rupp et al., Top Spinal Cord Inj Rehabil 2021;27(2):1-22).
public struct ISNCSCISegment: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0 for C1 ... 28 for S4-5, 29 for INT.
    public let index: Int

    /// Every name, in cord order. `S4_5` is spelt as in the exam keys (`s4_5RightTouch`).
    public static let names = [
        "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10",
        "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4_5", "INT",
    ]

    init(index: Int) { self.index = index }

    /// The segment named `name` (case-insensitive; `S4-5` and `S45` are accepted for `S4_5`), or nil.
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).uppercased()
            .replacingOccurrences(of: "-", with: "_")
        let spelled = key == "S45" ? "S4_5" : key
        guard let index = Self.names.firstIndex(of: spelled) else { return nil }
        self.index = index
    }

    public var name: String { Self.names[index] }
    public var description: String { name }

    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }

    public static let c1 = ISNCSCISegment(index: 0)
    public static let s3 = ISNCSCISegment(index: 27)
    public static let s4_5 = ISNCSCISegment(index: 28)
    public static let intact = ISNCSCISegment(index: 29)

    /// The dermatomes tested for light touch and pin prick: C2 ... S4-5.
    public static let dermatomes = (1...28).map(ISNCSCISegment.init(index:))

    /// The segments of the ten key muscles, upper limb then lower limb.
    public static let keyMuscles = [4, 5, 6, 7, 8, 21, 22, 23, 24, 25].map(ISNCSCISegment.init(index:))

    /// The segment one above (C1 has none).
    var above: ISNCSCISegment { ISNCSCISegment(index: Swift.max(index - 1, 0)) }
    /// The segment one below, or nil below S4-5.
    var below: ISNCSCISegment? { index < 28 ? ISNCSCISegment(index: index + 1) : nil }
    /// Whether a key muscle represents this segment.
    var hasKeyMuscle: Bool { Self.keyMuscleSlot[index] != nil }
    /// The position of this segment's key muscle among the ten (0-4 upper limb, 5-9 lower limb).
    var keyMuscleSlot: Int? { Self.keyMuscleSlot[index] }
    /// The position of this dermatome among the 28 (C2 is 0).
    var dermatomeSlot: Int { index - 1 }
    /// Segments further caudal by more than three levels: "more than three levels below" this one.
    func isMoreThanThreeLevelsAbove(_ other: ISNCSCISegment) -> Bool { other.index > index + 3 }

    private static let keyMuscleSlot: [Int: Int] = Dictionary(
        uniqueKeysWithValues: keyMuscles.enumerated().map { ($1.index, $0) })
}
