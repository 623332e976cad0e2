import Foundation

/// Builds a large, realistic, deterministic board for benchmarks and load tests
/// (`consult-board generate --patients 40 --notes 500 --labs 2000`).
///
/// Every change goes through the same door as a user's (`BoardStore.apply`), so the generated journal is exactly
/// what a busy ward would have written: notes of realistic length (every fifth in Chinese), orders and consults
/// with status histories, creatinine and temperature series, ISNCSCI exams, complications, actions.
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

    /// Creates the board at `path` (refusing if one is there) and fills it.
    public func generate(at path: String, ward: String = "Generated Spinal Ward (fictional)") throws(StoreError) {
        let start = BoardJSON.wholeSeconds(now.addingTimeInterval(-Double(Self.stayDays) * Self.day))
        let store = try BoardStore.create(at: path, ward: ward, author: "generator", at: start)
        var random = SeededGenerator(seed: seed)
        for index in 0..<patients {
            try generatePatient(index, in: store, start: start, random: &random)
        }
    }

    private func generatePatient(
        _ index: Int, in store: BoardStore, start: Date, random: inout SeededGenerator
    ) throws(StoreError) {
        let mrn = String(format: "GEN-%04d", index + 1)
        let authors = GeneratedText.authors
        let at = { (day: Int, hour: Int) in BoardJSON.wholeSeconds(start.addingTimeInterval(Double(day) * Self.day + Double(hour) * 3_600)) }

        var admission: [BoardCommand] = [
            .admitPatient(AdmitPatient(patient: GeneratedText.patient(index: index, mrn: mrn, admittedAt: start, random: &random)))
        ]
        let orders = GeneratedText.orders(mrn: mrn)
        let consults = GeneratedText.consults(mrn: mrn)
        admission += orders.map(BoardCommand.addOrder) + consults.map(BoardCommand.requestConsult)
        let ids = try store.apply(admission, author: authors[index % authors.count], at: at(0, 1))
        let orderIDs = Array(ids.dropFirst().prefix(orders.count)).compactMap { $0 }
        let consultIDs = Array(ids.dropFirst(1 + orders.count)).compactMap { $0 }

        for d in 0..<Self.stayDays {
            var commands: [BoardCommand] = []
            for n in (notes * d / Self.stayDays)..<(notes * (d + 1) / Self.stayDays) {
                commands.append(.addNote(GeneratedText.note(mrn: mrn, number: n, random: &random)))
            }
            let labRange = (labs * d / Self.stayDays)..<(labs * (d + 1) / Self.stayDays)
            for l in labRange {
                let minutes = (l - labRange.lowerBound) * (24 * 60) / max(labRange.count, 1)
                let time = BoardJSON.wholeSeconds(start.addingTimeInterval(Double(d) * Self.day + Double(minutes) * 60))
                commands.append(.addLab(GeneratedText.lab(mrn: mrn, number: l, day: d, at: time, random: &random)))
            }
            commands += lifecycleChanges(day: d, mrn: mrn, start: start, orderIDs: orderIDs, consultIDs: consultIDs, random: &random)
            guard !commands.isEmpty else { continue }
            try store.apply(commands, author: authors[(index + d) % authors.count], at: at(d, 8))
        }
    }

    /// The status moves, exams, complications and I-PASS items of one day of a stay.
    private func lifecycleChanges(
        day d: Int, mrn: MRN, start: Date, orderIDs: [RecordID], consultIDs: [RecordID], random: inout SeededGenerator
    ) -> [BoardCommand] {
        var commands: [BoardCommand] = []
        switch d {
        case 1:
            commands += consultIDs.map { .setConsultStatus(SetConsultStatus(consultID: $0, status: .accepted)) }
        case 2:
            commands += consultIDs.map { .setConsultStatus(SetConsultStatus(consultID: $0, status: .seen)) }
            commands += consultIDs.prefix(1).map {
                .addRecommendation(AddRecommendation(consultID: $0, text: "Repeat ISNCSCI exam every 48 h; MRI if any decline."))
            }
        case 3:
            commands.append(.addComplication(AddComplication(
                mrn: mrn, kind: .infection, summary: "Urinary tract infection",
                details: ComplicationDetails(site: "urinary tract", organism: "E. coli", antibiotic: "ceftriaxone"),
                onset: start.addingTimeInterval(Double(d) * Self.day))))
            commands.append(.addAction(AddAction(
                mrn: mrn, text: "Review urine culture sensitivities", owner: "ward resident",
                due: start.addingTimeInterval(Double(d + 1) * Self.day))))
            commands.append(.addContingency(AddContingency(
                mrn: mrn, condition: "temperature >= 38.5 C", action: "blood cultures x2, review antibiotics")))
        case 4:
            if let pulse = orderIDs.first { commands.append(.setOrderStatus(SetOrderStatus(orderID: pulse, status: .completed))) }
        case 6:
            if orderIDs.count > 2 {
                commands.append(.setOrderStatus(SetOrderStatus(orderID: orderIDs[2], status: .onHold, reason: "procedure planned")))
            }
            commands += consultIDs.suffix(1).map { .setConsultStatus(SetConsultStatus(consultID: $0, status: .signedOff)) }
        case 8:
            if orderIDs.count > 2 { commands.append(.setOrderStatus(SetOrderStatus(orderID: orderIDs[2], status: .active))) }
        default:
            break
        }
        if d % 10 == 5 {
            commands.append(.addExam(AddExam(mrn: mrn, values: GeneratedText.exam(random: &random), examinedAt: nil)))
        }
        return commands
    }
}
