import Foundation

/// A medication or contrast order that conflicts with the patient's recorded allergies: the same drug, the same
/// allergy class (penicillins, cephalosporins, carbapenems, sulfonamide antibiotics, fluoroquinolones, NSAIDs,
/// opioids, iodinated or gadolinium contrast), or another beta-lactam (lower severity: cross-reactivity is low but
/// real). An allergy recorded to iodine itself (碘过敏, povidone-iodine) beside iodinated contrast is a warning to
/// ask what reacted: it is not a contrast allergy by itself, but in Chinese records "碘过敏" is also how a past
/// reaction to iodinated contrast is written, so saying nothing would be quietly wrong either way. The same allergy
/// beside a drug that contains iodine (amiodarone, whose labels contraindicate it with an iodine hypersensitivity,
/// although reactions in patients with a recorded iodine or contrast allergy are rare) is a warning of the same
/// kind.
///
/// Sources: Khan DA, Banerji A, Blumenthal KG, et al. Drug allergy: a 2022 practice parameter update. J Allergy
/// Clin Immunol 2022;150:1333-93 (beta-lactam cross-reactivity; sulfonamide antibiotics do not cross-react with
/// non-antibiotic sulfonamides; NSAID and opioid hypersensitivity); ACR Manual on Contrast Media 2024 (prior
/// allergic-like reactions to iodinated or gadolinium contrast; an iodine, povidone-iodine or shellfish allergy is
/// not a specific risk factor); the fluoroquinolones' labels (US prescribing
/// information of levofloxacin, ciprofloxacin and moxifloxacin; the NMPA labels say the same): contraindicated with
/// a known hypersensitivity to that drug "or other quinolone antibacterials"; amiodarone's labels (Swissmedic
/// Fachinformation of Cordarone; US Cordarone and Nexterone) and Lakshmanadoss U et al., Pharmacotherapy
/// 2012;32:618-22. Drugs and classes are terminology data.
struct AllergyConflictRule: SafetyRule {
    let id = "allergy-conflict"
    /// 6: X-ray contrast studies and procedures that name one are checked (`ContrastReading`).
    /// 7: an allergy written as a reaction to a study or an enhanced scan is an allergy to its contrast
    /// (`ContrastReading.classOfAllergy`); one written as tolerated is none.
    let version = 7
    let severity = AlertSeverity.urgent
    let title = "Order conflicts with a recorded allergy"
    let checks =
        "A live medication order, or a live imaging or procedure order with contrast (an X-ray or procedure contrast study is iodinated unless it names gadolinium, barium or a contrast ultrasound), whose drug is a recorded allergen, is in the same allergy class (penicillin, cephalosporin, carbapenem, monobactam, sulfonamide antibiotic, fluoroquinolone, NSAID, opioid, iodinated or gadolinium contrast, iodine), or is another beta-lactam (warning); an iodine allergy (碘过敏, povidone-iodine) beside iodinated contrast, or beside a drug that contains iodine (amiodarone 胺碘酮), is a warning to find out what reacted. Allergens are read from the patient's allergy record with the terminology; an allergen the terminology does not know still matches the order's drug by name."
    let source = "Khan DA et al., J Allergy Clin Immunol 2022;150:1333-93; ACR Manual on Contrast Media 2024; fluoroquinolone labels (US PI); amiodarone labels (Swissmedic, US PI), Lakshmanadoss U et al., Pharmacotherapy 2012;32:618-22"
    let notify: [Service] = [.pharmacy, .ward]

    /// The classes within which an allergy is taken to cross-react fully.
    static let allergyClasses = [
        DrugClass.penicillin, "cephalosporin", "carbapenem", "monobactam", DrugClass.sulfonamideAntibiotic,
        DrugClass.fluoroquinolone, DrugClass.nsaid, DrugClass.opioid, DrugClass.gadolinium, DrugClass.iodinatedContrast,
        DrugClass.iodine,
    ]

    func evaluate(_ facts: ClinicalFacts) -> [Alert] {
        let terms = facts.terminology
        let allergies = RecordedAllergy.all(in: facts.record, terminology: terms)
        guard !allergies.isEmpty else { return [] }
        var alerts: [Alert] = []
        for medication in facts.liveMedications {
            if let found = conflict(drug: medication.drug, drugText: medication.order.medication?.drug ?? "", allergies: allergies, terms: terms) {
                alerts.append(make(found, order: medication.order, given: medication.drug.shownName, facts: facts))
            } else if medication.drug.isA(DrugClass.iodineContaining), let iodine = allergies.first(where: { $0.classes.contains(DrugClass.iodine) }) {
                alerts.append(make(
                    (iodine, .tr("alert.allergy.iodineInDrug"), .warning), order: medication.order, given: medication.drug.shownName,
                    facts: facts, advice: .tr("alert.allergy.askWhatReactedDrug")))
            }
        }
        // A drug the terminology does not know is what its name says (碘伏 and 碘化钾 are iodine; an unlisted 头孢 is
        // a cephalosporin), and can still be the allergen named in the record.
        for order in facts.unrecognisedMedications {
            let drugText = order.medication?.drug ?? order.text
            let drug = Self.unlisted("unlisted: \(drugText)", classes: terms.classes(in: drugText), terms: terms)
            if let found = conflict(drug: drug, drugText: drugText, allergies: allergies, terms: terms) {
                // The drug as the order writes it (the terminology has no other name for it).
                let written = order.medication.map { ShownText.plain($0.drug.sentenceCased) } ?? .tr("alert.allergy.theDrug")
                alerts.append(make(found, order: order, given: written, facts: facts))
            }
        }
        for order in facts.record.orders where order.status.isLive {
            guard let reading = ContrastReading.of(order, terminology: terms), reading.effective != .none else { continue }
            let contrastClass = reading.effective == .gadolinium ? DrugClass.gadolinium : DrugClass.iodinatedContrast
            var named: DrugTerm?
            switch reading.textSays {
            case let .gadolinium(drug, _)?, let .iodinated(drug, _)?: named = drug
            default: break
            }
            let drug = named ?? Self.unlisted("\(reading.effective.rawValue) contrast", classes: [contrastClass], terms: terms)
            // A named agent by its name; contrast the order does not name by its kind ("钆对比剂").
            let given = named?.shownName ?? .englishOr(drug.name.sentenceCased, reading.effective.shownText)
            if let found = conflict(drug: drug, drugText: "", allergies: allergies, terms: terms) {
                alerts.append(make(found, order: order, given: given, facts: facts))
            } else if let any = allergies.first(where: {
                $0.classes.contains(DrugClass.contrastAgent) && !$0.classes.contains(DrugClass.gadolinium)
                    && !$0.classes.contains(DrugClass.iodinatedContrast)
            }) {
                alerts.append(make((any, .tr("alert.allergy.contrastUnspecified"), .warning), order: order, given: given, facts: facts))
            } else if reading.effective == .iodinated, let iodine = allergies.first(where: { $0.classes.contains(DrugClass.iodine) }) {
                alerts.append(make((iodine, .tr("alert.allergy.iodineNotContrast"), .warning), order: order, given: given, facts: facts, advice: .tr("alert.allergy.askWhatReacted")))
            }
        }
        return alerts
    }

    private func conflict(
        drug: DrugTerm, drugText: String, allergies: [RecordedAllergy], terms: Terminology
    ) -> (RecordedAllergy, ShownText, AlertSeverity)? {
        for allergy in allergies where allergy.drugs.contains(drug.id) {
            return (allergy, .tr("alert.allergy.sameDrug"), .urgent)
        }
        for allergy in allergies {
            if let shared = Self.allergyClasses.first(where: { allergy.classes.contains($0) && drug.isA($0) }) {
                return (allergy, .tr("alert.allergy.sameClass", ["class": terms.shownLabel(ofClass: shared)]), .urgent)
            }
        }
        for allergy in allergies where allergy.classes.contains(DrugClass.betaLactam) && drug.isA(DrugClass.betaLactam) {
            return (allergy, .tr("alert.allergy.betaLactam"), .warning)
        }
        return Self.unknownAllergen(namedIn: drugText, allergies).map { ($0, .tr("alert.allergy.namedDrug"), .urgent) }
    }

    /// A drug the terminology has no entry for, as the classes named for it (and their parents) say it is: checked
    /// like a listed drug.
    static func unlisted(_ id: String, classes named: [String], terms: Terminology) -> DrugTerm {
        var classes: Set<String> = []
        for drugClass in named { classes.formUnion(terms.ancestors(ofClass: drugClass)) }
        return DrugTerm(id: id, names: [], brands: [], classes: classes, directClasses: named, source: "", renal: [])
    }

    /// An allergen the terminology does not know that the drug written on an order names (or is named by).
    static func unknownAllergen(namedIn drugText: String, _ allergies: [RecordedAllergy]) -> RecordedAllergy? {
        let written = TermText.normalised(drugText)
        guard !written.isEmpty else { return nil }
        return allergies.first { allergy in
            let substance = TermText.normalised(allergy.substance)
            return allergy.drugs.isEmpty && allergy.classes.isEmpty && !substance.isEmpty
                && (written.contains(substance) || substance.contains(written))
        }
    }

    /// `advice`: what to do instead of the severity's usual advice (unless the recorded reaction was severe).
    private func make(
        _ found: (allergy: RecordedAllergy, why: ShownText, severity: AlertSeverity), order: Order, given: ShownText,
        facts: ClinicalFacts, advice special: ShownText? = nil
    ) -> Alert {
        let reaction: ShownText = found.allergy.severe ? .tr("alert.allergy.severe")
            : found.allergy.intolerance ? .tr("alert.allergy.intolerance") : ""
        let severity = found.allergy.severe ? .urgent : found.allergy.intolerance ? .warning : found.severity
        let advice: ShownText = if let special, !found.allergy.severe { special } else if found.allergy.intolerance && !found.allergy.severe {
            .tr("alert.allergy.withPrecaution")
        } else { severity == .urgent ? .tr("alert.allergy.doNotGive") : .tr("alert.allergy.weigh") }
        return alert(
            message: .tr("alert.allergy.message", [
                "drug": given, "allergy": "\(Sanitizer.line(found.allergy.text))", "why": found.why, "reaction": reaction, "advice": advice,
            ]),
            data: [
                .tr("alert.allergy.order", [
                    "id": "\(order.id)", "text": "\(Sanitizer.line(order.headline))", "status": order.status.shownText, "service": order.service.shownText,
                ]),
                .tr("alert.allergy.recorded", ["allergies": facts.record.allergySummaryText]),
            ],
            triggering: [order.id], alsoNotify: [order.service],
            severity: severity)
    }
}
