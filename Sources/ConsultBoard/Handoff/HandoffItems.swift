import Foundation

// The items of a patient's handoff. Each has its parts as separate variables (for templates that lay them out
// themselves), the whole item as one line of prose (`summary`), and `summary` as `lines` (wrapped for the text
// format, see `HandoffDocument`).

/// An item that is only text: a problem, a contingency.
public struct HandoffLine: Sendable, Equatable {
    public var summary: String
    public var lines: [String]
}

/// The gist of a note: who wrote what, when, and its first lines.
public struct HandoffNoteGist: Sendable, Equatable {
    public var id: String
    public var service: String
    public var type: String
    public var author: String
    public var at: String
    /// "Neurology progress note · 24 Nov 09:10 · dr.wang".
    public var summary: String
    public var lines: [String]
    /// The note's first lines (wrapped for the text format), "…" at the end when there is more.
    public var gist: [String]
    /// How many addenda the note has (0 when none).
    public var addenda: Int
}

/// The latest ISNCSCI examination and its classification (ISNCSCI 2019).
public struct HandoffNeuro: Sendable, Equatable {
    public var id: String
    public var examinedAt: String
    public var examinedBy: String
    /// The neurological level of injury ("C5"), nil when the exam cannot be classified.
    public var level: String?
    /// The ASIA Impairment Scale grade ("A", "C*", "B,C"), nil when the exam cannot be classified.
    public var ais: String?
    /// "NLI C5, AIS A, UEMS 25, LEMS 0, LT 26, PP 21", or why the exam cannot be classified.
    public var classification: String
    /// How the exam is worse than the one before ("AIS B -> A, motor score 20 -> 12 since 20 Nov 11:00"), nil
    /// when it is not (see `ISNCSCITrend`).
    public var deterioration: String?
    public var summary: String
    public var lines: [String]
}

/// An open I-PASS action item.
public struct HandoffAction: Sendable, Equatable {
    public var id: String
    public var action: String
    public var owner: String?
    public var due: String?
    /// The due time has passed and it is not done.
    public var overdue: Bool
    public var summary: String
    public var lines: [String]
    /// `summary` wrapped for a check-box prefix ("  [ ] ", 6 columns) in the text format.
    public var checkLines: [String] = []
}

/// An order that is draft, active or on hold.
public struct HandoffOrder: Sendable, Equatable {
    public var id: String
    public var headline: String
    public var kind: String
    public var service: String
    public var status: String
    public var orderedAt: String
    public var orderedBy: String
    public var summary: String
    public var lines: [String]
}

/// A diagnostic report that is not final yet.
public struct HandoffResult: Sendable, Equatable {
    public var id: String
    public var kind: String
    public var impression: String
    public var status: String
    public var reportedAt: String
    public var reportedBy: String
    public var summary: String
    public var lines: [String]
}

/// A consult that is still open.
public struct HandoffConsult: Sendable, Equatable {
    public var id: String
    public var service: String
    public var urgency: String
    public var status: String
    public var question: String
    public var requestedAt: String
    public var requestedBy: String
    public var recommendation: HandoffRecommendation?
    public var summary: String
    public var lines: [String]
}

/// A consultant's latest recommendation.
public struct HandoffRecommendation: Sendable, Equatable {
    public var text: String
    public var by: String
    public var at: String
    public var summary: String
    public var lines: [String]
}

/// An active complication.
public struct HandoffComplication: Sendable, Equatable {
    public var id: String
    /// "infection", "DVT", "renal" or "other".
    public var kind: String
    public var description: String
    /// "site: urinary tract; organism: E. coli", nil when no details are recorded.
    public var details: String?
    public var onset: String
    public var summary: String
    public var lines: [String]
}

/// The latest value of a lab or vital sign and its recent trend.
public struct HandoffFigure: Sendable, Equatable {
    public var test: String
    public var value: String
    public var unit: String
    public var at: String
    /// The last few values, oldest first, each step an arrow up, down or level: "92 ↑ 120 ↑ 168".
    public var trend: String
    /// "↑", "↓" or "→" from the previous value to the latest; nil for a single value.
    public var direction: String?
    /// The latest value's flag (`high`, `critical-low`...), nil when the test has no range.
    public var flag: String?
    /// "H", "LL"...; empty for a normal value.
    public var flagMark: String?
    /// The trend's values as a sparkline ("▁▂▅█").
    public var sparkline: String
    public var summary: String
    public var lines: [String]
    /// The same values and the test's thresholds as an inline SVG picture (HTML), nil for a single value.
    public var chart: SVGChart? = nil
}

/// The kidney picture (see `RenalSummary`): eGFR and creatinine clearance of the latest creatinine, the KDIGO
/// AKI stage, and the muscle-mass caveat that goes with every creatinine-based estimate.
public struct HandoffRenal: Sendable, Equatable {
    /// "250 umol/L".
    public var creatinine: String
    public var at: String
    /// "18 mL/min/1.73 m²" (CKD-EPI 2021), nil when it cannot be estimated.
    public var eGFR: String?
    /// "20 mL/min" (Cockcroft-Gault), nil without a weight.
    public var creatinineClearance: String?
    /// 0 when there is no AKI by KDIGO criteria.
    public var akiStage: Int
    /// "AKI stage 2 (KDIGO): 2.0 times or more the lowest value of the prior 7 days", or "no AKI by KDIGO criteria".
    public var aki: String
    public var caveat: String
    public var caveatLines: [String]
    public var summary: String
    public var lines: [String]
}

/// The fever picture (see `FeverSummary`): fever now, fever days, recurrence.
public struct HandoffFever: Sendable, Equatable {
    public var febrileNow: Bool
    /// Fever on two or more separate days of the last 7.
    public var recurrent: Bool
    /// The fever days of the last 7 days ("23 Nov").
    public var recentDays: [String]
    /// Fever days over the whole stay.
    public var totalDays: Int
    /// "38.5 °C (24 Nov 02:00)".
    public var latest: String
    public var summary: String
    public var lines: [String]
}

/// A safety alert that nobody has acknowledged yet (see `SafetyRuleSet`).
public struct HandoffAlert: Sendable, Equatable {
    public var key: String
    /// "urgent", "warning" or "info".
    public var severity: String
    public var severityLabel: String
    public var urgent: Bool
    public var message: String
    /// The data that triggered it, one line each, with record ids.
    public var data: [String]
    /// `data`, each wrapped to width - 6 for the text format (for a 6-column prefix), all in one list.
    public var dataLines: [String]
    /// The services that must hear of it ("spine surgery, neurology"), nil when none is named.
    public var notify: String?
    public var summary: String
    public var lines: [String]
}

/// A safety alert someone acknowledged: what it says, who acknowledged it, when and why.
public struct HandoffAcknowledgedAlert: Sendable, Equatable {
    public var key: String
    public var severity: String
    public var message: String
    public var by: String
    public var at: String
    public var reason: String
    /// "Acknowledged URGENT: <message> (by dr.zhou 25 Nov 07:00: <reason>)".
    public var summary: String
    public var lines: [String]
}
