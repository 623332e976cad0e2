import Foundation

/// A medication order read for the safety rules: which drug (from the terminology), how much, how often.
public struct MedicationOrder: Sendable, Equatable {
    public var order: Order
    public var drug: DrugTerm
    /// `nil` when the dose text could not be read.
    public var dose: DoseQuantity?
    /// `nil` when the frequency text could not be read.
    public var frequency: DoseFrequency?

    /// Reads a medication order; `nil` when it is not a medication order for a drug the terminology knows.
    public static func read(_ order: Order, terminology: Terminology = .active) -> MedicationOrder? {
        guard let drug = terminology.drug(for: order) else { return nil }
        return MedicationOrder(
            order: order, drug: drug, dose: order.medication.flatMap { DoseQuantity.parse($0.dose) }.map { inMilligrams($0, of: drug) },
            frequency: order.medication.flatMap { DoseFrequency.parse($0.frequency, terminology: terminology) })
    }

    public init(order: Order, drug: DrugTerm, dose: DoseQuantity?, frequency: DoseFrequency?) {
        self.order = order
        self.drug = drug
        self.dose = dose
        self.frequency = frequency
    }

    /// A dose written as a volume, in mg when the product's strength is known for that volume ("0.4ml" of enoxaparin
    /// is 40 mg); any other dose as written. Before, a volume was unread, and an enoxaparin of "0.4ml qd" was timed
    /// and described as a therapeutic dose.
    static func inMilligrams(_ dose: DoseQuantity, of drug: DrugTerm) -> DoseQuantity {
        guard dose.unit == .millilitre, !dose.perKilogram, let strength = drug.strengthPerMl, strength.mg > 0,
            dose.amount > 0, dose.amount <= strength.upToMl + 1e-9
        else { return dose }
        return DoseQuantity(amount: dose.amount * strength.mg, unit: .milligram)
    }

    /// The amount a day (dose x doses a day); `nil` when the dose or frequency cannot be read.
    public var dailyDose: DoseQuantity? {
        guard let dose, let frequency else { return nil }
        return DoseQuantity(amount: dose.amount * frequency.timesPerDay, unit: dose.unit, perKilogram: dose.perKilogram)
    }

    /// The dose in mg when written in anti-Xa units of a drug with a known conversion (enoxaparin 100 IU = 1 mg).
    public var doseInMilligrams: DoseQuantity? {
        guard let dose else { return nil }
        if dose.unit == .unit, let perMg = drug.unitsPerMg, perMg > 0 {
            return DoseQuantity(amount: dose.amount / perMg, unit: .milligram, perKilogram: dose.perKilogram)
        }
        return dose
    }

    /// The dose text as written (stored text, sanitised for display).
    public var doseText: String { Sanitizer.line(order.medication?.dose ?? "") }
    /// The frequency text as written (stored text, sanitised for display).
    public var frequencyText: String { Sanitizer.line(order.medication?.frequency ?? "") }
    /// The route as written, lower-cased.
    public var route: String { (order.medication?.route ?? "").lowercased() }
}
