import ConsultBoard

/// What the handoff preview shows and `P` prints: which patients, in which order, at which printer width.
///
/// The preview is rendered at the printer's width (not the screen's), so what is read on screen is what the
/// paper gets; `w` and `o` in the preview change the width and the order and render it again.
struct PrintSetup: Sendable, Equatable {
    /// The patients to print; empty means the whole ward.
    var mrns: [MRN] = []
    var sort: HandoffSort = .bed
    /// The printer's width in columns (80 by default; `CONSULT_BOARD_PRINT_WIDTH` or `w` in the preview).
    var width = PrintSetup.defaultWidth
    var title = ""

    static let defaultWidth = 80
    /// The widths `w` steps through: a letter-size page and a wide-carriage or landscape one.
    static let commonWidths = [80, 132]
    static let environmentVariable = "CONSULT_BOARD_PRINT_WIDTH"

    /// The next width `w` offers (a width set from the environment is kept in the cycle).
    func nextWidth() -> Int {
        let widths = Array(Set(Self.commonWidths + [width])).sorted()
        let index = widths.firstIndex(of: width) ?? 0
        return widths[(index + 1) % widths.count]
    }

    /// The printer width the environment asks for, or a line saying why it cannot be used (the default is then
    /// kept). No value means the default, without a word.
    static func width(fromEnvironment environment: [String: String]) -> (width: Int, problem: String?) {
        guard let raw = environment[environmentVariable]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return (defaultWidth, nil)
        }
        guard raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber), let value = Int(raw), Handoff.widths.contains(value) else {
            let shown = Sanitizer.line(String(raw.prefix(20)))
            return (defaultWidth, PrintWords.badEnvironmentWidth(shown))
        }
        return (value, nil)
    }
}
