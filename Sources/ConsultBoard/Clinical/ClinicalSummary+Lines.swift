import Foundation

/// The one-line forms of a summary's kidney and temperature facts, in the language of the moment, shared by the TUI's Overview and
/// `consult-board show`, so a figure reads the same wherever the ward sees it. `time` writes a date the way the
/// caller shows times (the TUI's short form, the CLI's full one).
extension ClinicalSummary {
    /// "Creatinine 250 umol/L (2026-11-24 06:00) · eGFR 18 mL/min/1.73 m², CrCl 19 mL/min" (without the time
    /// when `time` is nil, where space is short); nil with no creatinine.
    public func kidneyLine(time: ((Date) -> String)?) -> String? {
        guard let latest = renal.latest else { return nil }
        let when = time.map { tr("clinical.sampleTime", ["time": $0(latest.sample.at)]) } ?? ""
        let estimates = latest.estimates.isEmpty ? "" : " · " + latest.estimatesText.shown
        return tr("clinical.creatinineLatest", ["value": latest.sample.creatinine.formatted]) + when + estimates
    }

    /// "Latest 38.1 °C (2026-11-24 18:00) · febrile now · fever on 3 of the last 7 days · recurrent fever"; nil
    /// with no temperature.
    public func temperatureLine(time: (Date) -> String) -> String? {
        guard let latest = fever.latest else { return nil }
        var line = tr("clinical.latestTemperature", ["value": latest.formatted, "time": time(latest.at)])
        // The words are the catalogue's (the same in English), so a Chinese screen says them in Chinese.
        if fever.isFebrileNow { line += tr("clinical.febrileNow") }
        if !fever.recentFeverDays.isEmpty {
            line += tr("clinical.feverDays", [
                "count": String(fever.recentFeverDays.count), "days": String(FeverSummary.recurrenceWindowDays),
            ])
        }
        if fever.recurrentFever { line += tr("clinical.recurrentFever") }
        return line
    }
}
