import Foundation

/// The one-line forms of a summary's kidney and temperature facts, shared by the TUI's Overview and
/// `consult-board show`, so a figure reads the same wherever the ward sees it. `time` writes a date the way the
/// caller shows times (the TUI's short form, the CLI's full one).
extension ClinicalSummary {
    /// "Creatinine 250 umol/L (2026-11-24 06:00) · eGFR 18 mL/min/1.73 m², CrCl 19 mL/min" (without the time
    /// when `time` is nil, where space is short); nil with no creatinine.
    public func kidneyLine(time: ((Date) -> String)?) -> String? {
        guard let latest = renal.latest else { return nil }
        let when = time.map { " (\($0(latest.sample.at)))" } ?? ""
        let estimates = latest.estimates.isEmpty ? "" : " · " + latest.estimates
        return "Creatinine \(latest.sample.creatinine.formatted)" + when + estimates
    }

    /// "Latest 38.1 °C (2026-11-24 18:00) · febrile now · fever on 3 of the last 7 days · recurrent fever"; nil
    /// with no temperature.
    public func temperatureLine(time: (Date) -> String) -> String? {
        guard let latest = fever.latest else { return nil }
        var line = "Latest \(latest.formatted) (\(time(latest.at)))"
        // The flags are the catalogue's words (the same in English), so a Chinese screen says them in Chinese.
        if fever.isFebrileNow { line += tr("clinical.febrileNow") }
        if !fever.recentFeverDays.isEmpty {
            line += " · fever on \(fever.recentFeverDays.count) of the last \(FeverSummary.recurrenceWindowDays) days"
        }
        if fever.recurrentFever { line += tr("clinical.recurrentFever") }
        return line
    }
}
