import ConsultBoard

/// The words of the ISNCSCI worksheet form, from the message catalogue (Chinese terms as the Chinese translation
/// of the 2019 ISNCSCI worksheet writes them).
enum WorksheetWords {
    static var title: String { tr("worksheet.title") }
    static var keys: String { tr("worksheet.keys") }
    /// The column header: its words sit over the grade columns (ExamWorksheetView.cellX), so each translation
    /// keeps the same display widths.
    static var header: (level: String, right: String, left: String) {
        (tr("worksheet.header.level"), tr("worksheet.header.right"), tr("worksheet.header.left"))
    }
    static var vac: String { tr("worksheet.row.vac") }
    static var dap: String { tr("worksheet.row.dap") }
    static var nonKey: String { tr("worksheet.row.nonKey") }
    static var resultHeading: String { tr("worksheet.result") }

    /// The live classification's field labels.
    enum Field: String {
        case sensoryLevel, motorLevel, neurologicalLevel, complete, ais, sensoryZPP, motorZPP, motorScores, sensoryScores
        var label: String {
            switch self {
            case .sensoryLevel: tr("worksheet.field.sensoryLevel")
            case .motorLevel: tr("worksheet.field.motorLevel")
            case .neurologicalLevel: tr("worksheet.field.neurologicalLevel")
            case .complete: tr("worksheet.field.complete")
            case .ais: tr("worksheet.field.ais")
            case .sensoryZPP: tr("worksheet.field.sensoryZPP")
            case .motorZPP: tr("worksheet.field.motorZPP")
            case .motorScores: tr("worksheet.field.motorScores")
            case .sensoryScores: tr("worksheet.field.sensoryScores")
            }
        }
    }

    /// "R C5  L C6": a right and a left value side by side.
    static func sides(_ right: String, _ left: String) -> String { tr("worksheet.sides", ["right": right, "left": left]) }

    /// "C5 right motor", "S4-5 left pin prick", "VAC (voluntary anal contraction)".
    static func cell(_ key: String) -> String {
        switch key {
        case "analContraction": return tr("worksheet.cell.vac")
        case "analSensation": return tr("worksheet.cell.dap")
        case "rightLowestNonKeyMuscleWithMotorFunction": return tr("worksheet.cell.nonKey.right")
        case "leftLowestNonKeyMuscleWithMotorFunction": return tr("worksheet.cell.nonKey.left")
        default: break
        }
        for kind in ["Motor", "Touch", "Prick"] where key.hasSuffix(kind) {
            let rest = key.dropLast(kind.count)
            let right = rest.hasSuffix("Right")
            let level = ["level": rest.dropLast(right ? 5 : 4).uppercased().replacingOccurrences(of: "_", with: "-")]
            switch (kind, right) {
            case ("Motor", true): return tr("worksheet.cell.right.motor", level)
            case ("Motor", false): return tr("worksheet.cell.left.motor", level)
            case ("Touch", true): return tr("worksheet.cell.right.touch", level)
            case ("Touch", false): return tr("worksheet.cell.left.touch", level)
            case (_, true): return tr("worksheet.cell.right.prick", level)
            case (_, false): return tr("worksheet.cell.left.prick", level)
            }
        }
        return key
    }

    /// What a cell takes, in a clinician's words.
    static func allowed(_ key: String) -> String {
        switch key {
        case "analContraction", "analSensation": return tr("worksheet.allowed.anal")
        case "rightLowestNonKeyMuscleWithMotorFunction", "leftLowestNonKeyMuscleWithMotorFunction":
            return tr("worksheet.allowed.nonKey")
        default:
            return key.hasSuffix("Motor") ? tr("worksheet.allowed.motor") : tr("worksheet.allowed.sensory")
        }
    }

    static func refusedCharacter(_ text: String, key: String) -> String {
        tr("worksheet.refusedCharacter", ["cell": cell(key), "text": Sanitizer.line(text), "allowed": allowed(key)])
    }
    static func incomplete(_ text: String, key: String) -> String {
        tr("worksheet.incomplete", ["cell": cell(key), "text": Sanitizer.line(text), "allowed": allowed(key)])
    }
    static var pasteRefused: String { tr("worksheet.pasteRefused") }
    static func missing(_ keys: [String]) -> String {
        let counted = tr("worksheet.missing", ["empty": String(keys.count), "all": String(ISNCSCIExam.requiredKeys.count)])
        return counted + (keys.first.map { tr("worksheet.missing.next", ["cell": cell($0)]) } ?? "")
    }
    static func cannotSave(_ keys: [String]) -> String { tr("worksheet.cannotSave", ["missing": missing(keys)]) }
    static func saved(_ summary: String) -> String { tr("worksheet.saved", ["summary": summary]) }
    static var discard: String { tr("worksheet.discard") }
}
