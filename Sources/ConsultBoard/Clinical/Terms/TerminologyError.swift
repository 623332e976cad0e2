import Foundation

/// Why a terminology file cannot be used, in words a pharmacist can act on (file, entry, what to change).
public struct TerminologyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]

    public init(_ problems: [String]) { self.problems = problems }

    public var description: String {
        problems.count == 1 ? problems[0] : "\(problems.count) problems: " + problems.joined(separator: "; ")
    }
}
