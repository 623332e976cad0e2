import ConsultBoard
import Foundation

extension AppState {
    /// Asks for the handoff of `mrns` (the whole ward when empty), in `sort` order, laid out at the printer's width.
    mutating func previewHandoff(of mrns: [MRN], sort: HandoffSort = .bed) -> [Effect] {
        let title = switch mrns.count {
        case 0: PrintWords.wholeWard
        case 1: PrintWords.patient(board.patients[mrns[0]].map { Sanitizer.line($0.patient.name) } ?? mrns[0])
        default: PrintWords.chosen(mrns.count)
        }
        printSetup.mrns = mrns
        printSetup.sort = sort
        printSetup.title = title
        return renderPrintSetup()
    }

    /// Renders the handoff as `printSetup` says (again, after `w` or `o` in the preview).
    mutating func renderPrintSetup() -> [Effect] {
        say(PrintWords.rendering(width: printSetup.width, sort: printSetup.sort), .info)
        return [.renderHandoff(mrns: printSetup.mrns, title: printSetup.title, width: printSetup.width, sort: printSetup.sort)]
    }

    /// Keys of the handoff preview: scroll, save to a file, print, close.
    mutating func handlePreviewKey(_ key: Key) -> [Effect] {
        guard var preview else { return [] }
        let page = max(1, layout.bodyHeight - 2)
        let maxScroll = max(0, preview.lines.count - (layout.bodyHeight - 1))
        switch key {
        case .escape, .char("q"), .char("p"):
            self.preview = nil
            return []
        case .up, .char("k"), .wheelUp: preview.scroll -= key == .wheelUp ? 3 : 1
        case .down, .char("j"), .wheelDown: preview.scroll += key == .wheelDown ? 3 : 1
        case .pageUp: preview.scroll -= page
        case .pageDown, .char(" "): preview.scroll += page
        case .home, .char("g"): preview.scroll = 0
        case .end, .char("G"): preview.scroll = maxScroll
        case .char("s"):
            return [.writeFile(path: Self.handoffFileName(now: now, timeZone: timeZone), contents: preview.text)]
        case .char("P"):
            return [.print(text: preview.text, title: preview.title)]
        case .char("w"):
            printSetup.width = printSetup.nextWidth()
            return renderPrintSetup()
        case .char("o"):
            printSetup.sort = printSetup.sort == .bed ? .severity : .bed
            return renderPrintSetup()
        case .char("?"):
            showingHelp = true
        default: break
        }
        preview.scroll = min(max(0, preview.scroll), maxScroll)
        self.preview = preview
        return []
    }

    /// "handoff-2026-11-25-0830.txt" in the current folder.
    static func handoffFileName(now: Date, timeZone: TimeZone) -> String {
        let stamp = TimeFormat(timeZone: timeZone).dateTime(now).replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: "")
        return FileManager.default.currentDirectoryPath + "/handoff-\(stamp).txt"
    }
}
