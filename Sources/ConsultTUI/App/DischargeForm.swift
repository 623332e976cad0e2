import ConsultBoard
import Foundation

/// The discharge form and the view of the patients who left: kept apart from the other forms so the ward's
/// other screens stay as they are.
///
/// The form lists every consult, order and action still open (one line each, as fixed choices), and saving is
/// refused until each is closed or the user chooses to carry them over: nothing is closed silently.
enum DischargeForm {
    static let carryOver = "carry them over (listed in the discharge summary)"
    static let closeFirst = "close them first"

    static func make(_ mrn: MRN, board: Board) -> Result<FormState, FormError> {
        guard let record = board.patients[mrn] else { return .failure(FormError(tr("form.error.notOnBoard", ["mrn": mrn]))) }
        guard record.patient.isOnWard else { return .failure(FormError(tr("form.error.alreadyLeft", ["mrn": mrn]))) }
        let open = OpenItems.listed(record)
        var fields = [
            FormField("destination", tr("discharge.label.to"), .choice(DischargeDestination.allCases.map(\.rawValue)),
                      labels: FormField.words(DischargeDestination.allCases), hint: tr("discharge.hint.to")),
            FormField("summary", tr("discharge.label.summary"), hint: tr("discharge.hint.summary")),
        ]
        for (index, item) in open.enumerated() {
            let line = "\(item.carried.id) \(TextLayout.truncate(Sanitizer.line(item.words.shown), width: 60))"
            fields.append(FormField("open-\(index)", index == 0 ? tr("discharge.label.open") : "", .choice([line]), hint: tr("discharge.hint.open")))
        }
        if !open.isEmpty {
            fields.append(FormField(
                "open", tr("discharge.label.openItems"), .choice([closeFirst, carryOver]),
                labels: [closeFirst: tr("discharge.closeFirst"), carryOver: tr("discharge.carryOver")], hint: tr("discharge.hint.openItems")))
        }
        let name = Sanitizer.line(record.patient.name)
        let title = open.isEmpty ? tr("discharge.title", ["name": name, "mrn": mrn])
            : tr("discharge.titleOpen", count: open.count, ["name": name, "mrn": mrn])
        return .success(FormState(purpose: .discharge(mrn), title: title, fields: fields))
    }

    static func command(_ values: [String: String], mrn: MRN) throws(FormError) -> BoardCommand {
        let destination: DischargeDestination
        do throws(BoardError) { destination = try DischargeDestination.parse(values["destination"] ?? "", field: "destination") } catch {
            throw FormError(error.shown)
        }
        let summary = (values["summary"] ?? "").trimmingCharacters(in: .whitespaces)
        if values["open"] == closeFirst {
            let ids = values.keys.filter { $0.hasPrefix("open-") }.sorted().compactMap { values[$0]?.split(separator: " ").first }
            throw FormError(tr("form.error.closeFirst", ["ids": ids.joined(separator: ", ")]))
        }
        return .dischargePatient(DischargePatient(
            mrn: mrn, destination: destination, summary: summary.isEmpty ? nil : summary, carryOver: values["open"] == carryOver ? true : nil))
    }

    /// The patients who left, as a text the preview shows: when, how, where to, from which bed.
    static func departedList(_ board: Board, timeZone: TimeZone) -> String {
        let departed = board.departedPatients
        guard !departed.isEmpty else { return tr("discharge.departed.none") + "\n" }
        let time = TimeFormat(timeZone: timeZone)
        return departed.map { record in
            let p = record.patient
            let d = p.departure
            let to = d?.destination?.shown ?? d?.otherBoard.map { tr("discharge.departed.board", ["board": Sanitizer.line($0)]) } ?? ""
            let kind = d.map { $0.kind == .transferredOut ? tr("discharge.departed.transferredOut") : tr("discharge.departed.discharged") } ?? ""
            return "\(d.map { time.dateTime($0.at) } ?? "")  \(p.mrn)  \(Sanitizer.line(p.name))  "
                + tr("discharge.departed.line", ["kind": kind, "to": Sanitizer.line(to), "bed": Sanitizer.line(p.bed)])
        }.joined(separator: "\n") + "\n\n" + tr("discharge.departed.count", count: departed.count) + "\n"
    }
}

extension AppState {
    /// Shows the patients who left the ward (board key `D`).
    mutating func showDepartedPatients() {
        let text = DischargeForm.departedList(board, timeZone: timeZone)
        preview = PreviewState(title: tr("discharge.departedTitle"), lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), text: text)
    }
}
