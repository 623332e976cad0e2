import Foundation

/// The versioned set of cross-consult safety rules (documented in docs/safety-rules.md).
///
/// Evaluated on demand as a pure function of a patient's record and the time, so every view (board, TUI, handoff,
/// CLI) shows the alerts as they are now. Acknowledgements are matched to alerts by key.
public struct SafetyRuleSet: Sendable {
    /// The version of the set: raised whenever a rule is added, removed, or changes version.
    public var version: String
    public var rules: [any SafetyRule]

    public init(version: String, rules: [any SafetyRule]) {
        self.version = version
        self.rules = rules
    }

    /// The rule set in force.
    public static let current = SafetyRuleSet(
        version: "2026.18",
        rules: [
            NeuroDeteriorationRule(), GadoliniumRenalRule(), IodinatedContrastRenalRule(), ImagingContrastContradictionRule(),
            LMWHRenalDoseRule(), AnticoagulantRenalRule(), RenalDoseRule(), NephrotoxinKidneyInjuryRule(),
            AnticoagulantSpinalProcedureRule(), SteroidDiabetesRule(), FeverImmunosuppressionRule(), AllergyConflictRule(),
            UnrecognisedMedicationRule(), UnrecognisedSpinalProcedureRule(), AutonomicDysreflexiaRule(), MAPTargetRule(),
            FVCDeclineRule(), ConsultOverdueRule(), OrthostaticHypotensionRule(),
        ])

    /// The patient's current alerts, acknowledged ones marked, most severe first (then in rule order).
    public func evaluate(
        _ record: PatientRecord, now: Date, timeZone: TimeZone = .current, terminology: Terminology = .active
    ) -> [Alert] {
        evaluate(ClinicalFacts(record: record, now: now, timeZone: timeZone, terminology: terminology))
    }

    /// The alerts of already computed facts.
    public func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        // Every rule stops at discharge: the ward no longer acts on the patient (readmission starts them again).
        guard facts.record.patient.isOnWard else { return [] }
        let acknowledgements = Dictionary(
            facts.record.acknowledgements.map { ($0.alertKey, $0) }, uniquingKeysWith: { earlier, later in later.at >= earlier.at ? later : earlier })
        let alerts = rules.flatMap { $0.evaluate(facts) }.map { alert in
            var alert = alert
            alert.acknowledgement = acknowledgements[alert.key]
            return alert
        }
        return alerts.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }

    /// Checks that `key` may be acknowledged for `record` at `time`: it must be one of the patient's current
    /// alerts, and not already acknowledged. (Keys do not depend on the time zone.)
    public func checkAcknowledgeable(_ key: String, for record: PatientRecord, at time: Date) throws(BoardError) {
        let alerts = evaluate(record, now: time, timeZone: TimeZone(identifier: "UTC") ?? .current)
        guard let alert = alerts.first(where: { $0.key == key }) else {
            let current = alerts.filter(\.isOpen).map(\.key)
            throw .inconsistent(current.isEmpty
                ? .tr("error.board.inconsistent.alertNotCurrentNone", ["key": "\(key)", "mrn": "\(record.mrn)"])
                : .tr("error.board.inconsistent.alertNotCurrent", [
                    "key": "\(key)", "mrn": "\(record.mrn)", "alerts": "\(current.joined(separator: ", "))",
                ]))
        }
        if let ack = alert.acknowledgement {
            throw .alreadyRecorded(
                record: .joined([.tr("error.board.record.alert"), "\(key)"], separator: " "),
                what: .tr("error.board.already.acknowledged", [
                    "by": "\(ack.by)", "at": "\(ClinicalTime.format(ack.at, in: TimeZone(identifier: "UTC") ?? .current))",
                    "reason": "\(Sanitizer.line(ack.reason))",
                ]))
        }
    }
}
