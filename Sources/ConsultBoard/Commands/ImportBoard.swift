import Foundation

/// Fills a new, empty board with whole patient records, as `consult-board import` does with an export document.
///
/// Recorded as one journal entry whose sequence number is the exported board's revision, so every imported
/// record keeps its id (`N-12` stays `N-12`) and every record created after the import gets a larger number:
/// ids can never collide. The ward roster comes with it (absent from the line when the board had none), so a
/// roster board stays one: the same people, roles, keys and policy, enforced from the next change on.
public struct ImportBoard: Codable, Sendable, Equatable {
    public var ward: String
    public var createdAt: Date
    /// In admission order.
    public var patients: [PatientRecord]
    public var roster: Roster?

    public init(ward: String, createdAt: Date, patients: [PatientRecord], roster: Roster? = nil) {
        self.ward = ward
        self.createdAt = createdAt
        self.patients = patients
        self.roster = roster
    }

    /// The first thing that makes these records unfit for a board at `revision`, as a JSON path (relative to
    /// the export document, `$.patients[2].notes[5].id`) and a reason; `nil` when they are fit.
    ///
    /// Checks what the board's commands would have checked when the records were made: the patient's details,
    /// unique MRNs, and ids that are well formed, unique, of the right kind for their list, and numbered no
    /// later than `revision` (so no new record can ever be given an imported record's id).
    public func firstProblem(revision: Int) -> (path: String, reason: String)? {
        if ward.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return ("$.ward", "the ward name is empty") }
        if let roster, let problem = Self.rosterProblem(roster) { return problem }
        var mrns: [MRN: Int] = [:]
        var ids: [RecordID: String] = [:]
        for (index, record) in patients.enumerated() {
            let base = "$.patients[\(index)]"
            if let problem = Self.patientProblem(record.patient) { return ("\(base).patient.\(problem.field)", problem.reason) }
            if let other = mrns[record.mrn] {
                return ("\(base).patient.mrn", "MRN '\(record.mrn)' is also the MRN of $.patients[\(other)]")
            }
            mrns[record.mrn] = index
            guard (0...revision).contains(record.revision) else {
                return ("\(base).revision", "revision \(record.revision) is not between 0 and the board's revision \(revision)")
            }
            for (path, kind, id) in Self.identifiedRecords(record) {
                let full = "\(base).\(path).id"
                guard let number = Self.number(of: id, kind: kind) else {
                    return (full, "'\(id)' is not a \(kind.noun) id (\(kind.rawValue)-<number>)")
                }
                guard number <= revision else {
                    return (full, "id '\(id)' is numbered after the board's revision \(revision)")
                }
                if let other = ids[id] { return (full, "id '\(id)' is also used at \(other)") }
                ids[id] = full
            }
            for (resultIndex, result) in record.results.enumerated() {
                if let orderID = result.orderID, !record.orders.contains(where: { $0.id == orderID }) {
                    return ("\(base).results[\(resultIndex)].orderID", "no order '\(orderID)' in this patient's record")
                }
            }
        }
        return nil
    }

    /// What `staff add` and `staff set` would have refused in these roster entries: an entry that is not
    /// well formed (a login with spaces, a consultant without a service, a public key that is not one), two
    /// entries with one name, or a roster without an admin.
    static func rosterProblem(_ roster: Roster) -> (path: String, reason: String)? {
        var names: [String: Int] = [:]
        for (index, member) in roster.members.enumerated() {
            let path = "$.roster.members[\(index)]"
            do throws(BoardError) {
                try Board.checkEntry(member)
            } catch {
                return (path, error.description)
            }
            if let other = names[member.name] {
                return ("\(path).name", "'\(Sanitizer.line(member.name))' is also the name of $.roster.members[\(other)]; names on the ward roster are unique")
            }
            names[member.name] = index
        }
        if !roster.members.isEmpty, !roster.members.contains(where: \.admin) {
            return ("$.roster.members", "no entry is an admin; the ward roster must keep at least one")
        }
        return nil
    }

    private static func patientProblem(_ p: Patient) -> (field: String, reason: String)? {
        do throws(BoardError) {
            try Validate.mrn(p.mrn)
        } catch { return ("mrn", error.description) }
        let texts: [(String, String)] = [("name", p.name), ("bed", p.bed), ("diagnosis", p.diagnosis)]
        for (field, text) in texts where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return (field, "the \(field) is empty")
        }
        guard (0...130).contains(p.age) else { return ("age", "age \(p.age) is not plausible; expected 0 to 130 years") }
        if let weight = p.weightKg, !(weight.isFinite && (0.3...400).contains(weight)) {
            return ("weightKg", "weight \(weight) is not plausible; expected 0.3 to 400 kg")
        }
        return nil
    }

    /// Every record id in a patient's record, with its path inside the record and the kind its list holds.
    static func identifiedRecords(_ r: PatientRecord) -> [(path: String, kind: RecordKind, id: RecordID)] {
        var out: [(String, RecordKind, RecordID)] = []
        func add(_ field: String, _ kind: RecordKind, _ ids: [RecordID]) {
            for (index, id) in ids.enumerated() { out.append(("\(field)[\(index)]", kind, id)) }
        }
        add("consults", .consult, r.consults.map(\.id))
        add("orders", .order, r.orders.map(\.id))
        add("results", .result, r.results.map(\.id))
        add("labs", .lab, r.labs.map(\.id))
        add("complications", .complication, r.complications.map(\.id))
        add("notes", .note, r.notes.map(\.id))
        for (index, note) in r.notes.enumerated() {
            add("notes[\(index)].addenda", .addendum, note.addenda.map(\.id))
        }
        add("actions", .action, r.actions.map(\.id))
        add("contingencies", .contingency, r.contingencies.map(\.id))
        add("exams", .exam, r.exams.map(\.id))
        add("acknowledgements", .acknowledgement, r.acknowledgements.map(\.id))
        add("devices", .device, r.deviceList.map(\.id))
        add("contacts", .contact, r.contactList.map(\.id))
        return out
    }

    /// The sequence number in an id of `kind` (`N-12` -> 12), or `nil` if the id is not one.
    static func number(of id: RecordID, kind: RecordKind) -> Int? {
        let prefix = kind.rawValue + "-"
        guard id.hasPrefix(prefix), let number = Int(id.dropFirst(prefix.count)), number >= 1,
            String(number) == id.dropFirst(prefix.count)
        else { return nil }
        return number
    }
}

extension Board {
    /// Applies an import: only to a board with nothing on it yet.
    mutating func importBoard(_ c: ImportBoard, context: ChangeContext) throws(BoardError) {
        guard revision == 0, patients.isEmpty else { throw .boardAlreadyCreated }
        if let problem = c.firstProblem(revision: context.sequence) {
            throw .inconsistent(.tr("error.board.inconsistent.importNotConsistent", ["path": "\(problem.path)", "reason": "\(problem.reason)"]))
        }
        self = Board(ward: c.ward, createdAt: c.createdAt, revision: context.sequence, records: c.patients)
        roster = c.roster ?? Roster()
    }
}
