import Foundation

/// A change to a patient's header that leaves no record of its own (bed, severity, summary, problems, diagnosis,
/// allergies text, weight, demographics, a bed move): who made it and when, taken from its journal entry, so
/// that "events since the last handoff" lists it (a changed bed or summary is news to the next shift).
public struct HeaderChange: Codable, Sendable, Equatable {
    public var at: Date
    public var by: String
    /// What changed, as the audit trail says it ("updated bed 3-01, severity unstable").
    public var summary: String

    public init(at: Date, by: String, summary: String) {
        self.at = at
        self.by = by
        self.summary = summary
    }

    /// The header change a command makes, timed by its journal entry; `nil` for commands that keep their own
    /// record (and time) or change no header.
    init?(_ command: BoardCommand, context: ChangeContext) {
        switch command {
        case .updatePatient, .updateDemographics, .transferBed:
            self.init(at: context.at, by: context.author, summary: command.summaryText)
        default:
            return nil
        }
    }
}

extension PatientRecord {
    /// The header changes, oldest first (empty until the first).
    public var headerChangeList: [HeaderChange] { headerChanges ?? [] }
}

extension Optional where Wrapped == [HeaderChange] {
    /// Appends to the list, starting it with the first change.
    mutating func append(_ change: HeaderChange) {
        self = (self ?? []) + [change]
    }
}
