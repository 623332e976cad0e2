import Foundation

/// Builds the handoff's view model from the board: one scan of each of a patient's lists, no matter how long
/// the record, and every stored string sanitised on the way.
struct HandoffBuilder {
    let layout: HandoffLayout
    let clock: HandoffClock
    /// The ward's reference ranges and other settings.
    var settings: WardSettings = .shipped

    /// How much of a note the course shows: its first lines, as a reminder of the note, not a copy of it.
    static let gistLines = 3
    static let gistCharacters = 400

    func document(board: Board, records: [PatientRecord], generatedBy: String, journalHash: String? = nil) -> HandoffDocument {
        let ward = layout.cleanOrNil(board.ward) ?? tr("handoff.ward")
        let author = layout.cleanOrNil(generatedBy) ?? "unknown"
        let generatedAt = clock.stamp(clock.now)
        // The chain's latest hash on every page: a copy of it kept outside the board shows a rewritten journal.
        let hash = journalHash.map { " · " + tr("handoff.journalHash", ["hash": layout.clean($0)]) } ?? ""
        let pageHeader = tr("handoff.pageHeader", [
            "ward": ward, "time": generatedAt, "author": author, "revision": String(board.revision),
        ]) + hash
        return HandoffDocument(
            title: tr("handoff.title"), ward: ward, generatedAt: generatedAt, generatedBy: author,
            revision: board.revision, journalHash: journalHash.map(layout.clean), format: layout.format.rawValue, width: layout.width,
            contentWidth: layout.contentWidth, rule: String(repeating: "=", count: layout.width),
            thinRule: String(repeating: "-", count: layout.width), pageHeader: pageHeader,
            pageHeaderLines: layout.headingLines(pageHeader), patientCount: records.count,
            patients: ParallelMap.map(records) { record in patient(record) })  // each patient's facts are independent
    }

    func patient(_ record: PatientRecord) -> HandoffPatient {
        let p = record.patient
        let name = layout.clean(p.name)
        let bed = layout.clean(p.bed)
        let mrn = layout.clean(p.mrn)
        let weight = p.weightKg.map { "\(ClinicalNumber.format($0, maxDecimals: 2)) kg" }
        let allergies = layout.clean(record.allergySummaryText.shown)
        let diagnosis = layout.clean(p.diagnosis)
        let day = clock.hospitalDay(admitted: p.admittedAt)
        // Words in the language of the moment (the handoff template is chosen by it too); values stay as stored.
        let severityLabel = Localisation.language == .english ? p.severity.rawValue.uppercased() : p.severity.shown
        let heading = tr("handoff.heading", ["bed": bed, "name": name, "mrn": mrn, "severity": severityLabel])
        let shownAllergies = record.allergiesNotRecorded ? tr("handoff.notRecorded") : allergies
        let oneLiner = tr("handoff.oneLiner", [
            "age": String(p.age), "sex": p.sex == .female ? tr("handoff.female") : tr("handoff.male"), "bed": bed, "mrn": mrn,
            "diagnosis": diagnosis, "allergies": shownAllergies, "weight": weight ?? tr("handoff.notRecorded"),
            "day": String(day), "admitted": clock.short(p.admittedAt),
        ])
        let summary = layout.cleanOrNil(p.summary)
        let activeComplications = record.complications.filter { $0.status == .active }
        let clinical = ClinicalSummary.of(record, now: clock.now, timeZone: clock.timeZone, rules: settings.safetyRules)
        var handoff = HandoffPatient(
            mrn: mrn, name: name, bed: bed, age: p.age, sex: p.sex.label, weight: weight, allergies: allergies,
            diagnosis: diagnosis, admitted: clock.short(p.admittedAt), hospitalDay: day,
            severity: p.severity.rawValue, severityLabel: severityLabel, unstable: p.severity == .unstable,
            watcher: p.severity == .watcher, stable: p.severity == .stable,
            heading: heading, headingLines: layout.headingLines(heading),
            oneLiner: oneLiner, oneLinerLines: layout.lines(oneLiner),
            summary: summary, summaryLines: summary.map(layout.lines) ?? [],
            course: course(record.notes), problems: p.problems.compactMap(line),
            neuro: neuro(clinical.neuro),
            actions: actions(record.actions), orders: pendingOrders(record.orders, results: record.results),
            medications: liveOrders(record.orders, kind: .medication), nursingOrders: liveOrders(record.orders, kind: .nursing),
            pendingResults: pendingResults(record.results), consults: consults(record.consults),
            alerts: clinical.openAlerts.map(alert), acknowledgedAlerts: acknowledged(clinical.acknowledgedAlerts.count),
            acknowledged: clinical.acknowledgedAlerts.compactMap(acknowledgedAlert),
            complications: activeComplications.map(complication),
            figures: figures(record.labs, of: p, activeKinds: activeComplications.map(\.kind)),
            renal: renal(clinical.renal), fever: fever(clinical.fever),
            contingencies: record.contingencies.map(contingency),
            criticalValues: CriticalValueLoop.open(record, ranges: settings.referenceRanges).map(criticalValue))
        handover(record, into: &handoff)
        return handoff
    }

    /// A text-only item, or nil when the text is blank.
    func line(_ text: String) -> HandoffLine? {
        layout.cleanOrNil(text).map { HandoffLine(summary: $0, lines: layout.lines($0)) }
    }

    /// Capitalises the first letter only ("spine surgery" -> "Spine surgery").
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    // MARK: - P: patient summary

    /// The latest note of each service (notes entered in error left out), most recent first.
    /// How far back the notes part of the handoff reaches: a shift and its handover.
    static let courseHours: TimeInterval = 24

    func course(_ notes: [Note]) -> [HandoffNoteGist] {
        // Every valid note of the last 24 hours, per service (so a night's second note is not lost behind the
        // last one); a service with none in that time keeps its latest note.
        let since = clock.now.addingTimeInterval(-Self.courseHours * 3600)
        var byService: [Service: [Note]] = [:]
        for note in notes where note.enteredInError == nil { byService[note.service, default: []].append(note) }
        let groups = byService.values.map { notes in
            let newestFirst = notes.sorted { $0.at > $1.at }
            let recent = newestFirst.filter { $0.at >= since }
            return recent.isEmpty ? Array(newestFirst.prefix(1)) : recent
        }
        // Services with the most recent note first; within a service, newest first.
        return groups
            .sorted { a, b in
                let (x, y) = (a.first?.at ?? .distantPast, b.first?.at ?? .distantPast)
                return x != y ? x > y : (a.first?.service.rawValue ?? "") < (b.first?.service.rawValue ?? "")
            }
            .flatMap { $0 }
            .map { note in
                let author = layout.clean(note.author)
                let at = clock.short(note.at)
                var summary = "\(Self.sentence(note.shownKind)) · \(at) · \(author)"
                if !note.addenda.isEmpty {
                    summary += tr("handoff.note.addenda", count: note.addenda.count, ["count": String(note.addenda.count)])
                }
                if note.awaitsCosignature { summary += tr("handoff.note.awaitingCosignature") }
                if let by = note.cosignature?.by { summary += tr("handoff.note.cosigned", ["by": layout.clean(by)]) }
                return HandoffNoteGist(
                    id: note.id, service: note.service.label, type: note.type.label, author: author, at: at,
                    summary: summary, lines: layout.lines(summary),
                    gist: layout.gistLines(note.text, maxLines: Self.gistLines, maxCharacters: Self.gistCharacters),
                    addenda: note.addenda.count)
            }
    }

    /// The latest ISNCSCI examination, classified, and compared with the one before it.
    func neuro(_ course: NeuroCourse) -> HandoffNeuro? {
        guard let latest = course.latest else { return nil }
        let exam = latest.exam
        let by = layout.clean(exam.examinedBy)
        let at = clock.short(exam.at)
        var level: String?
        var ais: String?
        let classification: String
        switch latest.classification {
        case let .success(result):
            level = layout.clean(result.neurologicalLevel)
            ais = layout.clean(result.ais)
            classification = layout.clean(result.shownSummary)
        case let .failure(error):
            classification = tr("handoff.neuro.cannotClassify", ["reason": layout.clean(error.shown)])
        }
        let deterioration = course.latestDeterioration.map { change in
            var parts: [String] = []
            if change.changes.contains(.aisWorsened) { parts.append(tr("neuro.aisFell", ["from": change.fromAIS, "to": change.toAIS])) }
            if change.changes.contains(.motorScoreFell), let from = change.fromMotorTotal, let to = change.toMotorTotal {
                parts.append(tr("handoff.neuro.motorFell", ["from": String(from), "to": String(to)]))
            }
            return layout.clean(tr("handoff.neuro.since", ["changes": parts.joined(separator: tr("text.comma")), "time": clock.short(change.fromAt)]))
        }
        var summary = tr("handoff.neuro.exam", ["time": at, "by": by, "classification": classification])
        if let deterioration { summary += tr("handoff.neuro.worse", ["change": deterioration]) }
        return HandoffNeuro(
            id: exam.id, examinedAt: at, examinedBy: by, level: level, ais: ais, classification: classification,
            deterioration: deterioration, summary: summary, lines: layout.lines(summary))
    }
}
