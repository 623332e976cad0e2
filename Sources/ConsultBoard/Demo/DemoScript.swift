import Foundation

/// The pen the demo story is written with: one patient's chart at a time, each change with its author and time,
/// records referred to by the handle their creation returned.
///
/// Record ids come from journal sequence numbers, which are only known once every change is in its final
/// place. So the story is written with handles (`DemoScript.Ref`), the changes are put in time order (a stable
/// sort: changes at the same time keep the order they were written in), numbered from `firstSequence`, and only
/// then are the handles turned into ids. The result is the same for the same `now`, every time.
struct DemoScript {
    /// A record created earlier in the story (a consult, an order, a note...), before its id is known.
    struct Ref {
        fileprivate let step: Int
        fileprivate let kind: RecordKind
    }

    /// Turns a handle into the id its record will have on the board.
    typealias Resolve = (Ref) -> RecordID

    private struct Step {
        var at: Date
        var author: String
        var make: (Resolve) -> BoardCommand
    }

    /// The board's own creation is sequence 1; the story starts after it.
    static let firstSequence = 2

    private var steps: [Step] = []
    /// The ward's calendar: clock times ("08:30") are read in its time zone.
    private let calendar: Calendar
    /// Midnight of the day `now` falls in: clock times of past days are counted from it.
    private let today: Date
    private let now: Date
    /// The patient the chart helpers below write into (set by `admit`).
    private(set) var mrn: MRN = ""
    /// When that patient was admitted: nothing is entered into the chart before it.
    private var admittedAt = Date(timeIntervalSince1970: 0)

    init(now: Date, timeZone: TimeZone) {
        self.now = BoardJSON.wholeSeconds(now)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        today = calendar.startOfDay(for: self.now)
    }

    /// A clock time `daysAgo` days before today. Past days only, so nothing lands after `now`.
    func day(_ daysAgo: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        let days = max(daysAgo, 1)
        let fallback = today.addingTimeInterval(TimeInterval(-days * 86_400 + hour * 3_600 + minute * 60))
        guard let date = calendar.date(byAdding: .day, value: -days, to: today),
            let time = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: date)
        else { return fallback }
        return time
    }

    /// A time shortly before `now`, for what happened today.
    func minutesAgo(_ minutes: Int) -> Date { now.addingTimeInterval(TimeInterval(-minutes * 60)) }

    /// Records one change that creates no record of its own (a status move, a recommendation...).
    mutating func add(_ at: Date, _ author: String, _ make: @escaping (Resolve) -> BoardCommand) {
        steps.append(Step(at: at, author: author, make: make))
    }

    /// Records one change that creates a record of `kind`, and returns the record's handle.
    @discardableResult
    mutating func create(
        _ kind: RecordKind, _ at: Date, _ author: String, _ make: @escaping (Resolve) -> BoardCommand
    ) -> Ref {
        add(at, author, make)
        return Ref(step: steps.count - 1, kind: kind)
    }

    /// The story in journal order, each change with its final ids.
    func changes() -> [DemoChange] {
        let order = steps.indices.sorted { a, b in
            steps[a].at != steps[b].at ? steps[a].at < steps[b].at : a < b
        }
        var sequenceOfStep = [Int](repeating: 0, count: steps.count)
        for (position, step) in order.enumerated() { sequenceOfStep[step] = Self.firstSequence + position }
        let resolve: Resolve = { ref in ref.kind.id(forSequence: sequenceOfStep[ref.step]) }
        return order.map { index in
            DemoChange(command: steps[index].make(resolve), author: steps[index].author, at: steps[index].at)
        }
    }

    // MARK: - The chart of the current patient

    mutating func admit(_ patient: Patient, by author: String) {
        mrn = patient.mrn
        admittedAt = patient.admittedAt
        add(patient.admittedAt, author) { _ in .admitPatient(AdmitPatient(patient: patient)) }
    }

    /// Changes the current patient's header (the chart's MRN replaces `change.mrn`).
    mutating func update(_ at: Date, _ author: String, _ change: UpdatePatient) {
        var change = change
        change.mrn = mrn
        add(at, author) { _ in .updatePatient(change) }
    }

    @discardableResult
    mutating func note(
        _ at: Date, _ author: String, _ service: Service, _ type: NoteType = .progress, _ text: String
    ) -> Ref {
        let mrn = mrn
        return create(.note, at, author) { _ in
            .addNote(AddNote(mrn: mrn, service: service, type: type, text: text))
        }
    }

    mutating func addendum(_ note: Ref, _ at: Date, _ author: String, _ text: String) {
        create(.addendum, at, author) { id in .addAddendum(AddAddendum(noteID: id(note), text: text)) }
    }

    mutating func enteredInError(_ note: Ref, _ at: Date, _ author: String, reason: String) {
        add(at, author) { id in .markNoteInError(MarkNoteInError(noteID: id(note), reason: reason)) }
    }

    @discardableResult
    mutating func consult(
        _ at: Date, _ author: String, _ service: Service, _ urgency: Urgency, _ question: String
    ) -> Ref {
        let mrn = mrn
        return create(.consult, at, author) { _ in
            .requestConsult(RequestConsult(mrn: mrn, service: service, question: question, urgency: urgency))
        }
    }

    /// Moves a consult through several statuses in turn, each at its own time.
    mutating func consult(_ consult: Ref, _ moves: [(Date, String, ConsultStatus)], reason: String? = nil) {
        for (at, author, status) in moves {
            add(at, author) { id in
                .setConsultStatus(SetConsultStatus(consultID: id(consult), status: status, reason: reason))
            }
        }
    }

    mutating func recommend(_ consult: Ref, _ at: Date, _ author: String, _ text: String) {
        add(at, author) { id in .addRecommendation(AddRecommendation(consultID: id(consult), text: text)) }
    }

    @discardableResult
    mutating func medication(
        _ at: Date, _ author: String, _ service: Service, _ text: String,
        drug: String, dose: String, route: String, frequency: String, status: OrderStatus = .active
    ) -> Ref {
        let details = MedicationDetails(drug: drug, dose: dose, route: route, frequency: frequency)
        return order(at, author, service, .medication, text, medication: details, status: status)
    }

    @discardableResult
    mutating func imaging(
        _ at: Date, _ author: String, _ service: Service, _ text: String,
        modality: Modality, region: String, contrast: Contrast, status: OrderStatus = .active
    ) -> Ref {
        let details = ImagingDetails(modality: modality, region: region, contrast: contrast)
        return order(at, author, service, .imaging, text, imaging: details, status: status)
    }

    @discardableResult
    mutating func order(
        _ at: Date, _ author: String, _ service: Service, _ kind: OrderKind, _ text: String,
        medication: MedicationDetails? = nil, imaging: ImagingDetails? = nil, status: OrderStatus = .active
    ) -> Ref {
        let mrn = mrn
        return create(.order, at, author) { _ in
            .addOrder(AddOrder(
                mrn: mrn, service: service, kind: kind, text: text, medication: medication, imaging: imaging,
                status: status))
        }
    }

    mutating func order(_ order: Ref, _ at: Date, _ author: String, _ status: OrderStatus, reason: String? = nil) {
        add(at, author) { id in .setOrderStatus(SetOrderStatus(orderID: id(order), status: status, reason: reason)) }
    }

    /// A lab or vital sign, entered by `author` at `entered` (the sample time when not given).
    ///
    /// A sample timed before the admission (the morning round of the admission day) is taken 30 minutes after
    /// the admission instead, and entered no earlier than that, so the chart never holds a value before it exists.
    mutating func lab(_ test: String, _ value: Double, _ unit: String, at: Date, by author: String, entered: Date? = nil) {
        let mrn = mrn
        let delay = (entered ?? at).timeIntervalSince(at)
        let sampled = max(at, admittedAt.addingTimeInterval(30 * 60))
        create(.lab, sampled.addingTimeInterval(delay), author) { _ in
            .addLab(AddLab(mrn: mrn, test: test, value: value, unit: unit, at: sampled))
        }
    }

    /// A series of morning bloods (drawn 06:00, reported 07:30) on the given days before today.
    mutating func morningLabs(_ test: String, _ unit: String, _ series: [(daysAgo: Int, value: Double)], by author: String) {
        for (daysAgo, value) in series {
            lab(test, value, unit, at: day(daysAgo, 6, 0), by: author, entered: day(daysAgo, 7, 30))
        }
    }

    @discardableResult
    mutating func result(
        _ at: Date, _ author: String, _ kind: ResultKind, summary: String, findings: String = "",
        region: String? = nil, levels: String? = nil, status: ResultStatus = .final, order: Ref? = nil
    ) -> Ref {
        let mrn = mrn
        return create(.result, at, author) { id in
            .addResult(AddResult(
                mrn: mrn, kind: kind, summary: summary, findings: findings, region: region, levels: levels,
                status: status, orderID: order.map(id)))
        }
    }

    mutating func result(_ result: Ref, _ at: Date, _ author: String, _ status: ResultStatus, reason: String? = nil) {
        add(at, author) { id in
            .setResultStatus(SetResultStatus(resultID: id(result), status: status, reason: reason))
        }
    }

    @discardableResult
    mutating func complication(
        _ at: Date, _ author: String, _ kind: ComplicationKind, _ summary: String, onset: Date,
        _ details: ComplicationDetails = .init()
    ) -> Ref {
        let mrn = mrn
        return create(.complication, at, author) { _ in
            .addComplication(AddComplication(mrn: mrn, kind: kind, summary: summary, details: details, onset: onset))
        }
    }

    mutating func complication(
        _ complication: Ref, _ at: Date, _ author: String, _ status: ComplicationStatus, reason: String? = nil
    ) {
        add(at, author) { id in
            .setComplicationStatus(SetComplicationStatus(complicationID: id(complication), status: status, reason: reason))
        }
    }

    @discardableResult
    mutating func action(_ at: Date, _ author: String, _ text: String, owner: String? = nil, due: Date? = nil) -> Ref {
        let mrn = mrn
        return create(.action, at, author) { _ in
            .addAction(AddAction(mrn: mrn, text: text, owner: owner, due: due))
        }
    }

    mutating func done(_ action: Ref, _ at: Date, _ author: String) {
        add(at, author) { id in .completeAction(CompleteAction(actionID: id(action))) }
    }

    mutating func contingency(_ at: Date, _ author: String, if condition: String, then action: String) {
        let mrn = mrn
        create(.contingency, at, author) { _ in
            .addContingency(AddContingency(mrn: mrn, condition: condition, action: action))
        }
    }

    mutating func exam(_ at: Date, _ author: String, _ values: [String: String]) {
        let mrn = mrn
        create(.exam, at, author) { _ in .addExam(AddExam(mrn: mrn, values: values, examinedAt: at)) }
    }
}
