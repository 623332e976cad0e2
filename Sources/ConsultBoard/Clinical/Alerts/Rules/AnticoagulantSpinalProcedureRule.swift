import Foundation

/// An antithrombotic on the chart while a neuraxial puncture, neuraxial catheter, deep block or spine surgery is
/// ordered: the ASRA 2018 intervals for the ordered drug and dose, before and after the puncture or catheter
/// manipulation.
///
/// Source: Horlocker TT, Vandermeulen E, Kopp SL, et al. Regional anesthesia in the patient receiving
/// antithrombotic or thrombolytic therapy: ASRA evidence-based guidelines (4th ed). Reg Anesth Pain Med
/// 2018;43:263-309 (neuraxial techniques and deep plexus/peripheral blocks); Narouze S et al., Reg Anesth Pain Med
/// 2018;43:225-62 (interventional spine procedures). Drugs, classes, procedures and intervals are terminology data.
struct AnticoagulantSpinalProcedureRule: SafetyRule {
    let id = "anticoagulant-spinal-procedure"
    /// 3: a dose or frequency that could not be read is said to be so (the longest interval was given silently).
    let version = 3
    let severity = AlertSeverity.urgent
    let title = "Antithrombotic with a spinal procedure planned"
    let checks =
        "A live antithrombotic order the terminology classes as an anticoagulant or an antiplatelet ASRA times (LMWH, heparin, fondaparinux, DOACs, VKAs, parenteral thrombin inhibitors, P2Y12 inhibitors, cilostazol, GP IIb/IIIa inhibitors; aspirin only together with another), or any other antithrombotic it knows (indobufen, dipyridamole, beraprost, ozagrel, sarpogrelate, sulodexide, and the enzymes that lower fibrinogen or lyse fibrin: batroxobin, defibrase, fibrinolysin, lumbrokinase; no ASRA interval of their own, so the timing is asked for) while a live order names a neuraxial puncture or catheter, a deep block, a spine intervention or spine surgery (in a procedure or imaging order, or as a neuraxial route of a medication). A heparin order that is itself a line lock or flush is not anticoagulation; nothing else in an order's text switches the rule off. One alert per drug and procedure pair, with the ASRA interval for the ordered dose."
    let source = "ASRA 2018: Horlocker TT et al., Reg Anesth Pain Med 2018;43:263-309; Narouze S et al., Reg Anesth Pain Med 2018;43:225-62"
    let notify: [Service] = [.anesthesiology, .pharmacy]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let planned = facts.spinalProcedures
        guard !planned.isEmpty else { return [] }
        let (alone, companions) = Self.liveAntithrombotics(facts)
        return planned.flatMap { planned in
            alone.filter { $0.0.order.id != planned.order.id }.map { medication, timing in
                let intervals: ShownText = timing?.summaryText ?? .tr("alert.spinalProcedure.noProfile")
                var data: [ShownText] = [
                    medication.citationText,
                    .tr("alert.spinalProcedure.procedureOrder", [
                        "order": facts.orderText(planned.order), "procedure": planned.procedure.shownName, "term": "\(planned.procedure.term)",
                    ]),
                ]
                // The medication record: the interval runs from the last dose actually given, not from the order.
                if let given = AdministrationRecord.lastGiven(medication.order) {
                    let earliest: ShownText = timing?.earliestPuncture(lastDoseAt: given.at).map {
                        .tr("alert.spinalProcedure.notBefore", ["time": "\(facts.time($0))"])
                    } ?? ""
                    data.append(.tr("alert.spinalProcedure.lastDose", ["id": "\(medication.order.id)", "time": "\(facts.time(given.at))", "earliest": earliest]))
                } else {
                    data.append(.tr("alert.spinalProcedure.noDoseGiven", ["id": "\(medication.order.id)"]))
                }
                for (companion, companionTiming) in companions {
                    data.append(.tr("alert.spinalProcedure.companion", [
                        "order": companion.citationText, "advice": companionTiming?.adviceText ?? "ASRA 2018",
                    ]))
                }
                return alert(
                    message: .tr("alert.spinalProcedure.message", [
                        "drug": medication.drug.shownName, "procedure": planned.procedure.shownName, "intervals": intervals,
                    ]),
                    data: data,
                    triggering: [medication.order.id, planned.order.id],
                    alsoNotify: [planned.order.service, medication.order.service])
            }
        }
    }

    /// The live antithrombotics with their ASRA timing: those that are a risk on their own, and those that are one
    /// only beside another (aspirin). Line locks and flushes are not anticoagulation.
    static func liveAntithrombotics(_ facts: ClinicalFacts) -> (
        alone: [(MedicationOrder, NeuraxialTiming?)], companions: [(MedicationOrder, NeuraxialTiming?)]
    ) {
        let terms = facts.terminology
        let antithrombotics = facts.liveMedications.filter { $0.drug.isA(DrugClass.antithrombotic) && !isLineLock($0, terms) }
        let crcl = facts.renal.latestCreatinineClearance
        let timed = antithrombotics.map { ($0, NeuraxialTiming.of($0, creatinineClearance: crcl, terminology: terms)) }
        return (timed.filter { $0.1?.aloneIsARisk ?? true }, timed.filter { !($0.1?.aloneIsARisk ?? true) })
    }

    /// A heparin or thrombolytic order that is itself a line lock, flush or catheter clearance: a lock product, a
    /// lock/flush route, or lock wording in an order that is not subcutaneous, not per kilogram and at most 1,000
    /// units of heparin, or at most 2 mg, 10,000 units or 5 mL of a thrombolytic, a dose (alteplase for catheter
    /// clearance is 2 mg a lumen, Cathflo Activase US prescribing information; urokinase locks are 5,000-10,000
    /// units). Lock wording in any other drug's order changes nothing ("enoxaparin 40 mg SC qd, flush the PICC"
    /// fires).
    static func isLineLock(_ medication: MedicationOrder, _ terms: Terminology) -> Bool {
        if medication.drug.isA(DrugClass.heparinLock) { return true }
        let thrombolytic = medication.drug.isA(DrugClass.thrombolytic)
        guard medication.drug.isA(DrugClass.unfractionatedHeparin) || thrombolytic else { return false }
        if terms.mentions("lockRoute", in: medication.route) { return true }
        let details = medication.order.medication
        let text = [medication.order.text, details?.drug ?? "", details?.dose ?? "", details?.frequency ?? ""].joined(separator: "; ")
        guard terms.mentions("lineLock", in: text), !terms.mentions("subcutaneousRoute", in: medication.route) else { return false }
        guard let dose = medication.dose else { return true }
        guard !dose.perKilogram else { return false }
        guard thrombolytic else { return dose.unit != .unit || dose.amount <= 1000 }
        switch dose.unit {
        case .milligram: return dose.amount <= 2
        case .unit: return dose.amount <= 10000
        // A lumen's volume: a systemic infusion is written in mg or units.
        case .millilitre: return dose.amount <= 5
        }
    }
}
