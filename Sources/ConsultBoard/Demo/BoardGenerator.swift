import Foundation

/// Builds a large, realistic, deterministic board for benchmarks and load tests
/// (`consult-board generate --patients 40 --notes 500 --labs 2000`).
///
/// Every change goes through the same door as a user's (`Board.apply`, via `BoardStore.batch`), so the generated journal is what a
/// busy ward would have written: notes of realistic length (every fifth in Chinese) with addenda and one entered
/// in error, orders, consults and results with status histories, creatinine, temperature and other lab series,
/// ISNCSCI exams, complications, actions and contingencies.
///
/// Each patient's day is one change (signed by that day's clinician, at 18:00, after the day's labs). The changes
/// of many patients are written as one batch (one append, one `fsync`, then a checkpoint), so building the
/// 100,000-entry benchmark board takes a few appends rather than one `fsync` per patient-day.
public struct BoardGenerator: Sendable {
    public var patients: Int
    /// Notes per patient.
    public var notes: Int
    /// Labs and vitals per patient.
    public var labs: Int
    public var seed: UInt64
    /// The end of the generated stays; everything happens in the days before it.
    public var now: Date

    public init(patients: Int, notes: Int, labs: Int, seed: UInt64 = 1, now: Date) {
        self.patients = patients
        self.notes = notes
        self.labs = labs
        self.seed = seed
        self.now = now
    }

    /// How many days each generated stay lasts.
    static let stayDays = 30
    private static let day = 86_400.0
    /// The hour each day's change is entered, after the day's labs (drawn and charted from `firstLabHour`).
    private static let entryHour = 18
    private static let firstLabHour = 9

    /// About how many journal entries one batch holds: enough that the benchmark board is two or three appends,
    /// few enough that a batch's lines (kept in memory until they are written) stay in the tens of megabytes.
    static let entriesPerBatch = 60_000

    /// Creates the board at `path` (refusing if one is there) and fills it.
    public func generate(at path: String, ward: String = "Generated Spinal Ward (fictional)") throws(StoreError) {
        // Admissions at 08:00 on the day `stayDays` days before `now`, so every day's entry is in the past.
        let start = Self.midnight(of: now.addingTimeInterval(-Double(Self.stayDays) * Self.day)).addingTimeInterval(8 * 3_600)
        var store = try BoardStore.create(at: path, ward: ward, author: "generator", at: start)
        // A checkpoint after every batch, so the next batch (and the first reader) starts from it.
        store.policy = CheckpointPolicy(maxTailEntries: 1, maxTailBytes: 1)
        try fill(store, start: start)
    }

    /// Creates the board at `location` (a folder or a board in a database), refusing if one is there, and fills it.
    public func generate(in location: BoardLocation, ward: String = "Generated Spinal Ward (fictional)") throws(StoreError) {
        guard case let .postgres(address) = location else {
            try generate(at: location.folderPath ?? "", ward: ward)
            return
        }
        let start = Self.midnight(of: now.addingTimeInterval(-Double(Self.stayDays) * Self.day)).addingTimeInterval(8 * 3_600)
        var store = try PostgresBoardStore.create(
            address, first: .createBoard(CreateBoard(ward: ward)), sequence: 1, author: "generator", at: start)
        store.policy = CheckpointPolicy(maxTailEntries: 1, maxTailBytes: 1)
        try fill(store, start: start)
    }

    /// The stays, in batches of about `entriesPerBatch` entries, each one append.
    private func fill(_ store: any BoardStoring, start: Date) throws(StoreError) {
        var random = SeededGenerator(seed: seed)
        let entriesPerStay = notes + labs + 4 * Self.stayDays
        let staysPerBatch = max(1, Self.entriesPerBatch / entriesPerStay)
        for first in stride(from: 0, to: patients, by: staysPerBatch) {
            try store.batch { (batch) throws(BoardError) in
                for index in first..<min(first + staysPerBatch, patients) {
                    try PatientStay(generator: self, index: index, start: start).generate(in: &batch, random: &random)
                }
            }
        }
    }

    /// The start of `date`'s day (UTC).
    static func midnight(of date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / day).rounded(.down) * day)
    }

    /// One patient's stay: the admission, then one change a day.
    private struct PatientStay {
        let generator: BoardGenerator
        let index: Int
        /// The admission (the start of the stays).
        let start: Date
        var mrn: MRN { String(format: "GEN-%04d", index + 1) }

        /// A time on day `day` of the stay (day 0 is the day of admission), by the clock (UTC).
        func at(day: Int, hour: Int, minute: Int = 0) -> Date {
            BoardGenerator.midnight(of: start).addingTimeInterval(Double(day) * BoardGenerator.day + Double(hour * 3_600 + minute * 60))
        }

        func author(day: Int) -> String {
            GeneratedText.authors[(index + day) % GeneratedText.authors.count]
        }

        func generate(in batch: inout ChangeBatch, random: inout SeededGenerator) throws(BoardError) {
            let orders = GeneratedText.orders(mrn: mrn)
            let consults = GeneratedText.consults(mrn: mrn)
            let admission: [BoardCommand] =
                [.admitPatient(AdmitPatient(patient: GeneratedText.patient(index: index, mrn: mrn, admittedAt: start, random: &random)))]
                + orders.map(BoardCommand.addOrder) + consults.map(BoardCommand.requestConsult)
            let ids = try batch.apply(admission, author: author(day: 0), at: start)
            var records = Records(
                orders: Array(ids.dropFirst().prefix(orders.count)).compactMap { $0 },
                consults: Array(ids.dropFirst(1 + orders.count)).compactMap { $0 })

            for day in 0..<BoardGenerator.stayDays {
                var commands = notes(day: day, random: &random)
                let noteCount = commands.count
                commands += labs(day: day, random: &random)
                commands += records.changes(day: day, mrn: mrn, start: start, random: &random)
                guard !commands.isEmpty else { continue }
                let ids = try batch.apply(commands, author: author(day: day), at: at(day: day, hour: BoardGenerator.entryHour))
                records.learn(ids: ids, of: commands, notes: noteCount)
            }
        }

        /// The day's share of the stay's notes.
        func notes(day: Int, random: inout SeededGenerator) -> [BoardCommand] {
            let total = generator.notes
            let days = BoardGenerator.stayDays
            return ((total * day / days)..<(total * (day + 1) / days)).map { .addNote(GeneratedText.note(mrn: mrn, number: $0, random: &random)) }
        }

        /// The day's share of the labs, spread over the hours before the day's entry.
        func labs(day: Int, random: inout SeededGenerator) -> [BoardCommand] {
            let total = generator.labs
            let days = BoardGenerator.stayDays
            let range = (total * day / days)..<(total * (day + 1) / days)
            let span = (BoardGenerator.entryHour - BoardGenerator.firstLabHour) * 60
            return range.map { number in
                let minutes = (number - range.lowerBound) * span / max(range.count, 1)
                let time = at(day: day, hour: BoardGenerator.firstLabHour, minute: minutes)
                return .addLab(GeneratedText.lab(mrn: mrn, number: number, day: day, at: time, random: &random))
            }
        }
    }

    /// The ids a stay's later changes refer to, learnt as the changes are applied.
    private struct Records {
        var orders: [RecordID]
        var consults: [RecordID]
        var notes: [RecordID] = []
        /// The notes of the last change (yesterday's).
        var yesterday: [RecordID] = []
        var action: RecordID?
        var result: RecordID?

        /// Keeps the ids of the notes, the action and the result a change created.
        mutating func learn(ids: [String?], of commands: [BoardCommand], notes count: Int) {
            yesterday = ids.prefix(count).compactMap { $0 }
            notes += yesterday
            for (id, command) in zip(ids, commands) {
                switch command {
                case .addAction: action = id
                case .addResult: result = id
                default: break
                }
            }
        }

        /// The status moves, results, addenda, exams, complications and I-PASS items of one day of a stay.
        func changes(day d: Int, mrn: MRN, start: Date, random: inout SeededGenerator) -> [BoardCommand] {
            let day = { (n: Int) in start.addingTimeInterval(Double(n) * BoardGenerator.day) }  // onsets and due times
            var commands: [BoardCommand] = []
            switch d {
            case 1:
                commands += consults.map { .setConsultStatus(SetConsultStatus(consultID: $0, status: .accepted)) }
            case 2:
                commands += consults.map { .setConsultStatus(SetConsultStatus(consultID: $0, status: .seen)) }
                commands += consults.prefix(1).map {
                    .addRecommendation(AddRecommendation(consultID: $0, text: "Repeat ISNCSCI exam every 48 h; MRI if any decline."))
                }
                if orders.count > 3 {
                    commands.append(.addResult(AddResult(
                        mrn: mrn, kind: .mri, summary: "Cord oedema C4-C6 without compression",
                        findings: "T2 hyperintensity C4-C6; no haematoma; canal adequate after decompression.",
                        region: "cervical spine", levels: "C4-C6", status: .preliminary, orderID: orders[3])))
                }
            case 3:
                commands.append(.addComplication(AddComplication(
                    mrn: mrn, kind: .infection, summary: "Urinary tract infection",
                    details: ComplicationDetails(site: "urinary tract", organism: "E. coli", antibiotic: "ceftriaxone"),
                    onset: day(d))))
                commands.append(.addAction(AddAction(
                    mrn: mrn, text: "Review urine culture sensitivities", owner: "ward resident", due: day(d + 1))))
                commands.append(.addContingency(AddContingency(
                    mrn: mrn, condition: "temperature >= 38.5 C", action: "blood cultures x2, review antibiotics")))
                if let result { commands.append(.setResultStatus(SetResultStatus(resultID: result, status: .final))) }
                if orders.count > 3 { commands.append(.setOrderStatus(SetOrderStatus(orderID: orders[3], status: .completed))) }
            case 4:
                if let pulse = orders.first { commands.append(.setOrderStatus(SetOrderStatus(orderID: pulse, status: .completed))) }
                if let action { commands.append(.completeAction(CompleteAction(actionID: action))) }
            case 6:
                if orders.count > 2 {
                    commands.append(.setOrderStatus(SetOrderStatus(orderID: orders[2], status: .onHold, reason: "procedure planned")))
                }
                commands += consults.suffix(1).map { .setConsultStatus(SetConsultStatus(consultID: $0, status: .signedOff)) }
            case 8:
                if orders.count > 2 { commands.append(.setOrderStatus(SetOrderStatus(orderID: orders[2], status: .active))) }
            case 10:
                if let wrong = notes.dropFirst(3).first {
                    commands.append(.markNoteInError(MarkNoteInError(noteID: wrong, reason: "Written in the wrong patient's chart")))
                }
            default:
                break
            }
            // An addendum to about one note in 25, the day after it was written.
            for note in yesterday where Int.random(in: 0..<25, using: &random) == 0 {
                commands.append(.addAddendum(AddAddendum(noteID: note, text: "Addendum: discussed with the consultant, plan confirmed.")))
            }
            if d % 10 == 5 {
                commands.append(.addExam(AddExam(mrn: mrn, values: GeneratedText.exam(random: &random), examinedAt: nil)))
            }
            return commands
        }
    }
}
