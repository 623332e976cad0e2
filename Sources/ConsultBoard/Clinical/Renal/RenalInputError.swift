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

    public var description: String {
        switch self {
        case let .notAnAdult(age):
            "age \(age): CKD-EPI 2021 and Cockcroft-Gault are validated for adults (18 years and over) only; use a paediatric equation (e.g. bedside Schwartz)"
        case let .implausibleCreatinine(creatinine):
            "creatinine \(creatinine.formatted) is not plausible; expected \(ClinicalNumber.format(creatinine.plausibleRange.lowerBound, maxDecimals: 2)) to \(ClinicalNumber.format(creatinine.plausibleRange.upperBound, maxDecimals: 2)) \(creatinine.unit.rawValue)"
        case let .implausibleWeight(weight):
            "weight \(ClinicalNumber.format(weight, maxDecimals: 1)) kg is not plausible; expected 0.3 to 400 kg"
        case let .implausibleAge(age):
            "age \(age) is not plausible; expected 0 to 130 years"
        case let .implausibleHeight(height):
            "height \(ClinicalNumber.format(height, maxDecimals: 1)) cm is not plausible; expected 30 to 250 cm"
        case let .notAChild(age):
            "age \(age): bedside Schwartz is used from 1 to 17 years; eGFR not computed"
        case let .childWithoutHeight(age):
            "age \(age): CKD-EPI 2021 and Cockcroft-Gault are for adults (18 years and over), and bedside Schwartz needs a height: record it (lab add MRN --test height --value CM --unit cm); eGFR not computed"
        }
    }

    /// Checks the inputs both equations share.
    static func check(creatinine: Creatinine, age: Int) throws(RenalInputError) {
        guard (0...130).contains(age) else { throw .implausibleAge(age) }
        guard age >= 18 else { throw .notAnAdult(age: age) }
        // The same typo guard the board applies when a creatinine is entered (KnownTest "creatinine").
        guard creatinine.isPlausible else { throw .implausibleCreatinine(creatinine) }
    }
}
