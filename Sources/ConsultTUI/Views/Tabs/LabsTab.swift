import ConsultBoard

/// The Labs tab: labs and vitals, newest first, each with its flag against the ward's reference ranges (H, L, HH,
/// LL written out, so NO_COLOR and monochrome terminals show them too); the detail shows the selected test's
/// series as a sparkline and a trend.
enum LabsTab {
    static func list(_ record: PatientRecord, time: TimeFormat, ranges: ReferenceRangeTable = .shipped) -> RecordList {
        let labs = TabContent.labsNewestFirst(record)
        let flags = labs.map { ranges.flag($0, of: record.patient) }
        return RecordList(
            headings: [(tr("list.taken"), 11, .plain), (tr("list.test"), 14, .plain), (tr("list.value"), 8, .plain), (tr("list.flag"), 5, .plain), (tr("list.unit"), 10, .plain), (tr("list.by"), nil, .plain)],
            ids: labs.map(\.id),
            row: { index in
                let l = labs[index]
                return [
                    (time.short(l.at), 11, .muted), (Sanitizer.line(LabTestWords.shown(l.test)), 14, .plain), (l.value.formatted(), 8, .bold),
                    (flags[index]?.mark ?? "", 5, style(flags[index])), (Sanitizer.line(l.unit), 10, .plain),
                    (Sanitizer.line(l.enteredBy), nil, .muted),
                ]
            },
            detail: { index, width in
                let l = labs[index]
                var doc = Document(width: width)
                doc.line([("\(l.id) ", .accent), (Sanitizer.line(LabTestWords.shown(l.test)), .heading)])
                let period = l.periodHours.map { tr("labs.over", ["hours": ClinicalNumber.plain($0)]) } ?? ""
                doc.field(tr("labs.value"), "\(l.value.formatted()) \(l.unit)\(period)", valueStyle: .bold)
                if let range = ranges.range(for: l, of: record.patient), let flag = flags[index] {
                    doc.field(tr("labs.flag"), flag == .normal ? tr("labs.normal") : "\(flag.mark) \(flag.shown)", valueStyle: style(flag))
                    doc.field(tr("labs.reference"), range.shownDescription)
                }
                doc.field(tr("labs.taken"), time.dateTime(l.at))
                doc.field(tr("labs.enteredBy"), l.enteredBy)
                let series = record.labs(named: l.test)
                if series.count > 1 {
                    doc.heading(tr("labs.trend", ["count": String(series.count)]))
                    doc.line([(Sparkline.of(series.filter { $0.unit == l.unit }.map(\.value), width: max(4, width - 2)), .accent)])
                    var previous: Double?
                    var lines: [[(String, Style)]] = []
                    for value in series {
                        var arrow = " "
                        if let previous { arrow = value.value > previous ? "↑" : value.value < previous ? "↓" : "=" }
                        previous = value.value
                        let mark = ranges.flag(value, of: record.patient)?.mark ?? ""
                        lines.append([
                            (time.short(value.at) + "  ", .muted), (arrow + " ", .accent),
                            ("\(value.value.formatted()) \(Sanitizer.line(value.unit))", value.id == l.id ? .bold : .plain),
                            (mark.isEmpty ? "" : " " + mark, style(ranges.flag(value, of: record.patient))),
                        ])
                    }
                    for line in lines.reversed().prefix(60) { doc.line(line) }
                }
                return doc
            },
            emptyMessage: tr("labs.empty"))
    }

    /// Critical values in the danger tone, other abnormal values as warnings; the mark itself carries the meaning.
    static func style(_ flag: LabFlag?) -> Style {
        guard let flag else { return .plain }
        return flag.isCritical ? .danger : flag.isAbnormal ? .warning : .plain
    }
}
