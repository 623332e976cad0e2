import Foundation

/// What a handoff template is rendered with: the whole handoff, ready to print.
///
/// The property names are the template's variable names (`{{ward}}`, `{{#patients}}...{{/patients}}`); every
/// string is sanitised stored text (`Sanitizer`), never markup, and the template engine escapes it for the
/// format. Lists that may be empty are arrays (`{{^actions}}none{{/actions}}` works); values that may be missing
/// are optionals (`{{#weight}}...{{/weight}}`). docs/handoff.md lists every variable.
///
/// Text that may need wrapping comes twice: as one line (`summary`) and as `lines`. For the text format `lines`
/// is wrapped to `contentWidth` display columns (so a 4-column prefix such as "  - " still fits the page);
/// for Markdown and HTML it is the text split at its own line breaks.
public struct HandoffDocument: Sendable, Equatable {
    public var title: String
    public var ward: String
    /// When the handoff was generated, with the UTC offset ("2026-11-25 07:30 +08:00").
    public var generatedAt: String
    public var generatedBy: String
    /// The board revision (journal sequence number) the handoff was built from.
    public var revision: Int
    /// SHA-256 of the journal's last line at that revision (the chain's latest hash), when the handoff was built
    /// from a board on disk: printed on every page (in `pageHeader`) as an outside record of the chain.
    public var journalHash: String?
    public var format: String
    /// The page width in display columns (text format; for others the width asked for).
    public var width: Int
    /// `width` minus the 4-column indent every `lines` item is wrapped for.
    public var contentWidth: Int
    /// A line of `=` and one of `-`, each `width` columns, for the text format.
    public var rule: String
    public var thinRule: String
    /// "Ward · generated ... by ... · board revision N · journal <sha256>": the line every page carries.
    public var pageHeader: String
    /// `pageHeader` wrapped to `width`.
    public var pageHeaderLines: [String]
    public var patientCount: Int
    public var patients: [HandoffPatient]
}

/// One patient's handoff, in I-PASS order (Starmer AJ et al., NEJM 2014;371:1803-12): illness severity,
/// patient summary, action list, situation awareness and contingency, synthesis by receiver.
public struct HandoffPatient: Sendable, Equatable {
    public var mrn: String
    public var name: String
    public var bed: String
    public var age: Int
    /// "female" or "male".
    public var sex: String
    /// "72 kg", or nil when not recorded.
    public var weight: String?
    /// The structured allergies and the free text on record, "no known drug allergies (NKDA, ...)", or "not recorded".
    public var allergies: String
    public var diagnosis: String
    public var admitted: String
    /// Day 1 is the day of admission.
    public var hospitalDay: Int

    // I: illness severity
    /// "stable", "watcher" or "unstable" (also usable as a CSS class).
    public var severity: String
    /// The severity in capitals, for headings.
    public var severityLabel: String
    public var unstable: Bool
    public var watcher: Bool
    public var stable: Bool
    /// "Bed 12 · 张伟 · SCI-0001 · UNSTABLE" and that line wrapped to `width` (text format).
    public var heading: String
    public var headingLines: [String]

    // P: patient summary
    /// Age, sex, bed, MRN, diagnosis, allergies, weight and hospital day in one sentence.
    public var oneLiner: String
    public var oneLinerLines: [String]
    /// The ward's one-line summary (key history and course), nil when none is recorded.
    public var summary: String?
    public var summaryLines: [String]
    /// The gist of the latest note of each service, most recent first.
    public var course: [HandoffNoteGist]
    public var problems: [HandoffLine]
    /// The latest ISNCSCI examination, if any.
    public var neuro: HandoffNeuro?

    // A: action list
    public var actions: [HandoffAction]
    /// Pending orders: procedures, imaging and labs that are draft, active or on hold and not yet answered by a
    /// final report (ordered and not yet done or resulted).
    public var orders: [HandoffOrder]
    /// Medication orders that are draft, active or on hold: what the patient is on, not something pending.
    public var medications: [HandoffOrder]
    /// Nursing orders that are draft, active or on hold (standing instructions, not something pending).
    public var nursingOrders: [HandoffOrder]
    /// Reports that are still preliminary.
    public var pendingResults: [HandoffResult]
    /// Consults that are not signed off or cancelled.
    public var consults: [HandoffConsult]

    // S: situation awareness and contingency
    /// Safety alerts not acknowledged yet, most severe first.
    public var alerts: [HandoffAlert]
    /// "2 acknowledged alerts", nil when none is acknowledged (each is in `acknowledged`).
    public var acknowledgedAlerts: String?
    /// The alerts someone acknowledged, still printed (the next team must know they were seen, by whom, and why).
    public var acknowledged: [HandoffAcknowledgedAlert]
    public var complications: [HandoffComplication]
    /// The latest temperature and creatinine, and the figures that follow the active complications.
    public var figures: [HandoffFigure]
    /// eGFR, creatinine clearance and AKI stage; nil without a creatinine.
    public var renal: HandoffRenal?
    /// Fever now, fever days and recurrence; nil without a temperature.
    public var fever: HandoffFever?
    public var contingencies: [HandoffLine]
    /// Critical values (危急值) whose loop is not closed, newest first, each with where it stands.
    public var criticalValues: [HandoffLine] = []

    // What the receiver needs besides I-PASS proper (see `HandoffBuilder+Handover`).
    /// "Code status: DNR (dr.li, 3 Dec 09:00: discussed with daughter)", or "Code status: NOT RECORDED".
    public var codeStatus: HandoffLine? = nil
    /// Lines, drains, catheters and tubes still in, each with its device day.
    public var devices: [HandoffLine] = []
    /// Key contacts (team, family).
    public var contacts: [HandoffLine] = []
    /// To-dos done since the last handoff (ticked boxes; the open ones are `actions`).
    public var doneTodos: [HandoffLine] = []
    /// "since the handover of 3 Dec 08:00 (交班 dr.wang → 接班 dr.li)" or "in the last 24 h (no handover acknowledged)".
    public var eventsSince: String = ""
    public var eventsSinceLines: [String] = []
    /// Every change to the record in that window, oldest first (`RecordEvents`), the latest
    /// `HandoffBuilder.eventLimit` of them after a line saying how many earlier ones are left out.
    public var events: [HandoffLine] = []
}
