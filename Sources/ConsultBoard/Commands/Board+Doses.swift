import Foundation

// The medication administration record at the door: only a medication order's doses, given only while the order
// is active, and a reason for every dose not given.
extension Board {
    mutating func recordDose(_ c: RecordDose, context: ChangeContext) throws(BoardError) -> RecordID {
        guard c.orderID.hasPrefix(RecordKind.order.rawValue + "-"), let mrn = recordIndex[c.orderID],
            var record = patients[mrn], let index = record.orders.firstIndex(where: { $0.id == c.orderID })
        else { throw .unknownRecord(c.orderID, expected: .order) }
        let order = record.orders[index]
        guard order.kind == .medication else {
            throw .inconsistent(.tr("error.board.inconsistent.doseNotMedication", ["id": "\(order.id)", "kind": order.kind.rawValueText]))
        }
        let reason = c.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if c.outcome != .given, reason?.isEmpty ?? true {
            throw .inconsistent(.tr("error.board.inconsistent.doseNeedsReason", ["outcome": c.outcome.rawValueText, "id": "\(order.id)"]))
        }
        if c.outcome == .given, order.status != .active {
            throw .inconsistent(.tr("error.board.inconsistent.doseOnInactiveOrder", ["id": "\(order.id)", "status": order.status.rawValueText]))
        }
        let at = try Self.stepTime(c.at, after: order.orderedAt, what: .tr("error.board.step.orderWritten"), context: context)
        let dose = DoseAdministration(
            outcome: c.outcome, at: at, due: c.due, reason: reason?.isEmpty == true ? nil : reason, by: context.author,
            recordedAt: context.at)
        record.orders[index].administrations = order.doses + [dose]
        patients[mrn] = record
        return order.id
    }
}
