import Foundation

/// A medication order read for the safety rules: which known drug, how much, how often.
public struct MedicationOrder: Sendable, Equatable {
    public var order: Order
    public var drug: KnownDrug
    /// `nil` when the dose text could not be read.
    public var dose: DoseQuantity?
    /// `nil` when the frequency text could not be read.
    public var frequency: DoseFrequency?

    /// Reads a medication order; `nil` when it is not a medication order for a drug the rules know.
    public static func read(_ order: Order) -> MedicationOrder? {
        guard let drug = KnownDrug.identify(order) else { return nil }
        return MedicationOrder(
            order: order, drug: drug, dose: order.medication.flatMap { DoseQuantity.parse($0.dose) },
            frequency: order.medication.flatMap { DoseFrequency.parse($0.frequency) })
    }

    public init(order: Order, drug: KnownDrug, dose: DoseQuantity?, frequency: DoseFrequency?) {
        self.order = order
        self.drug = drug
        self.dose = dose
        self.frequency = frequency
    }

    /// The dose text as written (stored text, sanitised for display).
    public var doseText: String { Sanitizer.line(order.medication?.dose ?? "") }
    /// The frequency text as written (stored text, sanitised for display).
    public var frequencyText: String { Sanitizer.line(order.medication?.frequency ?? "") }
    /// The route as written, lower-cased.
    public var route: String { (order.medication?.route ?? "").lowercased() }

    /// "order O-7: Enoxaparin 40 mg SC daily (active)": how alert lines cite the order (sanitised).
    public var citation: String {
        "order \(order.id): \(Sanitizer.line(order.headline)) (\(order.status.rawValue))"
    }
}
