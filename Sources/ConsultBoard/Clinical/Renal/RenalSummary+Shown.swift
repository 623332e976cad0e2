import Foundation

/// The kidney figures in the reader's words. Each English text is word for word the `String` beside it
/// (`estimates`, `RenalInputError.description`), which `--json` and other programs read.
extension CreatinineEstimate {
    /// `estimates`, in the language of the moment: "eGFR 18 mL/min/1.73 m², CrCl 19 mL/min".
    public var estimatesText: ShownText {
        var parts: [ShownText] = []
        if let eGFR {
            let value = "\(ClinicalNumber.format(eGFR, maxDecimals: 0)) \(CKDEPI2021.unit)"
            parts.append(schwartzHeightCm == nil ? .tr("kidney.eGFR", ["value": "\(value)"])
                : .tr("kidney.eGFRSchwartz", ["value": "\(value)"]))
        }
        if let creatinineClearance {
            parts.append(.tr("kidney.crcl", ["value": "\(ClinicalNumber.format(creatinineClearance, maxDecimals: 0)) \(CockcroftGault.unit)"]))
        }
        return parts.joined(.tr("text.comma"))
    }
}

extension RenalSummary {
    /// `estimateUnavailable`, in the language of the moment.
    public var estimateUnavailableText: ShownText? { estimateUnavailableError?.text }
}

extension RenalInputError {
    /// `description`, in the language of the moment.
    public var text: ShownText {
        switch self {
        case let .notAnAdult(age):
            .tr("kidney.error.notAnAdult", ["age": "\(age)"])
        case let .implausibleCreatinine(creatinine):
            .tr("kidney.error.implausibleCreatinine", [
                "value": "\(creatinine.formatted)",
                "low": "\(ClinicalNumber.format(creatinine.plausibleRange.lowerBound, maxDecimals: 2))",
                "high": "\(ClinicalNumber.format(creatinine.plausibleRange.upperBound, maxDecimals: 2))",
                "unit": "\(creatinine.unit.rawValue)",
            ])
        case let .implausibleWeight(weight):
            .tr("kidney.error.implausibleWeight", ["value": "\(ClinicalNumber.format(weight, maxDecimals: 1))"])
        case let .implausibleAge(age):
            .tr("kidney.error.implausibleAge", ["age": "\(age)"])
        case let .implausibleHeight(height):
            .tr("kidney.error.implausibleHeight", ["value": "\(ClinicalNumber.format(height, maxDecimals: 1))"])
        case let .notAChild(age):
            .tr("kidney.error.notAChild", ["age": "\(age)"])
        case let .childWithoutHeight(age):
            .tr("kidney.error.childWithoutHeight", ["age": "\(age)"])
        }
    }
}
