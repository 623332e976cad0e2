import ConsultBoard

/// The words of the ISNCSCI worksheet form, in one place so a message catalogue can take them over.
enum WorksheetWords {
    static let title = "ISNCSCI worksheet (2019)"
    static let keys = "↑↓←→ Tab move · Enter down · Del clear · Ctrl-S save · Esc close"
    static let header = (level: "Level", right: "R MOT  LT  PP", left: "L LT  PP  MOT")
    static let vac = "VAC"
    static let dap = "DAP"
    static let nonKey = "NonKey"
    static let resultHeading = "Classification (live)"

    /// "C5 right motor", "S4-5 left pin prick", "VAC (voluntary anal contraction)".
    static func cell(_ key: String) -> String {
        switch key {
        case "analContraction": return "VAC (voluntary anal contraction)"
        case "analSensation": return "DAP (deep anal pressure)"
        case "rightLowestNonKeyMuscleWithMotorFunction": return "right lowest non-key muscle with motor function"
        case "leftLowestNonKeyMuscleWithMotorFunction": return "left lowest non-key muscle with motor function"
        default: break
        }
        for kind in ["Motor", "Touch", "Prick"] where key.hasSuffix(kind) {
            let rest = key.dropLast(kind.count)
            let side = rest.hasSuffix("Right") ? "right" : "left"
            let level = rest.dropLast(side.count).uppercased().replacingOccurrences(of: "_", with: "-")
            return "\(level) \(side) \(kind == "Motor" ? "motor" : kind == "Touch" ? "light touch" : "pin prick")"
        }
        return key
    }

    /// What a cell takes, in a clinician's words.
    static func allowed(_ key: String) -> String {
        switch key {
        case "analContraction", "analSensation": return "Yes, No or NT (y, n)"
        case "rightLowestNonKeyMuscleWithMotorFunction", "leftLowestNonKeyMuscleWithMotorFunction":
            return "C5-T1 or L2-S1, or empty"
        default:
            return key.hasSuffix("Motor") ? "0-5 or NT; below 5 also with * or ** (3*, NT**)"
                : "0-2 or NT; below 2 also with * or ** (1*, NT**)"
        }
    }

    static func refusedCharacter(_ text: String, key: String) -> String {
        "\(cell(key)): '\(Sanitizer.line(text))' is not a value here; it takes \(allowed(key))"
    }
    static func incomplete(_ text: String, key: String) -> String {
        "\(cell(key)): '\(Sanitizer.line(text))' is not complete; it takes \(allowed(key))"
    }
    static let pasteRefused = "The worksheet takes typed grades only; a paste was not entered"
    static func missing(_ keys: [String]) -> String {
        "\(keys.count) of \(ISNCSCIExam.requiredKeys.count) cells empty" + (keys.first.map { " (next: \(cell($0)))" } ?? "")
    }
    static func cannotSave(_ keys: [String]) -> String { "Not saved: " + missing(keys) }
    static func saved(_ summary: String) -> String { "ISNCSCI exam saved: \(summary)" }
    static let discard = "Close the worksheet and lose the grades entered? (y/n)"
}
