import Foundation

/// A nephrotoxic drug given while the kidneys are acutely injured: the index case's patient had AKI on CKD after
/// IVIG and sepsis, and the terminology classed vancomycin, the aminoglycosides, polymyxins, amphotericin and
/// aciclovir as nephrotoxins without any rule reading the class (now also the calcineurin inhibitors, the NSAIDs,
/// IVIG, tenofovir disoproxil, adefovir and mannitol).
///
/// Source: KDIGO Clinical Practice Guideline for Acute Kidney Injury 2012 (Kidney Int Suppl 2012;2:1-138):
/// stage-based management, "discontinue all nephrotoxic agents when possible" at every stage (figure 4), and
/// chapter 3.8 (aminoglycosides and amphotericin only without a less nephrotoxic alternative, monitored by
/// levels). Which drugs are nephrotoxins is terminology data (class `nephrotoxin`, after KDIGO 2012 and Perazella
/// MA, Clin J Am Soc Nephrol 2009;4:1275-83). A drug given only locally (eye drops, cream, inhaled) is not
/// absorbed enough to count.
struct NephrotoxinKidneyInjuryRule: SafetyRule {
    let id = "nephrotoxin-aki"
    let version = 1
    let severity = AlertSeverity.warning
    let title = "Nephrotoxic drug during acute kidney injury"
    let checks =
        "A live medication order for a drug the terminology classes as nephrotoxic (aminoglycosides, vancomycin, polymyxins, amphotericin B, aciclovir, cisplatin, tacrolimus, ciclosporin, methotrexate, the NSAIDs other than aspirin, IVIG, tenofovir disoproxil, adefovir, mannitol), not given by a local route (topical, eye, ear, nose, inhaled: in its route or its drug field), while KDIGO AKI is present by the creatinines or urine output on the board, or AKI is stated in the diagnosis, problems, summary or an active complication; a dialysis order is no AKI for a patient on maintenance dialysis. One alert per order; the other nephrotoxins on the chart are named in it."
    let source = "KDIGO Clinical Practice Guideline for Acute Kidney Injury 2012, figure 4 and chapter 3.8"
    let notify: [Service] = [.pharmacy, .nephrology]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let terms = facts.terminology
        // The nephrotoxins first: the kidney's history is read (each statement parsed) only beside one.
        let nephrotoxins = facts.liveMedications.filter { medication in
            medication.drug.isA(DrugClass.nephrotoxin)
                && !terms.mentions("localRoute", in: medication.route)
                && !terms.mentions("localRoute", in: medication.order.medication?.drug ?? "")
        }
        guard !nephrotoxins.isEmpty, let kidney = facts.kidneyInjury else { return [] }
        return nephrotoxins.map { medication in
            var data = [medication.citationText, kidney.line]
            let others = nephrotoxins.filter { $0.order.id != medication.order.id }
            if !others.isEmpty {
                data.append(.tr("alert.nephrotoxin.others", ["orders": others.map(\.citationText).joined(.tr("text.semicolon"))]))
            }
            return alert(
                message: .tr("alert.nephrotoxin.message", ["drug": medication.drug.shownName, "aki": kidney.condition]),
                data: data, triggering: [medication.order.id], supporting: kidney.supporting,
                alsoNotify: [medication.order.service])
        }
    }
}
