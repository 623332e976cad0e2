import Foundation

/// Why a kidney-function estimate cannot be made from the figures given, in words a clinician can act on.
public enum RenalInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// CKD-EPI and Cockcroft-Gault were derived and validated in adults only.
    case notAnAdult(age: Int)
    /// A creatinine of zero, negative, or outside what a living patient can have (a typo guard).
    case implausibleCreatinine(Creatinine)
    case implausibleWeight(Double)
    case implausibleAge(Int)
    /// A height outside what a person can measure (a typo guard), for bedside Schwartz.
    case implausibleHeight(Double)
    /// Bedside Schwartz is for children (1 to 17 years on the board).
    case notAChild(age: Int)
    /// Under 18 with no height recorded: bedside Schwartz cannot be used, and CKD-EPI does not apply.
    case childWithoutHeight(age: Int)

    /// In English (`text` in the reader's words).
    public var description: String { text.english }

    /// Checks the inputs both equations share.
    static func check(creatinine: Creatinine, age: Int) throws(RenalInputError) {
        guard (0...130).contains(age) else { throw .implausibleAge(age) }
        guard age >= 18 else { throw .notAnAdult(age: age) }
        // The same typo guard the board applies when a creatinine is entered (KnownTest "creatinine").
        guard creatinine.isPlausible else { throw .implausibleCreatinine(creatinine) }
    }
}
