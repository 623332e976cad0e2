import Foundation

/// Where one critical value stands in its loop (see `CriticalValueTask`).
public enum CriticalValueState: String, Codable, Sendable, CaseIterable {
    /// Critical by the ward's limits, and no call recorded yet.
    case awaitingReceipt = "awaiting-receipt"
    /// Received and read back; no doctor recorded as told.
    case awaitingDoctor = "awaiting-doctor"
    /// The doctor knows; no action recorded.
    case awaitingAction = "awaiting-action"
    case closed

    public var label: String {
        switch self {
        case .awaitingReceipt: "not yet received"
        case .awaitingDoctor: "doctor not yet notified"
        case .awaitingAction: "no action recorded yet"
        case .closed: "closed"
        }
    }

    /// Where the loop stands, in the language of the moment (the Overview, the form and the handoff say it alike).
    public var shownWords: String {
        switch self {
        case .awaitingReceipt: tr("critical.state.awaitingReceipt")
        case .awaitingDoctor: tr("critical.state.awaitingDoctor")
        case .awaitingAction: tr("critical.state.awaitingAction")
        case .closed: tr("critical.state.closed")
        }
    }
}

/// A critical value and its loop, for the register, the board header, the Overview and the handoff.
public struct CriticalValueItem: Sendable, Equatable {
    public var mrn: MRN
    public var lab: LabValue
    /// The flag under the ward's limits now (`nil` if the test has no range any more; a task recorded for it
    /// still shows).
    public var flag: LabFlag?
    public var task: CriticalValueTask?

    public var state: CriticalValueState {
        guard let task else { return .awaitingReceipt }
        if task.isClosed { return .closed }
        return task.notifiedAt == nil ? .awaitingDoctor : .awaitingAction
    }

    public var isOpen: Bool { state != .closed }

    /// "potassium 6.5 mmol/L HH (L-12)".
    public var headline: String {
        let mark = flag.map { $0.mark.isEmpty ? "" : " \($0.mark)" } ?? ""
        return "\(Sanitizer.line(lab.test)) \(ClinicalNumber.plain(lab.value)) \(Sanitizer.line(lab.unit))\(mark) (\(lab.id))"
    }

    /// `headline` with the test's name in the language of the moment ("血钾 6.5 mmol/L HH（L-12）" in Chinese).
    public var shownHeadline: String {
        guard Localisation.language != .english else { return headline }
        let mark = flag.map { $0.mark.isEmpty ? "" : " \($0.mark)" } ?? ""
        return tr("critical.headline", [
            "test": Sanitizer.line(LabTestWords.shown(lab.test)), "value": ClinicalNumber.plain(lab.value), "unit": Sanitizer.line(lab.unit),
            "mark": mark, "id": lab.id,
        ])
    }
}

/// The critical values of a record: every value at or beyond a critical limit, and every value a call was
/// recorded for (a laboratory may phone a value the ward's table does not call critical), newest first.
///
/// Derived, never stored: the loop's steps are stored (`CriticalValueTask`); whether a value is critical is read
/// from the ward's limits when shown.
public enum CriticalValueLoop {
    public static func items(_ record: PatientRecord, ranges: ReferenceRangeTable) -> [CriticalValueItem] {
        let tasks = tasksByLab(record)
        var items: [CriticalValueItem] = []
        for lab in record.labs {
            let flag = ranges.flag(lab, of: record.patient)
            let task = tasks[lab.id]
            guard task != nil || flag?.isCritical == true else { continue }
            items.append(CriticalValueItem(mrn: record.mrn, lab: lab, flag: flag, task: task))
        }
        return items.sorted { $0.lab.at > $1.lab.at }
    }

    /// The items not yet closed, newest first.
    public static func open(_ record: PatientRecord, ranges: ReferenceRangeTable) -> [CriticalValueItem] {
        items(record, ranges: ranges).filter(\.isOpen)
    }

    /// How many items are not yet closed: `open(_:ranges:).count` without building and sorting the items (the
    /// board's header counts every patient's, and a long stay has thousands of labs). A value with a task is
    /// open until the task closes, whatever its flag now; one without is open when it is critical.
    public static func openCount(_ record: PatientRecord, ranges: ReferenceRangeTable) -> Int {
        let tasks = tasksByLab(record)
        var count = 0
        for lab in record.labs {
            if let task = tasks[lab.id] {
                if !task.isClosed { count += 1 }
            } else if ranges.flag(lab, of: record.patient)?.isCritical == true {
                count += 1
            }
        }
        return count
    }

    /// `openCount` of each record, in the order given, on every core (the header counts a whole ward's labs
    /// when a board opens).
    public static func openCounts(_ records: [PatientRecord], ranges: ReferenceRangeTable) -> [Int] {
        ParallelMap.map(records) { openCount($0, ranges: ranges) }
    }

    /// The record's critical-value tasks by the lab each is for (the first, should a lab have two).
    private static func tasksByLab(_ record: PatientRecord) -> [RecordID: CriticalValueTask] {
        Dictionary(record.criticalTasks.map { ($0.labID, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
