import ConsultBoard
import Foundation

/// Everything on screen, and everything needed to decide what a key does: the app's single source of truth.
///
/// A value: `update` changes it, views read it. Selections are kept by id (MRN, record id), not by row number,
/// so a change arriving from another terminal never moves the cursor to a different patient or record.
struct AppState: Sendable {
    var board: Board
    /// Who signs what this app saves.
    var author: String
    var now: Date
    /// How times are shown (the machine's zone; UTC in tests so goldens are stable).
    var timeZone: TimeZone
    var width: Int
    /// The ward's reference ranges and other settings (`<board>/ward/`), loaded when the board is opened.
    var settings = WardSettings.shipped
    var height: Int
    var screen: Screen = .board

    // The board screen.
    var sort: PatientSort = .bed
    var filter = BoardFilter()
    /// The filter text being typed after `/` (on the board: patients; on the Notes tab: the notes); `nil` when not typing.
    var filterInput: TextInput?
    /// The search the Notes tab keeps after Enter (words, or pinyin: full, initials, mixed); empty: every note.
    var noteSearch = ""
    /// The notes search in force: what is being typed, else what was kept.
    var noteQuery: String { filterInput?.text ?? noteSearch }
    var selectedMRN: MRN? {
        // A new patient's summary starts at its top.
        didSet { if selectedMRN != oldValue { boardSummaryScroll = 0 } }
    }
    var boardTop = 0
    /// How far the selected patient's summary beside (or under) the list is scrolled (`J` `K`): at 80x24 it is
    /// taller than its pane.
    var boardSummaryScroll = 0

    // The patient screen.
    var tab: PatientTab = .overview
    var tabCursors: [PatientTab: ListCursor] = [:]
    var overviewScroll = 0
    /// Each patient's audit trail, once read.
    var history: [MRN: [JournalEntry]] = [:]

    // Layers drawn over the screen, most recent on top.
    var editor: EditorState?
    var form: FormState?
    var confirmation: Confirmation?
    var showingHelp = false
    /// The handoff preview (`p`), once rendered.
    var preview: PreviewState?
    /// The flowsheet (`f`) or a trend chart (`t`) of the open patient.
    var clinicalView: ClinicalViewState?
    /// This author's unsigned drafts left on disk that were not reopened at start (the sign-off list shows them).
    var keptDrafts: [NoteDraft] = []
    /// The ISNCSCI worksheet being filled in (`I` on a patient).
    var examWorksheet: ExamWorksheet?
    /// What the preview shows and prints: the patients, their order, the printer's width.
    var printSetup = PrintSetup()
    /// Patients marked on the board (Space) for the handoff `p` previews; none means the whole ward.
    var markedForPrint: Set<MRN> = []

    /// The message line: what just happened, or what went wrong.
    var status: StatusMessage?
    /// What this user has not seen yet: patients, tabs and records changed by someone else since they last
    /// looked (kept across sessions in the user's own read-marks file).
    var unread: UnreadTracker
    /// The service this author last wrote for (the editor's default).
    var lastService: Service?
    /// Set when the app should end; the run loop leaves after drawing nothing more.
    var isQuitting = false
    /// A save in flight (its result closes the editor or form it came from).
    var saving: SaveOrigin?
    /// The board list's open-alert counts (kept current by `update`).
    var alertCounts = AlertCounts()
    /// Open critical values, for the header bar.
    var criticalCounts = CriticalCounts()

    /// `settings`: the ward's, read from the board before the state is made, so that the counts are made once,
    /// under the ward's numbers.
    init(
        board: Board, author: String, now: Date, timeZone: TimeZone = .current, width: Int, height: Int,
        settings: WardSettings = .shipped
    ) {
        self.board = board
        self.settings = settings
        self.author = author
        self.now = now
        self.timeZone = timeZone
        self.width = width
        self.height = height
        selectedMRN = Self.firstSelection(board)
        unread = UnreadTracker(board: board, reader: author)
        alertCounts.refresh(board, now: now, timeZone: timeZone, rules: settings.safetyRules)
        criticalCounts.refresh(board, ranges: settings.referenceRanges)
    }

    /// The patient selected when a board opens: the first by bed.
    static func firstSelection(_ board: Board) -> MRN? { board.patientsByBed.first?.mrn }

    var layout: Layout {
        var layout = Layout(width: width, height: height)
        if case let .patient(mrn) = screen {
            // Allergies wrap rather than being cut, but leave the patient's content at least ten rows.
            layout.patientHeaderRows = min(PatientHeader.rows(board.patients[mrn], width: width), max(1, height - 14))
        }
        return layout
    }

    /// The patient the current screen is about: the open patient, else the one selected on the board.
    var currentMRN: MRN? {
        if case let .patient(mrn) = screen { return mrn }
        return selectedMRN
    }

    var currentRecord: PatientRecord? { currentMRN.flatMap { board.patients[$0] } }

    /// Whether quitting now would lose something typed.
    var hasUnsavedWork: Bool {
        (editor.map { !$0.body.isBlank } ?? false) || (form?.isChanged ?? false) || !(examWorksheet?.isEmpty ?? true)
    }

    /// The board's patients as the list shows them: filtered, then sorted.
    var visiblePatients: [PatientRecord] {
        let sorted = sort == .bed ? board.patientsByBed : board.patientsBySeverity
        let text = (filterInput?.text ?? filter.text).trimmingCharacters(in: .whitespaces)
        return sorted.filter { filter.matches($0, text: text) }
    }
}

/// Which screen is showing under any overlay.
enum Screen: Sendable, Equatable {
    case board
    case patient(MRN)
}

enum PatientSort: Sendable, Equatable {
    case bed, severity
    var label: String { self == .bed ? tr("board.sort.bed") : tr("board.sort.severity") }
}

/// What narrows the board's patient list.
struct BoardFilter: Sendable, Equatable {
    /// Matches a name, MRN or bed (case-insensitive, anywhere in it).
    var text = ""
    /// Only patients with a consult of this service that is still open.
    var service: Service?
    var severity: Severity?

    var isActive: Bool { !text.isEmpty || service != nil || severity != nil }

    func matches(_ record: PatientRecord, text: String) -> Bool {
        if let severity, record.patient.severity != severity { return false }
        if let service, !record.consults.contains(where: { $0.service == service && $0.status.isOpen }) { return false }
        guard !text.isEmpty else { return true }
        let p = record.patient
        // A Chinese name is found by its pinyin too (wjg, wangjianguo, 王j finds 王建国).
        return [p.name, p.mrn, p.bed].contains { $0.localizedCaseInsensitiveContains(text) } || PinyinSearch.matches(text, in: p.name)
    }

    /// "neurology consults, unstable" for the info line.
    var summary: String {
        var parts: [String] = []
        if !text.isEmpty { parts.append("'\(text)'") }
        if let service { parts.append(tr("board.filter.serviceConsults", ["service": service.shown])) }
        if let severity { parts.append(severity.shown) }
        return parts.joined(separator: ", ")
    }
}

/// The selection and scroll position of one tab's list.
struct ListCursor: Sendable, Equatable {
    /// The selected record (by id, so it survives new records arriving above it).
    var selectedID: String?
    /// The first visible row.
    var top = 0
    /// How far the detail pane is scrolled.
    var detailScroll = 0
}

/// The handoff as it will print, scrollable, with keys to save or print it.
struct PreviewState: Sendable, Equatable {
    var title: String
    var lines: [String]
    var scroll = 0
    /// The text as rendered (saved and printed as it is).
    var text: String
}

/// A question the user must answer before something is lost.
struct Confirmation: Sendable, Equatable {
    enum Purpose: Sendable, Equatable {
        case discardEditor
        case discardForm
        /// Closing the ISNCSCI worksheet with grades entered.
        case discardWorksheet
        case quit
        /// Admitting into a bed another patient lies in: saved (with the sharing confirmed) on yes.
        case sharedBed(BoardCommand)
        /// An order that raises an alert at entry (an allergy, an unrecognised drug...): saved on yes, the alert
        /// then stands on the patient until acknowledged; no goes back to the form.
        case orderWithAlert(BoardCommand)
        /// A lab value dated before the latest of its test (`DatedEntryCheck`): saved on
        /// yes; no goes back to the form to correct the time.
        case labWithWarning(BoardCommand)
    }
    var purpose: Purpose
    var message: String
}

/// A line of feedback on the status line.
struct StatusMessage: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case info
        case error
        /// A change made elsewhere, shown as it arrives.
        case notice
    }
    var text: String
    var kind: Kind
    var at: Date
}
