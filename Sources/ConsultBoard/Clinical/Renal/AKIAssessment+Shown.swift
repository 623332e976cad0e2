import Foundation

/// The AKI staging in the reader's words. The English of each text is word for word the `String` it stands beside
/// (`explanation`, `summary(timeZone:)`), which `--json` and other programs read.
extension AKICriterion {
    /// `explanation` in the language of the moment.
    public var explanationText: ShownText {
        switch self {
        case .none: .tr("aki.criterion.none")
        case .absoluteRise: .tr("aki.criterion.absoluteRise")
        case .ratio1_5: .tr("aki.criterion.ratio1_5")
        case .ratio2_0: .tr("aki.criterion.ratio2_0")
        case .ratio3_0: .tr("aki.criterion.ratio3_0")
        case .reached4mgPerDecilitre: .tr("aki.criterion.reached4")
        case .renalReplacementTherapy: .tr("aki.criterion.rrt")
        case .urineOutput: .tr("aki.criterion.urineOutput")
        }
    }
}

extension AKIAssessment {
    /// `explanation`, in the reader's words.
    public var explanationText: ShownText { explanationText(of: criterion) }

    func explanationText(of criterion: AKICriterion) -> ShownText {
        guard let count = baselineMedianOf else { return criterion.explanationText }
        let ratio: String
        switch criterion {
        case .ratio1_5: ratio = "1.5"
        case .ratio2_0: ratio = "2.0"
        case .ratio3_0: ratio = "3.0"
        case .reached4mgPerDecilitre: return .tr("aki.explanation.reached4Median", ["explanation": criterion.explanationText])
        default: return criterion.explanationText
        }
        return .tr("aki.explanation.median", count: count, ["ratio": "\(ratio)", "count": "\(count)"])
    }

    /// `summary(timeZone:)`, in the reader's words.
    public func summaryText(timeZone: TimeZone) -> ShownText {
        guard stage > 0 else { return .tr("aki.summary.none") }
        if stagedByUrineOutput, let finding = urineOutput {
            let creatinine = creatinineReasonText(stage: creatinineStage ?? 0, criterion: creatinineCriterion ?? .none, timeZone: timeZone)
            let alone: ShownText = (creatinineStage ?? 0) > 0
                ? .tr("aki.summary.creatinineAlone", ["stage": "\(creatinineStage ?? 0)", "reason": creatinine])
                : .tr("aki.summary.creatinine", ["reason": creatinine])
            return .tr("aki.summary.byUrineOutput", ["stage": "\(stage)", "finding": finding.text, "alone": alone])
        }
        let line: ShownText = .tr("aki.summary.stage", [
            "stage": "\(stage)", "reason": creatinineReasonText(stage: stage, criterion: criterion, timeZone: timeZone),
        ])
        guard let finding = urineOutput else { return line }
        return [line, .tr("aki.summary.urineBeside", ["stage": "\(finding.stage)", "finding": finding.text])].joined("")
    }

    private func creatinineReasonText(stage: Int, criterion: AKICriterion, timeZone: TimeZone) -> ShownText {
        guard stage > 0 else { return AKICriterion.none.explanationText }
        if let trigger, let baseline {
            let ratio = trigger.creatinine.micromolesPerLitre / baseline.creatinine.micromolesPerLitre
            let when: ShownText = baselineMedianOf == nil ? "\(ClinicalTime.format(baseline.at, in: timeZone))" : .tr("aki.reason.median")
            return .tr("aki.reason.ratio", [
                "trigger": "\(trigger.creatinine.formatted)", "time": "\(ClinicalTime.format(trigger.at, in: timeZone))",
                "baseline": "\(baseline.creatinine.formatted)", "when": when,
                "ratio": "\(ClinicalNumber.format(ratio, maxDecimals: 2))", "explanation": explanationText(of: criterion),
            ])
        }
        if let rrt = renalReplacementTherapy {
            return .tr("aki.reason.rrt", [
                "explanation": criterion.explanationText, "order": "\(rrt.orderID)", "time": "\(ClinicalTime.format(rrt.startedAt, in: timeZone))",
            ])
        }
        return criterion.explanationText
    }
}
