import Foundation
import Testing
@testable import ConsultBoard

/// Reading free text: term lists, doses, frequencies, drugs.
@Suite struct ClinicalTextTests {
    let terms = Terminology.standard

    @Test func termsMatchWholeWordsAndChineseSubstrings() {
        #expect(terms.mentions("renalReplacementTherapy", in: "Start CRRT tonight"))
        #expect(terms.mentions("renalReplacementTherapy", in: "intermittent haemodialysis"))
        #expect(terms.mentions("renalReplacementTherapy", in: "床旁血液透析"))
        #expect(!terms.mentions("renalReplacementTherapy", in: "Renal ultrasound"))
        #expect(!terms.procedures(in: "LP for CSF oligoclonal bands").isEmpty)
        #expect(!terms.procedures(in: "Posterior cervical laminectomy C3-C6").isEmpty)
        #expect(!terms.procedures(in: "腰椎穿刺").isEmpty)
        #expect(terms.procedures(in: "Help with transfer").isEmpty)
        #expect(terms.procedures(in: "PICC line insertion").isEmpty)
    }

    @Test func diabetesIsFoundUnlessNegatedOrInsipidus() {
        func dm(_ text: String) -> Bool { terms.conditions(in: text).contains { $0.id == "diabetes mellitus" } }
        #expect(dm("T2DM on metformin"))
        #expect(dm("Type 2 diabetes mellitus"))
        #expect(dm("2型糖尿病"))
        #expect(!dm("central diabetes insipidus"))
        #expect(!dm("No diabetes"))
        #expect(!dm("non-diabetic"))
        #expect(!dm("no history of diabetes"))
        #expect(!dm("否认糖尿病"))
        // A negation in another clause does not cancel it.
        #expect(dm("Fever: no. Diabetes type 2"))
    }

    @Test(arguments: [
        ("40 mg", 40.0, DoseQuantity.Unit.milligram, false),
        ("40mg", 40, .milligram, false),
        ("1 mg/kg", 1, .milligram, true),
        ("1.5mg/kg", 1.5, .milligram, true),
        ("1 g", 1000, .milligram, false),
        ("500 mcg", 0.5, .milligram, false),
        ("5,000 units", 5000, .unit, false),
        ("4000 IU (40 mg)", 4000, .unit, false),
        ("1-1.5 mg/kg", 1.5, .milligram, true),
        ("0.4 mL", 0.4, .millilitre, false),
        ("甲泼尼龙 500毫克", 500, .milligram, false),
        // 万 is ten thousand; anti-Xa units as Chinese labels write them.
        ("肝素钠 1.25万U", 12500, .unit, false), ("1万单位", 10000, .unit, false), ("尿激酶 100万U", 1_000_000, .unit, false),
        ("4100AXaIU", 4100, .unit, false), ("4100 AXa IU", 4100, .unit, false), ("5000国际单位", 5000, .unit, false),
        ("0.4ml:4100AXaIU", 0.4, .millilitre, false),
        // Chinese numerals before a unit.
        ("四十毫克", 40, .milligram, false), ("五百毫克", 500, .milligram, false), ("一克", 1000, .milligram, false),
        ("一点五克", 1500, .milligram, false), ("零点五毫克", 0.5, .milligram, false), ("两千单位", 2000, .unit, false),
        ("一万单位", 10000, .unit, false), ("一万二千五百单位", 12500, .unit, false), ("十毫克", 10, .milligram, false),
        ("一百零五毫克", 105, .milligram, false), ("每次四十毫克", 40, .milligram, false), ("一次 40mg", 40, .milligram, false),
        ("二十五 mg", 25, .milligram, false), ("五毫升", 5, .millilitre, false),
        // 千 and 百 after digits scale them, like 万: "4千IU" was read as 41,000 units (its 千 a numeral of its own).
        ("依诺肝素 4千IU", 4000, .unit, false), ("4 千 IU", 4000, .unit, false), ("2.5千U", 2500, .unit, false),
        ("肝素 5千单位", 5000, .unit, false), ("5百mg", 500, .milligram, false),
    ])
    func doseTextIsRead(text: String, amount: Double, unit: DoseQuantity.Unit, perKilogram: Bool) {
        let dose = DoseQuantity.parse(text)
        #expect(dose?.unit == unit, "\(text)")
        #expect(dose.map { abs($0.amount - amount) < 1e-9 } == true, "\(text): \(String(describing: dose))")
        #expect(dose?.perKilogram == perKilogram, "\(text)")
    }

    @Test func unreadableDosesAreNil() {
        #expect(DoseQuantity.parse("as per chart") == nil)
        #expect(DoseQuantity.parse("2 tablets") == nil)
        #expect(DoseQuantity.parse("") == nil)
        // A numeral that is not an amount of a unit stays unread: an ampoule, a tablet, "十二指肠".
        #expect(DoseQuantity.parse("一支") == nil)
        #expect(DoseQuantity.parse("两片") == nil)
        #expect(DoseQuantity.parse("十二指肠营养管") == nil)
        #expect(DoseQuantity.parse(String(repeating: "九", count: 40) + "毫克") == nil)
        // A scaled amount without its unit is not read by its tail ("2万5千U" is not 5,000 units).
        #expect(DoseQuantity.parse("2万5千U") == nil)
        #expect(DoseQuantity.parse("4千") == nil)
    }

    @Test(arguments: [
        ("q12h", 2.0), ("Q 12 H", 2), ("every 12 hours", 2), ("q8h", 3), ("q24h", 1), ("BID", 2), ("b.i.d.", 2),
        ("bd", 2), ("twice daily", 2), ("TID", 3), ("QID", 4), ("daily", 1), ("once daily", 1), ("OD", 1), ("qd", 1),
        ("nocte", 1), ("每日两次", 2), ("每日一次", 1), ("每12小时", 2), ("qod", 0.5), ("stat", 1), ("daily x 3 days", 1),
    ])
    func frequencyTextIsRead(text: String, timesPerDay: Double) {
        #expect(DoseFrequency.parse(text)?.timesPerDay == timesPerDay, "\(text)")
    }

    @Test func unreadableFrequenciesAreNil() {
        #expect(DoseFrequency.parse("continuous infusion") == nil)
        #expect(DoseFrequency.parse("as directed") == nil)
    }

    @Test func drugsAreIdentifiedMostSpecificFirst() {
        func drug(_ name: String, text: String = "") -> DrugTerm? {
            terms.drug(for: Order(
                id: "O-1", service: .ward, kind: .medication, text: text.isEmpty ? name : text,
                medication: MedicationDetails(drug: name, dose: "1 mg", route: "IV", frequency: "daily"), orderedBy: "a",
                orderedAt: TestWard.t0, status: .active))
        }
        #expect(drug("Enoxaparin")?.isA(DrugClass.lmwh) == true)
        #expect(drug("Clexane")?.name == "enoxaparin")
        #expect(drug("依诺肝素")?.name == "enoxaparin")
        #expect(drug("低分子肝素")?.isA(DrugClass.lmwh) == true)
        #expect(drug("肝素")?.isA(DrugClass.unfractionatedHeparin) == true)
        #expect(drug("Xarelto")?.name == "rivaroxaban")
        #expect(drug("甲基强的松龙")?.name == "methylprednisolone")
        #expect(drug("Solu-Medrol")?.name == "methylprednisolone")
        #expect(drug("Paracetamol")?.classes.isEmpty == true)
        #expect(drug("Unknownium") == nil)
        #expect(drug("IV fluids", text: "Rituximab 1 g IV")?.name == "rituximab")
        // Only medication orders name drugs.
        let nursing = Order(id: "O-2", service: .nursing, kind: .nursing, text: "heparin flush", orderedBy: "a", orderedAt: TestWard.t0, status: .active)
        #expect(terms.drug(for: nursing) == nil)
    }
}
