import Foundation

/// Why a handoff could not be made, in the language of the moment (`error.handoff.*`). `description` stays
/// English for logs and other programs; the English column of each key is that description word for word. Paths,
/// commands, options and template excerpts are shown as they are.
extension HandoffError {
    public var shown: String {
        switch self {
        case let .unknownPatients(mrns):
            mrns.count == 1
                ? tr("error.handoff.unknownPatient", ["mrn": mrns[0]])
                : tr("error.handoff.unknownPatients", ["mrns": mrns.map { "'\($0)'" }.joined(separator: ", ")])
        case let .departedPatients(mrns):
            tr("error.handoff.departedPatients", ["mrns": mrns.joined(separator: ", ")])
        case let .invalidWidth(width, allowed):
            tr("error.handoff.invalidWidth", ["width": String(width), "low": String(allowed.lowerBound), "high": String(allowed.upperBound)])
        case let .templateFolderNotFound(variable, path):
            tr("error.handoff.templateFolderNotFound", ["variable": variable, "path": path])
        case let .noBuiltInTemplate(format):
            tr("error.handoff.noBuiltInTemplate", ["file": format.templateFileName])
        case let .templateMissing(path, format):
            tr("error.handoff.templateMissing", ["path": path, "file": format.templateFileName])
        case let .templateUnreadable(path, reason):
            tr("error.handoff.templateUnreadable", ["path": path, "reason": reason])
        case let .templateSyntax(template, line, column, excerpt, reason):
            tr("error.handoff.templateSyntax", ["template": template, "line": String(line), "column": String(column), "reason": reason])
                + (excerpt.trimmingCharacters(in: .whitespaces).isEmpty ? ""
                    : tr("error.handoff.templateSyntaxExcerpt", ["line": String(line), "excerpt": excerpt.trimmingCharacters(in: .whitespaces)]))
        case let .unsafeTemplate(template, line, construct):
            tr("error.handoff.unsafeTemplate", ["template": template, "line": String(line), "construct": construct, "escaping": "{{name}}"])
        case .noPrinter:
            tr("error.handoff.noPrinter")
        case let .printFailed(command, status, message):
            tr("error.handoff.printFailed", [
                "command": command, "status": String(status),
                "message": message.isEmpty ? "" : tr("error.handoff.printFailedMessage", ["message": message]),
            ])
        case let .notPrintable(format):
            tr("error.handoff.notPrintable", ["format": format.rawValue])
        case let .outputFailed(path, reason):
            tr("error.handoff.outputFailed", ["path": path, "reason": reason])
        case let .renderBudget(template, sections, parts, budget):
            tr("error.handoff.renderBudget", [
                "template": template, "sections": sections, "budget": String(budget),
                "parts": parts == Int.max ? tr("error.handoff.moreThan", ["count": String(Int.max)]) : String(parts),
            ])
        }
    }
}
