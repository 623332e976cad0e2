import Foundation

// S: situation awareness and contingency. What could go wrong tonight: the active complications with the
// figures that follow them, and the ward's if/then plans.
extension HandoffBuilder {
    func complication(_ complication: Complication) -> HandoffComplication {
        let description = layout.clean(complication.summary)
        let detailText = complication.details.labelled
            .compactMap { pair in
                layout.cleanOrNil(pair.value).map { tr("handoff.complication.detail", ["label": FeverImmunosuppressionRule.detailLabel(pair.label).shown, "value": $0]) }
            }
            .joined(separator: tr("text.semicolon"))
        let details = detailText.isEmpty ? nil : detailText
        let onset = clock.short(complication.onset)
        let summary = tr("handoff.complication", [
            "kind": Self.sentence(complication.kind.shownLabel), "description": description,
            "details": details.map { tr("handoff.complication.details", ["details": $0]) } ?? "", "since": onset,
        ])
        return HandoffComplication(
            id: complication.id, kind: complication.kind.label, description: description, details: details,
            onset: onset, summary: summary, lines: layout.lines(summary))
    }

    /// The latest value and trend of each watched test that has values.
    func figures(_ labs: [LabValue], of patient: Patient, activeKinds: [ComplicationKind]) -> [HandoffFigure] {
        var tests = HandoffFigures.watchedTests(activeKinds: activeKinds)
        // A test whose latest value is critical is shown whatever the complications.
        for test in HandoffFigures.criticalNow(labs, of: patient, ranges: settings.referenceRanges) where !tests.contains(test) {
            tests.append(test)
        }
        let recent = HandoffFigures.recentValues(of: tests, in: labs)
        return tests.compactMap { test in
            guard let latest = recent[test]?.last else { return nil }
            // A trend only compares like with like: values in another unit are left out of it.
            let series = (recent[test] ?? []).filter { $0.unit == latest.unit }
            var trend = ""
            for (index, lab) in series.enumerated() {
                if index > 0 { trend += " \(HandoffFigures.arrow(from: series[index - 1].value, to: lab.value)) " }
                trend += ClinicalNumber.format(lab.value, maxDecimals: 2)
            }
            let direction = series.count > 1 ? HandoffFigures.arrow(from: series[series.count - 2].value, to: latest.value) : nil
            let label = Localisation.language == .english ? HandoffFigures.label(test) : LabTestWords.shown(test)
            let value = ClinicalNumber.format(latest.value, maxDecimals: 2)
            let unit = layout.clean(HandoffFigures.unit(latest.unit))
            let at = clock.short(latest.at)
            let flag = settings.referenceRanges.flag(latest, of: patient)
            // The flag is written out, so it shows in print and without colour: "6.5 mmol/L HH (critical high)".
            let flagText = flag.flatMap { $0.isAbnormal ? tr("handoff.figure.flag", ["mark": $0.mark, "label": $0.shown]) : nil } ?? ""
            var summary = tr("handoff.figure", ["label": label, "value": value, "unit": unit, "flag": flagText, "time": at])
            // The trend as a picture first (text and print have no charts), then the values.
            if series.count > 1 { summary += tr("handoff.figure.trend", ["sparkline": Sparkline.of(series.map(\.value)), "values": trend]) }  // = the chart model's sparkline
            // One chart model for the sparkline and the picture: the same values, the test's thresholds.
            let model = TrendChart(
                title: label, points: series.map { TrendChart.Point(at: $0.at, value: $0.value) },
                thresholds: TrendChart.thresholds(for: latest, of: patient, ranges: settings.referenceRanges))
            let picture = series.count > 1 && layout.format == .html
                ? SVGChart(model, description: "\(label) trend: \(series.map { ClinicalNumber.format($0.value, maxDecimals: 2) }.joined(separator: ", ")) \(unit)")
                : nil
            return HandoffFigure(
                test: label, value: value, unit: unit, at: at, trend: trend, direction: direction,
                flag: flag?.rawValue, flagMark: flag?.mark, sparkline: model.sparkline(), summary: summary,
                lines: layout.lines(summary), chart: picture)
        }
    }

    /// "potassium 6.4 mmol/L HH (L-12) sampled 25 Nov 05:55: no action recorded yet; received by rn.zhang from
    /// lab: Li, read back; dr.ma notified 25 Nov 06:15".
    func criticalValue(_ item: CriticalValueItem) -> HandoffLine {
        var summary = tr("handoff.critical", [
            "headline": layout.clean(item.shownHeadline), "time": clock.short(item.lab.at),
            "state": Localisation.language == .english ? item.state.label.uppercased() : item.state.shownWords,
        ])
        if let task = item.task {
            summary += tr("handoff.critical.received", ["by": layout.clean(task.receivedBy), "from": layout.clean(task.reportedBy)])
            if let doctor = task.doctorNotified, let at = task.notifiedAt {
                summary += tr("handoff.critical.notified", ["doctor": layout.clean(doctor), "time": clock.short(at)])
            }
        }
        return HandoffLine(summary: summary, lines: layout.lines(summary))
    }

    /// "If <condition>, then <action>" as one sentence: without doubling an "if" or "then" the author already
    /// wrote, and with the first word in lower case unless it is an abbreviation ("CTPA", "FVC").
    func contingency(_ contingency: Contingency) -> HandoffLine {
        let condition = Self.midSentence(Self.dropping(prefix: "if", from: layout.clean(contingency.condition)))
        let action = Self.midSentence(Self.dropping(prefix: "then", from: layout.clean(contingency.action)))
        let summary = tr("handoff.contingency", ["condition": condition, "action": action])
        return HandoffLine(summary: summary, lines: layout.lines(summary))
    }

    private static func dropping(prefix word: String, from text: String) -> String {
        guard text.lowercased().hasPrefix(word + " ") else { return text }
        return String(text.dropFirst(word.count + 1))
    }

    private static func midSentence(_ text: String) -> String {
        let letters = Array(text.prefix(2))
        guard letters.count == 2, letters[0].isUppercase, letters[1].isLowercase else { return text }
        return letters[0].lowercased() + text.dropFirst()
    }
}
