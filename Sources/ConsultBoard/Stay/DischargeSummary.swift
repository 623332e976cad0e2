import Foundation

/// What a discharge summary template is rendered with (`templates/discharge-summary.*.mustache`): how and when
/// the patient left, the discharge summary written then, what was carried over, and the patient's record as
/// the handoff shows it (`patient`, every handoff variable: course, problems, neuro, complications, figures).
/// Every string is sanitised stored text; docs/interfaces.md lists the variables.
public struct DischargeSummaryDocument: Sendable, Equatable {
    public var title: String
    public var ward: String
    public var generatedAt: String
    public var generatedBy: String
    public var revision: Int
    public var format: String
    public var width: Int
    public var rule: String
    public var thinRule: String
    public var pageHeaderLines: [String]
    /// "discharged" or "transferred out".
    public var how: String
    /// Home, rehab, other ward, deceased, other; or the board transferred to.
    public var destination: String
    public var left: String
    public var leftBy: String
    public var admitted: String
    /// Calendar days from admission to discharge, counting both (day 1 is the day of admission).
    public var lengthOfStay: Int
    public var summaryLines: [String]
    /// Consults, orders and actions open at discharge and carried over, by id.
    public var carriedOver: [HandoffLine]
    /// Discharges, transfers and readmissions, oldest first.
    public var movements: [HandoffLine]
    public var patient: HandoffPatient
}

/// Builds discharge summaries and renders them from the templates.
public enum DischargeSummary {
    /// The template file of a format in the language of the moment (`discharge-summary.txt.mustache`,
    /// `discharge-summary.zh-Hans.txt.mustache`, ...).
    public static func templateFileName(_ format: HandoffFormat) -> String { templateFileName(format, language: Localisation.language) }

    /// The template file of a format in `language`.
    static func templateFileName(_ format: HandoffFormat, language: Language) -> String {
        language == .english ? "discharge-summary.\(format.fileExtension).mustache" : "discharge-summary.\(language.code).\(format.fileExtension).mustache"
    }

    /// The summary of a patient who left the ward; `nil` for a patient on the ward.
    public static func document(
        _ record: PatientRecord, board: Board, format: HandoffFormat, width: Int = 80, generatedBy: String,
        now: Date = Date(), timeZone: TimeZone = .current, settings: WardSettings = .shipped
    ) -> DischargeSummaryDocument? {
        guard let departure = record.patient.departure else { return nil }
        let layout = HandoffLayout(format: format, width: width)
        // The record as it stood when the patient left: hospital days and figures are of the stay, not today.
        let clock = HandoffClock(now: departure.at, timeZone: timeZone)
        let stamp = HandoffClock(now: now, timeZone: timeZone)
        let builder = HandoffBuilder(layout: layout, clock: clock, settings: settings)
        let ward = layout.cleanOrNil(board.ward) ?? "Ward"
        let author = layout.cleanOrNil(generatedBy) ?? "unknown"
        let generatedAt = stamp.stamp(now)
        // Words in the language of the moment (the template is chosen by it too); stored values stay as written.
        let header = ShownText.tr("dischargeSummary.header", [
            "ward": "\(ward)", "at": "\(generatedAt)", "by": "\(author)", "revision": "\(board.revision)",
        ]).shown
        let destination = departure.destination.map { $0.labelText.shown }
            ?? departure.otherBoard.map { ShownText.tr("dischargeSummary.otherBoard", ["board": "\($0)"]).shown }
            ?? ShownText.tr("dischargeSummary.notRecorded").shown
        let summary = departure.summary.map { Sanitizer.multiline($0) } ?? ""
        let summaryLines = summary.split(whereSeparator: \.isNewline).flatMap { layout.lines(layout.clean(String($0))) }
        return DischargeSummaryDocument(
            title: ShownText.tr("dischargeSummary.title").shown, ward: ward, generatedAt: generatedAt, generatedBy: author, revision: board.revision,
            format: format.rawValue, width: width, rule: String(repeating: "=", count: width),
            thinRule: String(repeating: "-", count: width), pageHeaderLines: layout.headingLines(header),
            how: (departure.kind == .discharged ? ShownText.tr("dischargeSummary.how.discharged") : .tr("dischargeSummary.how.transferredOut")).shown,
            destination: layout.clean(destination),
            left: clock.stamp(departure.at), leftBy: layout.clean(departure.by),
            admitted: clock.stamp(record.patient.admittedAt), lengthOfStay: clock.hospitalDay(admitted: record.patient.admittedAt),
            summaryLines: summaryLines,
            carriedOver: (departure.carriedOver ?? []).compactMap { item in
                // The English as the departure recorded it; another language's words from the record as it stood
                // when the patient left (the record keeps each item and its status history).
                let words = Localisation.language == .english ? nil : OpenItems.words(of: item, in: record, leftAt: departure.at)?.shown
                return builder.line("\(item.id) \(words ?? item.text)")
            },
            movements: (record.patient.movements ?? []).compactMap { builder.line(describe($0, clock: clock)) },
            patient: builder.patient(record))
    }

    static func describe(_ m: PatientMovement, clock: HandoffClock) -> String {
        var parts: [ShownText] = [.tr("dischargeSummary.movement", [
            "time": "\(clock.stamp(m.at))", "kind": kindText(m.kind), "by": "\(m.by)",
        ])]
        if let from = m.fromBed, let to = m.toBed { parts.append(.tr("dischargeSummary.movement.bed", ["from": "\(from)", "to": "\(to)"])) }
        if let destination = m.destination { parts.append(.tr("dischargeSummary.movement.destination", ["destination": destination.labelText])) }
        if let other = m.otherBoard {
            parts.append(m.kind == .transferredIn
                ? .tr("dischargeSummary.movement.fromBoard", ["board": "\(other)"]) : .tr("dischargeSummary.movement.toBoard", ["board": "\(other)"]))
        }
        if let source = m.source { parts.append(" (\(source))") }
        return parts.joined("").shown
    }

    /// A move's kind in the reader's words (its raw value in English, as the summary has always printed it).
    static func kindText(_ kind: PatientMovement.Kind) -> ShownText {
        switch kind {
        case .admitted: .tr("dischargeSummary.kind.admitted")
        case .discharged: .tr("dischargeSummary.kind.discharged")
        case .bedTransfer: .tr("dischargeSummary.kind.bed-transfer")
        case .transferredOut: .tr("dischargeSummary.kind.transferred-out")
        case .transferredIn: .tr("dischargeSummary.kind.transferred-in")
        case .readmitted: .tr("dischargeSummary.kind.readmitted")
        }
    }

    /// Renders `document` with the ward's template for its format: the file in `templates`, when given, else the
    /// built-in one (from templates/ at build time).
    public static func render(_ document: DischargeSummaryDocument, format: HandoffFormat, templates: String? = nil) throws(HandoffError) -> String {
        let name = templateFileName(format)
        let template: HandoffTemplate
        if let templates {
            let path = URL(fileURLWithPath: templates).appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { throw .templateUnreadable(path: path, reason: "no such file") }
            template = try HandoffTemplate(contentsOf: path, format: format)
        } else {
            guard let text = EmbeddedTemplates.files[name] else { throw .noBuiltInTemplate(format) }
            template = try HandoffTemplate(source: text, format: format, name: "built-in \(name)")
        }
        return try template.render(values: document)
    }
}
