import ConsultBoard

extension AppState {
    /// Keys of the board screen (the ward's patient list).
    mutating func handleBoardKey(_ key: Key) -> [Effect] {
        let rows = layout.boardListRows
        switch key {
        case .up, .char("k"): moveBoardSelection(by: -1)
        case .down, .char("j"): moveBoardSelection(by: 1)
        case .pageUp: moveBoardSelection(by: -rows)
        case .pageDown: moveBoardSelection(by: rows)
        case .home, .char("g"): moveBoardSelection(by: -Int.max / 2)
        case .end, .char("G"): moveBoardSelection(by: Int.max / 2)
        case .wheelUp: moveBoardSelection(by: -3)
        case .wheelDown: moveBoardSelection(by: 3)
        case .char("J"): boardSummaryScroll = min(boardSummaryScroll + 1, boardSummaryMaxScroll)
        case .char("K"): boardSummaryScroll = max(0, boardSummaryScroll - 1)
        case .enter, .right, .char("l"):
            if let mrn = selectedMRN, board.patients[mrn] != nil { return openPatient(mrn) }
        case .char("/"):
            filterInput = TextInput(filter.text)
        case .escape:
            if filter.isActive {
                filter = BoardFilter()
                say(tr("status.filterCleared"), .info)
                keepSelectionVisible()
            }
        case .char("s"):
            sort = sort == .bed ? .severity : .bed
            say(tr("status.sorted", ["order": sort.label]), .info)
            keepSelectionVisible()
        case .char("f"): openForm(.boardFilter)
        case .char("a"): openForm(.admitPatient)
        case .char("n"):
            if let mrn = selectedMRN, board.patients[mrn] != nil { openEditor(for: mrn) }
        case .char(" "):
            if let mrn = selectedMRN, board.patients[mrn] != nil {
                if markedForPrint.remove(mrn) == nil { markedForPrint.insert(mrn) }
                say(PrintWords.marked(markedForPrint.count), .info)
                moveBoardSelection(by: 1)
            }
        case .char("p"):
            // The marked patients that are still on the board, else the whole ward; in the board's order.
            markedForPrint = markedForPrint.filter { board.patients[$0] != nil }
            return previewHandoff(of: markedForPrint.sorted(), sort: sort == .severity ? .severity : .bed)
        case .char("D"): showDepartedPatients()
        case .char("c"): return showSignOffList()
        case .char("v"): openForm(.criticalValue(nil))
        case .char("?"): showingHelp = true
        case .char("q"): return requestQuit()
        default: break
        }
        return []
    }

    /// Typing the filter after `/`: the list narrows as you type.
    mutating func handleFilterKey(_ key: Key) -> [Effect] {
        guard var input = filterInput else { return [] }
        switch key {
        case .enter:
            filter.text = input.text.trimmingCharacters(in: .whitespaces)
            filterInput = nil
            selectedMRN = visiblePatients.first?.mrn ?? selectedMRN
            boardTop = 0
            if visiblePatients.isEmpty { say(tr("status.noMatch", ["text": filter.text]), .error) }
            return []
        case .escape:
            filter.text = ""
            filterInput = nil
            keepSelectionVisible()
            return []
        case .up: moveBoardSelection(by: -1)
        case .down: moveBoardSelection(by: 1)
        default: input.applyLineEditing(key)
        }
        filterInput = input
        if let first = visiblePatients.first, !visiblePatients.contains(where: { $0.mrn == selectedMRN }) {
            selectedMRN = first.mrn
        }
        keepSelectionVisible()
        return []
    }

    /// The largest useful scroll of the selected patient's summary in its pane (as `BoardView` lays it out).
    var boardSummaryMaxScroll: Int {
        guard let record = selectedMRN.flatMap({ board.patients[$0] }) else { return 0 }
        let l = layout
        let width = l.isWide ? l.width - l.boardListWidth - 2 : l.width - 2
        let rows = l.isWide ? l.bodyHeight : l.statusRow - (l.boardListTop + l.boardListRows) - 1
        return BoardView.summary(record, state: self, width: width).maxScroll(rows: rows)
    }

    mutating func moveBoardSelection(by delta: Int) {
        let patients = visiblePatients
        guard !patients.isEmpty else { return }
        let current = patients.firstIndex { $0.mrn == selectedMRN } ?? 0
        let index = ListViewport.move(current, by: delta, count: patients.count)
        selectedMRN = patients[index].mrn
        keepSelectionVisible()
    }

    /// Opens a patient on the Overview tab; their changes count as read.
    mutating func openPatient(_ mrn: MRN) -> [Effect] {
        screen = .patient(mrn)
        selectedMRN = mrn
        tab = .overview
        tabCursors = [:]
        overviewScroll = 0
        noteSearch = ""
        unread.seen(mrn, tab: .overview, revision: board.revision)
        return []
    }

    /// Scrolls the board list and the current tab's list so that their selections are on screen.
    mutating func keepSelectionVisible() {
        let patients = visiblePatients
        let index = patients.firstIndex { $0.mrn == selectedMRN } ?? 0
        boardTop = ListViewport.top(selected: index, previousTop: boardTop, rows: layout.boardListRows, count: patients.count)
        if case let .patient(mrn) = screen, let record = board.patients[mrn], tab != .overview {
            let ids = TabContent.ids(tab, record: record, history: history[mrn], noteSearch: noteQuery)
            var cursor = tabCursors[tab] ?? ListCursor()
            let selected = cursor.selectedID.flatMap { ids.firstIndex(of: $0) } ?? 0
            cursor.top = ListViewport.top(selected: selected, previousTop: cursor.top, rows: layout.tabListRows, count: ids.count)
            tabCursors[tab] = cursor
        }
    }
}
