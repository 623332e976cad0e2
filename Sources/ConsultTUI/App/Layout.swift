/// Where each part of the screen goes at a given terminal size.
///
/// Both the views (to draw) and `update` (to page and keep the selection visible) read the same numbers, so a
/// page down moves exactly one visible page and the selected row is always on screen.
struct Layout: Sendable, Equatable {
    static let minimumWidth = 80
    static let minimumHeight = 24
    /// From this width the board shows the summary beside the list, and tabs show detail beside their list.
    static let sideBySideWidth = 110

    let width: Int
    let height: Int

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    var isWide: Bool { width >= Self.sideBySideWidth }

    /// Rows under the header bar and above the status line and footer.
    var bodyTop: Int { 1 }
    var bodyHeight: Int { max(0, height - 3) }
    var statusRow: Int { height - 2 }
    var footerRow: Int { height - 1 }

    // MARK: Board screen

    /// The list's first row (after the info line and the column headings).
    var boardListTop: Int { bodyTop + 2 }
    var boardListWidth: Int { isWide ? min(76, width * 58 / 100) : width }
    var boardSummaryHeight: Int { isWide ? bodyHeight : max(7, bodyHeight / 3) }
    var boardListRows: Int { max(1, isWide ? bodyHeight - 2 : bodyHeight - 2 - boardSummaryHeight) }

    // MARK: Patient screen

    /// Rows of the patient's allergy and diagnosis lines (more than one when the allergies wrap: they are never
    /// cut off, see `PatientHeader`).
    var patientHeaderRows = 1
    /// The tab bar: under the header bar, the patient's name line and the allergy lines.
    var tabBarRow: Int { 2 + patientHeaderRows }
    /// Header bar, the lines about the patient, the tab bar.
    var patientContentTop: Int { tabBarRow + 1 }
    var patientContentHeight: Int { max(1, statusRow - patientContentTop) }
    /// Rows of a tab's list (under its column headings).
    var tabListRows: Int { max(1, isWide ? patientContentHeight - 1 : (patientContentHeight - 1) * 45 / 100) }
    var tabListWidth: Int { isWide ? width * 55 / 100 : width }
    /// The detail pane: beside the list when wide, below it otherwise.
    var detailTop: Int { isWide ? patientContentTop : patientContentTop + 1 + tabListRows }
    var detailLeft: Int { isWide ? tabListWidth + 1 : 0 }
    var detailWidth: Int { isWide ? width - tabListWidth - 1 : width }
    var detailHeight: Int { max(1, statusRow - detailTop) }

    // MARK: Editor and forms

    /// The editor's text starts under its header (bar, title, fields, rule).
    var editorBodyTop: Int { 4 }
    var editorBodyHeight: Int { max(1, statusRow - editorBodyTop) }
    var editorBodyLeft: Int { 1 }
    /// One column is kept free at the right so the cursor always fits after the last character of a full row.
    var editorWrapWidth: Int { max(2, width - 3) }
    /// Rows for a scrollable document (overview, preview, help).
    var documentHeight: Int { patientContentHeight }
}
