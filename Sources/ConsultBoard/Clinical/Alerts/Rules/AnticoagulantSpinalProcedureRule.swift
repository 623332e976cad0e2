import Foundation

/// An anticoagulant on the chart while a neuraxial or spinal procedure is ordered or scheduled.
///
/// Source: Horlocker TT, Vandermeuelen E, Kopp SL, et al. Regional anesthesia in the patient receiving
/// antithrombotic or thrombolytic therapy: American Society of Regional Anesthesia and Pain Medicine
/// evidence-based guidelines (fourth edition). Reg Anesth Pain Med 2018;43:263-309. The timing for each drug is in
/// `KnownDrug.neuraxialTiming`.
struct AnticoagulantSpinalProcedureRule: SafetyRule {
    let id = "anticoagulant-spinal-procedure"
    let version = 1
    let severity = AlertSeverity.urgent
    let title = "Anticoagulant with a spinal procedure planned"
    let checks =
        "A live anticoagulant order (LMWH, heparin, warfarin, rivaroxaban, apixaban, dabigatran, edoxaban, fondaparinux, argatroban, bivalirudin; not a line flush or lock) while a live procedure order names a lumbar puncture, epidural, spinal or other neuraxial procedure, or spine surgery. One alert per anticoagulant and procedure pair."
    let source = "ASRA 2018: Horlocker TT et al., Reg Anesth Pain Med 2018;43:263-309"
    let notify: [Service] = [.anesthesiology, .pharmacy]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let procedures = facts.liveProcedures.filter { ClinicalTerms.spinalProcedure.matches($0.text) }
        guard !procedures.isEmpty else { return [] }
        let anticoagulants = facts.liveMedications.filter { medication in
            medication.drug.group.isAnticoagulant
                && !ClinicalTerms.lineFlush.matches(
                    [medication.order.text, medication.order.medication?.route ?? "", medication.order.medication?.dose ?? ""]
                        .joined(separator: "; "))
        }
        return procedures.flatMap { procedure in
            anticoagulants.map { medication in
                let timing = medication.drug.neuraxialTiming ?? "time the last dose per ASRA 2018"
                return alert(
                    message: "\(medication.drug.name.sentenceCased) with a spinal procedure planned: time the last dose before the procedure and the next dose after it (\(timing)); agree the plan with the proceduralist and anesthesiology and document it.",
                    data: [
                        medication.citation,
                        "order \(procedure.id): \(Sanitizer.line(procedure.text)) (\(procedure.status.rawValue), \(procedure.service.label), \(facts.time(procedure.orderedAt)))",
                    ],
                    triggering: [medication.order.id, procedure.id],
                    alsoNotify: [procedure.service, medication.order.service])
            }
        }
    }
}
