import Foundation

/// How severe a recorded allergic reaction was.
public enum AllergySeverity: String, Vocabulary {
    case mild, moderate, severe
}

/// Whether a structured allergy holds (FHIR AllergyIntolerance clinical/verification status, simplified).
public enum AllergyStatus: String, Vocabulary {
    case active
    /// No longer thought to hold (tolerated since, or disproved by testing).
    case inactive
    /// Recorded by mistake.
    case enteredInError = "entered-in-error"
}

/// A structured allergy: the substance (a drug, a class, contrast...), the reaction, its severity, and who
/// recorded it. Checked against every order by the `allergy-conflict` rule with the terminology.
public struct AllergyRecord: Codable, Sendable, Equatable, Identifiable {
    public var id: RecordID
    public var substance: String
    public var reaction: String?
    public var severity: AllergySeverity?
    public var status: AllergyStatus
    /// Why the status was last changed (inactive, entered in error).
    public var statusReason: String?
    public var recordedBy: String
    public var recordedAt: Date

    public init(
        id: RecordID, substance: String, reaction: String?, severity: AllergySeverity?, recordedBy: String, recordedAt: Date
    ) {
        self.id = id
        self.substance = substance
        self.reaction = reaction
        self.severity = severity
        self.status = .active
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// "penicillin (anaphylaxis, severe)".
    public var summary: String {
        let details = [reaction, severity?.rawValue].compactMap { $0 }.filter { !$0.isEmpty }
        return details.isEmpty ? substance : "\(substance) (\(details.joined(separator: ", ")))"
    }
}

/// "No known drug allergies", stated by someone at a time: not the same as nothing recorded.
public struct NoKnownAllergiesStatement: Codable, Sendable, Equatable {
    public var by: String
    public var at: Date

    public init(by: String, at: Date) {
        self.by = by
        self.at = at
    }
}

extension PatientRecord {
    /// The allergy picture in one line, never cut: the active structured allergies and the free text still on
    /// record, "no known drug allergies (NKDA, by ..., at ...)", or "not recorded".
    public var allergySummary: String {
        let structured = allergies.filter { $0.status == .active }.map(\.summary)
        let freeText = patient.allergies.trimmingCharacters(in: .whitespacesAndNewlines)
        var parts = structured
        if !freeText.isEmpty { parts.append(structured.isEmpty ? freeText : "also recorded as text: \(freeText)") }
        if !parts.isEmpty { return parts.joined(separator: "; ") }
        if let nkda = noKnownAllergies {
            return "no known drug allergies (NKDA, \(nkda.by), \(ISODate.string(nkda.at)))"
        }
        return "not recorded"
    }
}
