/// The tabs of the patient screen, in the order of their digit keys.
enum PatientTab: Int, CaseIterable, Sendable, Hashable {
    case overview = 1, consults, orders, results, labs, complications, notes, history

    var title: String {
        switch self {
        case .overview: "Overview"
        case .consults: "Consults"
        case .orders: "Orders"
        case .results: "Results"
        case .labs: "Labs"
        case .complications: "Complications"
        case .notes: "Notes"
        case .history: "History"
        }
    }

    /// For narrow tab bars.
    var shortTitle: String {
        switch self {
        case .complications: "Complic."
        default: title
        }
    }

    var next: PatientTab { PatientTab(rawValue: rawValue % Self.allCases.count + 1) ?? .overview }
    var previous: PatientTab { PatientTab(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1) ?? .overview }
}
