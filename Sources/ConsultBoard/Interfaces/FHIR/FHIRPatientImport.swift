import Foundation

/// A FHIR Bundle added to a patient already on the board (`import --format fhir --patient MRN`): every kind the
/// export writes is read (orders, consults with their Task, reports, complications, problems, allergies, actions,
/// ISNCSCI exams, labs and vitals, notes and addenda) and becomes domain commands, so the board's own checks apply.
///
/// Each resource is compared with the board's record of the patient as the board itself exports it (both read by
/// the same `FHIRBundleReader`, so what FHIR cannot carry does not make two copies of one record look different):
/// - a resource the board already holds (the same content, under the same id or, after an earlier import, another)
///   is skipped and reported: importing a Bundle twice, or a Bundle exported from this board, doubles nothing;
/// - a resource whose id the board holds with other content contradicts the board and is refused with its path,
///   as is a Patient whose identifier, gender or name is not the patient's, or a stay that is not the board's;
/// - the rest is added with the board's next ids (`record.transfer-in` marked `importedFrom`, keeping who wrote it
///   and when; labs and vitals by `lab.add`, so flags, critical values and safety rules apply as to typed values).
///
/// Pure: the plan is made from the board as it is under the store's lock and applied as one change (all or none).
public enum FHIRPatientImport {
    /// What an import adds and what it finds already on the board, resource by resource ("Observation/L-12").
    public struct Outcome: Sendable, Equatable {
        public var commands: [BoardCommand] = []
        public var added: [String] = []
        /// Each resource already on the board, with the board's record it is (`ServiceRequest/O-4 (O-4)`).
        public var skipped: [String] = []
    }

    /// The commands that add `bundle` to the patient `mrn` of `board`, for a change whose first command gets the
    /// sequence number `firstSequence` (the new records' ids follow from it, so reports can name new orders).
    public static func plan(_ bundle: FHIRImport, into mrn: MRN, board: Board, firstSequence: Int) throws(ImportError) -> Outcome {
        guard let record = board.patients[mrn] else {
            throw ImportError(path: "Bundle", reason: "patient \(mrn) is not on this board (a Bundle becomes a new board without --patient)")
        }
        let incoming = try bundle.reader()
        let keys = incoming.patients.keys.sorted()
        guard keys.count <= 1 else {
            throw ImportError(path: "Bundle.entry", reason: "the bundle is about \(keys.count) patients (\(keys.map { "Patient/\($0)" }.joined(separator: ", "))); one patient's Bundle goes into one patient")
        }
        guard let key = keys.first, let part = incoming.patients[key] else {
            throw ImportError(path: "Bundle.entry", reason: "nothing about a patient to add")
        }
        try checkPatient(part, key: key, paths: incoming.paths, against: record.patient)
        let own = try boardReader(record, ward: board.ward)
        var planner = Planner(mrn: mrn, record: record, ownReader: own, incoming: incoming, next: firstSequence)
        try planner.stay(part)
        planner.header(part)
        try planner.records(part)
        return planner.outcome
    }

    /// The Patient of the bundle must be this patient: its identifier, gender and name (the same words, in any order).
    static func checkPatient(_ part: FHIRBundleReader.Part, key: String, paths: [String: String], against patient: Patient) throws(ImportError) {
        let path = paths["Patient/\(key)"] ?? "Bundle.entry"
        if let other = part.mrn, other.caseInsensitiveCompare(patient.mrn) != .orderedSame {
            throw ImportError(path: "\(path).identifier", reason: "the bundle is about patient '\(other)', not \(patient.mrn)")
        }
        if let sex = part.sex, sex != patient.sex {
            func word(_ sex: Sex) -> String { sex == .female ? "female" : "male" }
            throw ImportError(path: "\(path).gender", reason: "\(word(sex)) contradicts the board's \(patient.mrn) (\(word(patient.sex))): is this the same patient?")
        }
        func words(_ name: String) -> [String] { name.lowercased().split(whereSeparator: \.isWhitespace).map(String.init).sorted() }
        if let name = part.name, words(name) != words(patient.name) {
            throw ImportError(path: "\(path).name", reason: "'\(name)' contradicts the board's name of \(patient.mrn) ('\(patient.name)'): is this the same patient?")
        }
    }

    /// The board's record of the patient as its own FHIR export reads back: what a resource is compared with.
    static func boardReader(_ record: PatientRecord, ward: String) throws(ImportError) -> FHIRBundleReader {
        let exported = FHIRExport(now: Date(timeIntervalSince1970: 0)).bundle(of: [record], ward: ward)
        let reader: FHIRBundleReader
        do throws(ImportError) { reader = try FHIRImport(bundle: exported).reader() } catch {
            throw ImportError(path: "Bundle", reason: "the board's own record of \(record.mrn) does not read back from FHIR (\(error)); nothing can be compared with it")
        }
        return reader
    }

    /// One import's work: the outcome so far and the board ids given to the bundle's orders and notes.
    struct Planner {
        let mrn: MRN
        let record: PatientRecord
        let ownReader: FHIRBundleReader
        let own: FHIRBundleReader.Part
        let incoming: FHIRBundleReader
        var next: Int
        var outcome = Outcome()
        /// The board id of each order and note of the bundle (already there, or new), by its FHIR id.
        var orderIDs: [String: RecordID] = [:]
        var noteIDs: [String: RecordID] = [:]

        init(mrn: MRN, record: PatientRecord, ownReader: FHIRBundleReader, incoming: FHIRBundleReader, next: Int) {
            self.mrn = mrn
            self.record = record
            self.ownReader = ownReader
            self.own = ownReader.patients.values.first ?? FHIRBundleReader.Part()
            self.incoming = incoming
            self.next = next
        }

        func path(_ type: String, _ id: String) -> String { incoming.paths["\(type)/\(id)"] ?? "Bundle.entry (\(type)/\(id))" }

        /// The stay must be the board's: the same admission and the same departure (or none). Bed and diagnosis
        /// are the header's, which an import does not change.
        mutating func stay(_ part: FHIRBundleReader.Part) throws(ImportError) {
            guard let path = part.encounterPath else {
                if let summary = part.dischargeSummary {
                    throw ImportError(path: summary.path, reason: "a discharge summary without its stay (the Encounter it belongs to is not in the bundle)")
                }
                return
            }
            if let at = part.admittedAt, at != record.patient.admittedAt {
                throw ImportError(path: "\(path).period.start", reason: "admitted \(BoardDate.format(at)), but \(mrn)'s stay on the board began \(BoardDate.format(record.patient.admittedAt)); the board holds one stay and does not take another from FHIR")
            }
            let theirs = try part.departureWithSummary()
            let ours = try own.departureWithSummary()
            if theirs?.kind != ours?.kind || theirs?.at != ours?.at || theirs?.destination != ours?.destination {
                let said = theirs.map { "\($0.kind.rawValue) \(BoardDate.format($0.at))" } ?? "on the ward"
                let board = ours.map { "\($0.kind.rawValue) \(BoardDate.format($0.at))" } ?? "on the ward"
                throw ImportError(path: "\(path).status", reason: "the bundle says \(said), the board says \(board) for \(mrn); a stay is changed on the board (discharge, transfer, readmit), not by import")
            }
            outcome.skipped.append("Encounter/\(incoming.id(of: path) ?? "stay") (the board's stay)")
            if let summary = part.dischargeSummary {
                guard theirs?.summary == ours?.summary else {
                    throw ImportError(path: "\(summary.path).content[0].attachment.data", reason: "the discharge summary differs from the one \(mrn)'s discharge on the board holds; it is written at discharge, not by import")
                }
                outcome.skipped.append("DocumentReference/\(incoming.id(of: summary.path) ?? "discharge") (the discharge summary)")
            }
        }

        /// Problems and allergies the patient does not have yet are added to the header (one `patient set`).
        mutating func header(_ part: FHIRBundleReader.Part) {
            var problems = record.patient.problems
            for (id, words) in part.problems {
                let trimmed = words.trimmingCharacters(in: .whitespacesAndNewlines)
                if problems.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).caseInsensitiveCompare(trimmed) == .orderedSame }) {
                    outcome.skipped.append("Condition/\(id) (problem)")
                } else {
                    problems.append(trimmed)
                    outcome.added.append("Condition/\(id) (problem)")
                }
            }
            func pieces(_ text: String) -> [String] {
                text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            }
            var allergies = pieces(record.patient.allergies)
            var allergiesChanged = false
            for (text, path) in part.allergyTexts {
                let id = incoming.id(of: path) ?? "allergies"
                let new = pieces(text).filter { piece in !allergies.contains { $0.caseInsensitiveCompare(piece) == .orderedSame } }
                if new.isEmpty {
                    outcome.skipped.append("AllergyIntolerance/\(id) (allergies)")
                } else {
                    allergies += new
                    allergiesChanged = true
                    outcome.added.append("AllergyIntolerance/\(id) (allergies)")
                }
            }
            let problemsChanged = problems != record.patient.problems
            guard problemsChanged || allergiesChanged else { return }
            add(.updatePatient(UpdatePatient(
                mrn: mrn, allergies: allergiesChanged ? allergies.joined(separator: "; ") : nil,
                problems: problemsChanged ? problems : nil)))
        }

        /// Appends a command; returns the sequence number it will have (a new record's id follows from it).
        @discardableResult
        mutating func add(_ command: BoardCommand) -> Int {
            outcome.commands.append(command)
            next += 1
            return next - 1
        }

        /// Whether `theirs` is already on the board: the board's id of the same record, nil when it is new, or
        /// refused when the board holds its id with other content.
        func find<T: ImportedRecord>(
            _ theirs: T, type: String, in ours: [T], same: (T, T) -> Bool = FHIRPatientImport.sameIgnoringID
        ) throws(ImportError) -> RecordID? {
            if let match = ours.first(where: { same($0, theirs) }) { return match.id }
            if ours.contains(where: { $0.id == theirs.id }) {
                throw ImportError(path: path(type, theirs.id), reason: "the board's \(theirs.id) of \(mrn) holds something else: the bundle contradicts the board (two copies of the board changed apart, or another system uses the board's ids); change the record on the board instead")
            }
            return nil
        }

        mutating func skip(_ type: String, _ id: String, as ours: RecordID) {
            outcome.skipped.append("\(type)/\(id)" + (ours == id ? "" : " (\(ours))"))
        }

        /// A record the board does not have, carried in with its author and time.
        mutating func carry(_ type: String, _ id: String, _ kind: RecordKind, fill: (inout TransferRecord) -> Void) -> RecordID {
            var payload = TransferRecord(mrn: mrn)
            payload.importedFrom = "fhir:" + (incoming.fullURLs["\(type)/\(id)"] ?? "\(type)/\(id)")
            fill(&payload)
            outcome.added.append("\(type)/\(id)")
            return kind.id(forSequence: add(.transferRecord(payload)))
        }

        mutating func records(_ part: FHIRBundleReader.Part) throws(ImportError) {
            for (theirs, _) in part.orders {
                if let ours = try find(theirs, type: orderType(theirs), in: own.orders.map(\.order)) {
                    orderIDs[theirs.id] = ours
                    skip(orderType(theirs), theirs.id, as: ours)
                } else {
                    orderIDs[theirs.id] = carry(orderType(theirs), theirs.id, .order) { $0.order = theirs }
                }
            }
            try labs(part)
            let ourConsults = try consults(own, from: ownReader)
            for theirs in try consults(part, from: incoming) {
                if let ours = try find(theirs, type: "ServiceRequest", in: ourConsults) {
                    skip("ServiceRequest", theirs.id, as: ours)
                } else {
                    _ = carry("ServiceRequest", theirs.id, .consult) { $0.consult = theirs }
                }
            }
            for entry in part.results {
                var theirs = entry.result
                if let basedOn = entry.basedOn {
                    guard let order = orderIDs[basedOn] ?? record.orders.first(where: { $0.id == basedOn })?.id else {
                        throw ImportError(path: "\(entry.path).basedOn[0]", reason: "ServiceRequest/\(basedOn) is neither an order of the bundle nor one of \(mrn)'s on the board")
                    }
                    theirs.orderID = order
                }
                let ours = own.results.map { x -> DiagnosticResult in var r = x.result; r.orderID = x.basedOn; return r }
                if let match = try find(theirs, type: "DiagnosticReport", in: ours) {
                    skip("DiagnosticReport", theirs.id, as: match)
                } else {
                    let report = theirs
                    _ = carry("DiagnosticReport", theirs.id, .result) { $0.result = report }
                }
            }
            for theirs in part.complications {
                if let ours = try find(theirs, type: "Condition", in: own.complications) {
                    skip("Condition", theirs.id, as: ours)
                } else {
                    _ = carry("Condition", theirs.id, .complication) { $0.complication = theirs }
                }
            }
            for theirs in part.notes {
                if let ours = try find(theirs, type: "DocumentReference", in: own.notes) {
                    noteIDs[theirs.id] = ours
                    skip("DocumentReference", theirs.id, as: ours)
                } else {
                    noteIDs[theirs.id] = carry("DocumentReference", theirs.id, .note) { $0.note = theirs }
                }
            }
            for (noteID, theirs, path) in part.addenda {
                guard let note = noteIDs[noteID] ?? record.notes.first(where: { $0.id == noteID })?.id else {
                    throw ImportError(path: "\(path).relatesTo", reason: "appends DocumentReference/\(noteID), which is neither a note of the bundle nor one of \(mrn)'s on the board")
                }
                // An addendum is the same when it is alike and belongs to the same note.
                let ours = own.addenda.map { $0.note == note ? $0.addendum : Addendum(id: $0.addendum.id, author: "", at: .distantPast, text: "") }
                if let match = try find(theirs, type: "DocumentReference", in: ours) {
                    skip("DocumentReference", theirs.id, as: match)
                    continue
                }
                _ = carry("DocumentReference", theirs.id, .addendum) { $0.addendum = theirs; $0.noteID = note }
            }
            for theirs in part.actions {
                if let ours = try find(theirs, type: "Task", in: own.actions) {
                    skip("Task", theirs.id, as: ours)
                } else {
                    _ = carry("Task", theirs.id, .action) { $0.action = theirs }
                }
            }
            for theirs in part.exams {
                if let ours = try find(theirs, type: "Observation", in: own.exams) {
                    skip("Observation", theirs.id, as: ours)
                } else {
                    _ = carry("Observation", theirs.id, .exam) { $0.exam = theirs }
                }
            }
            if part.age != nil {
                outcome.skipped.append("Observation (age: part of the header, not changed by import)")
            }
        }

        /// Labs and vitals go through `lab.add` like typed values (flags, critical values, safety rules), marked
        /// with their FHIR source. A value the board has (the same test, value, unit and time) is skipped.
        mutating func labs(_ part: FHIRBundleReader.Part) throws(ImportError) {
            for theirs in part.labs {
                let source = "fhir:" + (incoming.fullURLs["Observation/\(theirs.id)"] ?? "Observation/\(theirs.id)")
                let same: (LabValue, LabValue) -> Bool = {
                    $0.test == $1.test && $0.value == $1.value && $0.unit == $1.unit && $0.at == $1.at && $0.periodHours == $1.periodHours
                }
                if let ours = record.labs.first(where: { $0.source == source }) {
                    skip("Observation", theirs.id, as: ours.id)
                } else if let ours = try find(theirs, type: "Observation", in: own.labs, same: same) {
                    skip("Observation", theirs.id, as: ours)
                } else {
                    outcome.added.append("Observation/\(theirs.id)")
                    add(.addLab(AddLab(
                        mrn: mrn, test: theirs.test, value: theirs.value, unit: theirs.unit, at: theirs.at,
                        newTest: KnownTest.named(theirs.test) == nil ? true : nil, periodHours: theirs.periodHours, source: source)))
                }
            }
        }

        /// The consults of a part with the status their Task gives them.
        func consults(_ part: FHIRBundleReader.Part, from reader: FHIRBundleReader) throws(ImportError) -> [Consult] {
            var all: [Consult] = []
            for entry in part.consults {
                var consult = entry.consult
                if let task = part.consultTasks[entry.id] {
                    let by = reader.author(of: "Task", task.task["id"]?.string ?? "")
                    try FHIRBundleReader.track(&consult, task: task.task, path: task.path, by: by)
                }
                all.append(consult)
            }
            let ids = Set(part.consults.map(\.id))
            for (focus, task) in part.consultTasks.sorted(by: { $0.key < $1.key }) where !ids.contains(focus) {
                throw ImportError(path: "\(task.path).focus", reason: "ServiceRequest/\(focus) is not a consult of this patient in the bundle")
            }
            return all
        }

        func orderType(_ order: Order) -> String { order.kind == .medication ? "MedicationRequest" : "ServiceRequest" }
    }

    /// Two records alike but for their ids (the same record numbered by two boards, or by this board and an import).
    static func sameIgnoringID<T: ImportedRecord>(_ a: T, _ b: T) -> Bool {
        var a = a
        var b = b
        a.id = ""
        b.id = ""
        return a == b
    }
}

/// A record an import compares with the board's by its content, whatever id each side gave it.
protocol ImportedRecord: Equatable {
    var id: RecordID { get set }
}

extension Order: ImportedRecord {}
extension Consult: ImportedRecord {}
extension DiagnosticResult: ImportedRecord {}
extension Complication: ImportedRecord {}
extension Note: ImportedRecord {}
extension Addendum: ImportedRecord {}
extension ActionItem: ImportedRecord {}
extension ExamRecord: ImportedRecord {}
extension LabValue: ImportedRecord {}

extension FHIRBundleReader {
    /// The id of the resource at `path` (`Bundle.entry[3].resource`), if the bundle has one there.
    func id(of path: String) -> String? {
        paths.first { $0.value == path }.map { String($0.key.split(separator: "/").last ?? "") }
    }
}

extension BoardStoring {
    /// Adds a FHIR Bundle to the patient `mrn` as one change, planned from the board as it is under the lock:
    /// all or nothing. A refusal of the bundle's content (`.failure`, with its FHIR path) writes nothing.
    public func importFHIR(
        _ bundle: FHIRImport, into mrn: MRN, author: String, at: Date = Date()
    ) throws(StoreError) -> Result<FHIRPatientImport.Outcome, ImportError> {
        try batch { (batch) throws(BoardError) -> Result<FHIRPatientImport.Outcome, ImportError> in
            let outcome: FHIRPatientImport.Outcome
            do throws(ImportError) {
                outcome = try FHIRPatientImport.plan(bundle, into: mrn, board: batch.board, firstSequence: batch.after.revision + 1)
            } catch { return .failure(error) }
            if !outcome.commands.isEmpty { try batch.apply(outcome.commands, author: author, at: at) }
            return .success(outcome)
        }
    }
}
