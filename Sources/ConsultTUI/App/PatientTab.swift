import ConsultBoard

/// The tabs of the patient screen, in the order of their digit keys.
enum PatientTab: Int, CaseIterable, Sendable, Hashable {
    case overview = 1, consults, orders, results, labs, complications, notes, history

    var title: String {
        switch self {
        case .overview: tr("tab.overview")
        case .consults: tr("tab.consults")
        case .orders: tr("tab.orders")
        case .results: tr("tab.results")
        case .labs: tr("tab.labs")
        case .complications: tr("tab.complications")
        case .notes: tr("tab.notes")
        case .history: tr("tab.history")
        }
    }

    /// For narrow tab bars.
    var shortTitle: String {
        switch self {
        case .complications: tr("tab.complications.short")
        default: title
        }
    }

    var next: PatientTab { PatientTab(rawValue: rawValue % Self.allCases.count + 1) ?? .overview }
    var previous: PatientTab { PatientTab(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1) ?? .overview }
}
