import Foundation

/// What a possible result leans on, beyond the plain grades: the examiner's non-SCI flags.
///
/// A result shown with a trailing `*` depends on a flagged score. The classifier follows each way a result can
/// be reached and remembers which kind of flag that way relied on, because the kinds travel differently into
/// later results (see `ISNCSCIReadings` and docs/isncsci.md).
struct ISNCSCIReliance: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    /// A `**` score taken as normal.
    static let consideredNormal = ISNCSCIReliance(rawValue: 1 << 0)
    /// A `*` score read at its recorded grade where a better SCI grade would change the result, or raised
    /// above it to reach the result.
    static let flaggedImpairment = ISNCSCIReliance(rawValue: 1 << 1)
    /// An `NT*` dermatome taken as not normal. Shown on levels; not carried on into the zones of partial
    /// preservation.
    static let flaggedUntestable = ISNCSCIReliance(rawValue: 1 << 2)
    /// A `*` score assumed to hide function the examiner could not see. Never shown by itself; the impairment
    /// scale uses it to tell grades reached only through such an assumption.
    static let hiddenFunction = ISNCSCIReliance(rawValue: 1 << 3)

    static let none: ISNCSCIReliance = []
    /// The kinds that put a `*` on a result.
    static let shown: ISNCSCIReliance = [.consideredNormal, .flaggedImpairment, .flaggedUntestable]
}

/// The set of results an exam allows, each with the reliances of the ways it can be reached.
///
/// For each outcome only the minimal reliance sets are kept: a way that leans on fewer flags makes a way that
/// leans on more redundant. An outcome is flagged (`*`) when every way to it leans on a shown flag.
struct ISNCSCIPossibilities<Outcome: Hashable & Sendable>: Sendable {
    private(set) var ways: [Outcome: Set<ISNCSCIReliance>] = [:]

    init() {}
    init(_ outcome: Outcome, _ reliance: ISNCSCIReliance = .none) { add(outcome, reliance) }

    /// Records one more way to reach `outcome`.
    mutating func add(_ outcome: Outcome, _ reliance: ISNCSCIReliance) {
        var current = ways[outcome] ?? []
        if current.contains(where: { $0.isSubset(of: reliance) }) { return }
        current = current.filter { !reliance.isSubset(of: $0) }
        current.insert(reliance)
        ways[outcome] = current
    }

    mutating func add(_ other: ISNCSCIPossibilities<Outcome>) {
        for (outcome, reliance) in other.all { add(outcome, reliance) }
    }

    /// Every (outcome, reliance) pair.
    var all: [(Outcome, ISNCSCIReliance)] {
        ways.flatMap { outcome, reliances in reliances.map { (outcome, $0) } }
    }

    var isEmpty: Bool { ways.isEmpty }
    func contains(_ outcome: Outcome) -> Bool { ways[outcome] != nil }
    func reliances(of outcome: Outcome) -> Set<ISNCSCIReliance> { ways[outcome] ?? [] }

    /// Whether every way to `outcome` leans on a flag of the kinds in `kinds`.
    func isFlagged(_ outcome: Outcome, kinds: ISNCSCIReliance = .shown) -> Bool {
        guard let all = ways[outcome] else { return false }
        return all.allSatisfy { !$0.intersection(kinds).isEmpty }
    }

    /// The same possibilities without the outcomes `keep` refuses (all of them when it would refuse every one,
    /// which a caller that keeps what some completion of an exam gives never asks for).
    func keeping(_ keep: (Outcome) -> Bool) -> ISNCSCIPossibilities<Outcome> {
        var kept = ISNCSCIPossibilities<Outcome>()
        for (outcome, reliance) in all where keep(outcome) { kept.add(outcome, reliance) }
        return kept.isEmpty ? self : kept
    }

}

extension ISNCSCIPossibilities where Outcome: Comparable {
    /// The possible outcomes, in order.
    var outcomes: [Outcome] { ways.keys.sorted() }

    /// The outcomes in the notation of the conformance file: comma separated, each with `*` when flagged.
    func notation(_ name: (Outcome) -> String) -> String {
        outcomes.map { name($0) + (isFlagged($0) ? "*" : "") }.joined(separator: ",")
    }
}

/// Whether something is present (function, sparing) on each way, with its reliances: the "any of these"
/// combination used for sacral sparing, completeness and motor function below a level.
extension ISNCSCIPossibilities where Outcome == Bool {
    /// Combines alternatives "present if any is present": present needs only one of them (so it keeps the
    /// reliance of that one); absent needs all of them absent (so it gathers every reliance).
    static func anyOf(_ parts: [ISNCSCIPossibilities<Bool>]) -> ISNCSCIPossibilities<Bool> {
        var result = ISNCSCIPossibilities(false)
        for part in parts {
            var next = ISNCSCIPossibilities<Bool>()
            for (present, reliance) in result.all {
                if present {
                    next.add(true, reliance)
                    continue
                }
                for (partPresent, partReliance) in part.all { next.add(partPresent, reliance.union(partReliance)) }
            }
            result = next
        }
        return result
    }

    init(_ options: [(Bool, ISNCSCIReliance)]) {
        self.init()
        for (value, reliance) in options { add(value, reliance) }
    }
}
