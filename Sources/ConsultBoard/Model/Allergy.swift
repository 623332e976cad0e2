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
    public var summary: String { summaryText.english }

    /// `summary` in words: the raw severity in English (word for word `summary`), its words and the reader's
    /// punctuation in other languages ("青霉素（过敏性休克，严重）").
    public var summaryText: ShownText {
        let reaction = reaction.flatMap { $0.isEmpty ? nil : ShownText.plain($0) }
        let details = [reaction, severity?.rawValueText].compactMap { $0 }
        guard !details.isEmpty else { return .plain(substance) }
        return .tr("allergy.summary", ["substance": .plain(substance), "details": details.joined(.tr("text.comma"))])
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
    public var allergySummary: String { allergySummaryText.english }

    /// Whether nothing at all is on record about allergies (not even "no known drug allergies").
    public var allergiesNotRecorded: Bool {
        !allergies.contains { $0.status == .active } && patient.allergies.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && noKnownAllergies == nil
    }

    /// `allergySummary` in words, chosen when shown.
    public var allergySummaryText: ShownText {
        let structured = allergies.filter { $0.status == .active }.map(\.summaryText)
        let freeText = patient.allergies.trimmingCharacters(in: .whitespacesAndNewlines)
        var parts = structured
        if !freeText.isEmpty { parts.append(structured.isEmpty ? .plain(freeText) : .tr("allergy.alsoText", ["text": .plain(freeText)])) }
        if !parts.isEmpty { return parts.joined(.tr("text.semicolon")) }
        if let nkda = noKnownAllergies {
            return .tr("allergy.nkda", ["by": .plain(nkda.by), "at": .plain(ISODate.string(nkda.at))])
        }
        return .tr("allergy.notRecorded")
    }
}
