import Foundation

/// Where in a patient's record a change shows: the part of the patient view a reader would look at to see it.
///
/// The TUI shows one tab per area (the Overview holds the patient's header and everything without a tab of its
/// own: actions, contingencies, exams, allergies, code status, lines, contacts, handovers, the stay).
public enum ChangeArea: String, Codable, Sendable, CaseIterable, Comparable {
    case overview, consults, orders, results, labs, complications, notes

    public static func < (a: ChangeArea, b: ChangeArea) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// One change to a patient someone else made: its place in the journal, where it shows, and the record it
/// created or changed (when it names one on a list).
public struct PatientChange: Sendable, Equatable {
    public var sequence: Int
    public var area: ChangeArea
    public var record: RecordID?

    public init(sequence: Int, area: ChangeArea, record: RecordID?) {
        self.sequence = sequence
        self.area = area
        self.record = record
    }

    /// The change a journal entry makes to its patient; `nil` for board-level entries (the roster, a repair,
    /// the board's creation or import), which change no one patient.
    public init?(_ entry: JournalEntry) {
        guard entry.patient != nil else { return nil }
        sequence = entry.sequence
        func created(_ kind: RecordKind) -> RecordID { kind.id(forSequence: entry.sequence) }
        switch entry.command {
        case .addNote: (area, record) = (.notes, created(.note))
        case let .addAddendum(c): (area, record) = (.notes, c.noteID)
        case let .markNoteInError(c): (area, record) = (.notes, c.noteID)
        case let .cosignNote(c): (area, record) = (.notes, c.noteID)
        case .requestConsult: (area, record) = (.consults, created(.consult))
        case let .setConsultStatus(c): (area, record) = (.consults, c.consultID)
        case let .addRecommendation(c): (area, record) = (.consults, c.consultID)
        case .addOrder: (area, record) = (.orders, created(.order))
        case let .setOrderStatus(c): (area, record) = (.orders, c.orderID)
        case let .recordDose(c): (area, record) = (.orders, c.orderID)
        case .addResult: (area, record) = (.results, created(.result))
        case let .setResultStatus(c): (area, record) = (.results, c.resultID)
        case .addLab: (area, record) = (.labs, created(.lab))
        case let .receiveCriticalValue(c): (area, record) = (.labs, c.labID)
        case let .notifyCriticalValue(c): (area, record) = (.labs, c.labID)
        case let .closeCriticalValue(c): (area, record) = (.labs, c.labID)
        case .addComplication: (area, record) = (.complications, created(.complication))
        case let .setComplicationStatus(c): (area, record) = (.complications, c.complicationID)
        default: (area, record) = (.overview, nil)
        }
    }
}
