import Foundation

/// The I-PASS handoff: from the board to a document, in one call.
///
/// ```swift
/// let template = try HandoffTemplate.standard(.text)
/// let text = try Handoff.render(board: board, template: template, width: 80, generatedBy: "dr.li", now: Date())
/// ```
///
/// The view model is built in one pass over each patient's record and rendered once; the time and the author
/// are inputs, so the same board gives the same handoff.
public enum Handoff {
    /// The widths (in display columns) the text format can be laid out in.
    public static let widths = 40...400

    /// Renders the handoff of `mrns` (the whole ward when empty) with `template`.
    ///
    /// - Parameters:
    ///   - width: the page width in display columns; the text format is wrapped to it.
    ///   - sort: by bed (default) or unstable first.
    ///   - generatedBy: who prints it (shown on every page).
    ///   - now: the time shown on every page, and the one "overdue" and the hospital day are counted from.
    ///   - timeZone: the ward's time zone, in which every time is written.
    ///   - settings: the ward's reference ranges (values are flagged H/L/HH/LL against them).
    ///   - journalHash: the journal's latest hash (`BoardStore.loadMarked`), printed on every page.
    public static func render(
        board: Board, mrns: [MRN] = [], template: HandoffTemplate, width: Int = 80, sort: HandoffSort = .bed,
        generatedBy: String, now: Date, timeZone: TimeZone = .current, settings: WardSettings = .shipped,
        journalHash: String? = nil
    ) throws(HandoffError) -> String {
        let document = try document(
            board: board, mrns: mrns, format: template.format, width: width, sort: sort, generatedBy: generatedBy,
            now: now, timeZone: timeZone, settings: settings, journalHash: journalHash)
        return try template.render(document)
    }

    /// The view model a template is rendered with (for a preview that lays it out itself, or for tests).
    public static func document(
        board: Board, mrns: [MRN] = [], format: HandoffFormat, width: Int = 80, sort: HandoffSort = .bed,
        generatedBy: String, now: Date, timeZone: TimeZone = .current, settings: WardSettings = .shipped,
        journalHash: String? = nil
    ) throws(HandoffError) -> HandoffDocument {
        guard widths.contains(width) else { throw .invalidWidth(width, allowed: widths) }
        let records = try patients(of: board, mrns: mrns, sort: sort)
        let builder = HandoffBuilder(
            layout: HandoffLayout(format: format, width: width), clock: HandoffClock(now: now, timeZone: timeZone),
            settings: settings)
        return builder.document(board: board, records: records, generatedBy: generatedBy, journalHash: journalHash)
    }

    /// The records to hand over, in handoff order. An MRN matches exactly, or else in any letter case.
    public static func patients(of board: Board, mrns: [MRN], sort: HandoffSort) throws(HandoffError) -> [PatientRecord] {
        let ordered = sort == .bed ? board.patientsByBed : board.patientsBySeverity
        guard !mrns.isEmpty else { return ordered }
        var wanted = Set<MRN>()
        var unknown: [MRN] = []
        for mrn in mrns {
            if board.patients[mrn] != nil {
                wanted.insert(mrn)
            } else if let match = board.patients.keys.first(where: { $0.caseInsensitiveCompare(mrn) == .orderedSame }) {
                wanted.insert(match)
            } else if !unknown.contains(mrn) {
                unknown.append(mrn)
            }
        }
        guard unknown.isEmpty else { throw .unknownPatients(unknown) }
        let departed = wanted.filter { board.patients[$0]?.patient.isOnWard == false }.sorted()
        guard departed.isEmpty else { throw .departedPatients(departed) }
        return ordered.filter { wanted.contains($0.mrn) }
    }
}
