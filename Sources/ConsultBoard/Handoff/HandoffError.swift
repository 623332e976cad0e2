import Foundation

/// Why a handoff could not be made, printed or saved. Each message says what to do next.
public enum HandoffError: Error, Equatable, Sendable, CustomStringConvertible {
    /// MRNs asked for that are not on the board.
    case unknownPatients([MRN])
    /// MRNs asked for of patients who left the ward: they are not handed over.
    case departedPatients([MRN])
    /// The text width asked for is outside what a page or terminal can use.
    case invalidWidth(Int, allowed: ClosedRange<Int>)
    /// The templates folder an environment variable names does not exist (a typo must not quietly give the defaults).
    case templateFolderNotFound(variable: String, path: String)
    /// A format has no template built into this program (a build without `templates/`).
    case noBuiltInTemplate(HandoffFormat)
    /// A templates folder was found but it has no template for this format.
    case templateMissing(path: String, format: HandoffFormat)
    case templateUnreadable(path: String, reason: String)
    /// The template is not valid Mustache; `line` and `column` are 1-based positions in the template file.
    case templateSyntax(template: String, line: Int, column: Int, excerpt: String, reason: String)
    /// The template would let stored text reach the document unescaped (HTML only).
    case unsafeTemplate(template: String, line: Int, construct: String)
    /// Neither `lp` nor `lpr` is on the PATH.
    case noPrinter
    /// The print command refused the job; nothing was printed.
    case printFailed(command: String, status: Int32, message: String)
    /// The format cannot go to a printer as it is.
    case notPrintable(HandoffFormat)
    case outputFailed(path: String, reason: String)
    /// The template would render more section parts for this handoff than the budget allows (`TemplateLimits`).
    case renderBudget(template: String, sections: String, parts: Int, budget: Int)

    public var description: String {
        switch self {
        case let .unknownPatients(mrns):
            mrns.count == 1
                ? "no patient with MRN '\(mrns[0])' on this board (see `consult-board patients`); nothing was printed"
                : "no patients with MRNs \(mrns.map { "'\($0)'" }.joined(separator: ", ")) on this board (see `consult-board patients`); nothing was printed"
        case let .departedPatients(mrns):
            "\(mrns.joined(separator: ", ")) left the ward (see `consult-board patients --discharged`) and is not handed over; print a discharge summary with `consult-board discharge-summary MRN`"
        case let .invalidWidth(width, allowed):
            "width \(width) is not usable; give --width from \(allowed.lowerBound) to \(allowed.upperBound) columns"
        case let .templateFolderNotFound(variable, path):
            "\(variable) names the templates folder \(path), which does not exist; correct it, or unset it to use the default templates"
        case let .noBuiltInTemplate(format):
            "this build of consult-board has no built-in \(format.templateFileName) (it was built without templates/); pass --template FILE or --templates DIR"
        case let .templateMissing(path, format):
            "the templates folder \(path) has no \(format.templateFileName); add it or pass --template FILE"
        case let .templateUnreadable(path, reason):
            "cannot read the handoff template \(path): \(reason)"
        case let .templateSyntax(template, line, column, excerpt, reason):
            "handoff template \(template), line \(line), column \(column): \(reason)"
                + (excerpt.trimmingCharacters(in: .whitespaces).isEmpty ? "" : " (line \(line) reads: \(excerpt.trimmingCharacters(in: .whitespaces)))")
        case let .unsafeTemplate(template, line, construct):
            "handoff template \(template), line \(line): '\(construct)' is not allowed in an HTML template, because it would let stored text reach the page unescaped; use {{name}}, which escapes"
        case .noPrinter:
            "no printer: neither lp nor lpr is installed (none on the PATH). Nothing was printed. Install CUPS (cups-client) and set up a printer, or save the handoff with --output FILE"
        case let .printFailed(command, status, message):
            "the printer refused the handoff (\(command) exited with status \(status)\(message.isEmpty ? "" : ": \(message)")). Nothing was printed. Check the default printer with `lpstat -p -d`, or save the handoff with --output FILE"
        case let .notPrintable(format):
            "the \(format.rawValue) handoff cannot be sent to the printer as it is; save it with --output FILE and print it from a browser, or print the text format"
        case let .outputFailed(path, reason):
            "cannot write the handoff to \(path): \(reason)"
        case let .renderBudget(template, sections, parts, budget):
            "handoff template \(template) would render up to \(parts == Int.max ? "more than \(Int.max)" : "\(parts)") parts for this handoff through the nested sections \(sections), over the limit of \(budget); nest fewer list sections. Nothing was printed"
        }
    }
}
