import Foundation
import Testing
@testable import ConsultBoard

/// One medication order as a ward writes it: drug field, dose, route, frequency, and (optionally) the order text.
struct MedicationWording: Sendable, CustomTestStringConvertible {
    var drug: String
    var dose: String
    var route: String
    var frequency: String
    var text: String?

    init(_ drug: String, _ dose: String, _ route: String, _ frequency: String, text: String? = nil) {
        self.drug = drug
        self.dose = dose
        self.route = route
        self.frequency = frequency
        self.text = text
    }

    var testDescription: String { text ?? "\(drug) \(dose) \(route) \(frequency)" }

    @discardableResult
    func order(on ward: inout TestWard) throws -> RecordID {
        try ward.medication(drug, dose: dose, route: route, frequency: frequency, text: text)
    }
}
