import Foundation

// A: the action list. What the next team must do, and what is still in flight: open action items, orders that
// are not finished, reports that are not final, consults that are still open.
extension HandoffBuilder {
    /// Open action items, soonest due first; those without a due time last.
    func actions(_ items: [ActionItem]) -> [HandoffAction] {
        items.filter { !$0.done }
            .sorted { a, b in
                switch (a.due, b.due) {
                case let (x?, y?) where x != y: x < y
                case (.some, nil): true
                case (nil, .some): false
                default: a.createdAt < b.createdAt
                }
            }
            .map { item in
                let text = layout.clean(item.text)
                let owner = layout.cleanOrNil(item.owner)
                let due = item.due.map(clock.short)
                let overdue = item.due.map { $0 < clock.now } ?? false
                var parts = [text]
                if let owner { parts.append(tr("handoff.action.owner", ["owner": owner])) }
                if let due { parts.append(tr("handoff.action.due", ["due": due, "overdue": overdue ? tr("handoff.action.overdue") : ""])) }
                let summary = parts.joined(separator: " · ")
                return HandoffAction(
                    id: item.id, action: text, owner: owner, due: due, overdue: overdue, summary: summary,
                    lines: layout.lines(summary))
            }
    }

    /// Pending orders, in the order they were written: live (draft, active, on hold) procedures, imaging and labs
    /// not yet answered by a final or amended report.
    func pendingOrders(_ orders: [Order], results: [DiagnosticResult]) -> [HandoffOrder] {
        let answered = Set(results.filter { $0.status == .final || $0.status == .amended }.compactMap(\.orderID))
        let pendingKinds: Set<OrderKind> = [.procedure, .imaging, .lab]
        return self.orders(orders.filter { pendingKinds.contains($0.kind) && !answered.contains($0.id) })
    }

    /// Live orders of one kind (medications, nursing), in the order they were written.
    func liveOrders(_ orders: [Order], kind: OrderKind) -> [HandoffOrder] {
        self.orders(orders.filter { $0.kind == kind })
    }

    /// Orders that are draft, active or on hold, in the order they were written.
    private func orders(_ orders: [Order]) -> [HandoffOrder] {
        orders.filter(\.status.isLive).map { order in
            let headline = layout.clean(order.headlineText.shown)
            let at = clock.short(order.orderedAt)
            let by = layout.clean(order.orderedBy)
            var summary = tr("handoff.order", [
                "headline": headline, "kind": order.kind.shownLabel, "status": order.status.shownLabel, "service": order.service.shownLabel,
                "time": at, "by": by,
            ])
            // The administration record, where there is one: the last dose actually given, the last not given,
            // an overdue dose (the anticoagulant before a procedure is timed from the last dose given).
            if let given = AdministrationRecord.lastGiven(order) {
                summary += tr("handoff.order.lastGiven", ["time": clock.short(given.at), "late": given.isLate ? tr("handoff.order.late") : ""])
            }
            if let last = order.doses.last, last.outcome != .given {
                summary += tr("handoff.order.lastDose", [
                    "outcome": Localisation.language == .english ? last.outcome.rawValue : last.outcome.shown, "time": clock.short(last.at),
                    "reason": last.reason.map { tr("handoff.order.reason", ["reason": layout.clean($0)]) } ?? "",
                ])
            }
            if let due = AdministrationRecord.overdueSince(order, now: clock.now) {
                summary += tr("handoff.order.doseOverdue", ["time": clock.short(due)])
            }
            return HandoffOrder(
                id: order.id, headline: headline, kind: order.kind.label, service: order.service.label,
                status: order.status.label, orderedAt: at, orderedBy: by, summary: summary,
                lines: layout.lines(summary))
        }
    }

    /// Reports still preliminary, in the order they were reported.
    func pendingResults(_ results: [DiagnosticResult]) -> [HandoffResult] {
        results.filter { $0.status == .preliminary }.map { result in
            let impression = layout.clean(result.summary)
            let region = layout.cleanOrNil(result.region).map { " \($0)" } ?? ""
            let at = clock.short(result.reportedAt)
            let by = layout.clean(result.reportedBy)
            let summary = tr("handoff.result", [
                "kind": Self.sentence(result.kind.shownLabel), "region": region, "impression": impression, "status": result.status.shownLabel,
                "time": at, "by": by,
            ])
            return HandoffResult(
                id: result.id, kind: result.kind.label, impression: impression, status: result.status.label,
                reportedAt: at, reportedBy: by, summary: summary, lines: layout.lines(summary))
        }
    }

    /// Consults not yet signed off or cancelled: stat first, then urgent, then routine, oldest first within each.
    func consults(_ consults: [Consult]) -> [HandoffConsult] {
        func rank(_ urgency: Urgency) -> Int {
            switch urgency {
            case .stat: 0
            case .urgent: 1
            case .routine: 2
            }
        }
        return consults.filter(\.status.isOpen)
            .sorted { rank($0.urgency) != rank($1.urgency) ? rank($0.urgency) < rank($1.urgency) : $0.requestedAt < $1.requestedAt }
            .map { consult in
                let question = layout.clean(consult.question)
                let at = clock.short(consult.requestedAt)
                let by = layout.clean(consult.requestedBy)
                let timing = settings.consultClock.timing(consult, now: clock.now)
                // Overdue in words (print has no colour): "OVERDUE since 24 Nov 08:10".
                let overdue = timing.overdue ? tr("handoff.consult.overdue", ["time": clock.short(timing.dueAt)]) : ""
                let summary = tr("handoff.consult", [
                    "service": Self.sentence(consult.service.shownLabel), "urgency": consult.urgency.shownLabel,
                    "status": consult.status.shownLabel, "overdue": overdue, "question": question, "time": at, "by": by,
                ])
                return HandoffConsult(
                    id: consult.id, service: consult.service.label, urgency: consult.urgency.label,
                    status: consult.status.label, question: question, requestedAt: at, requestedBy: by,
                    recommendation: consult.recommendations.last.map(recommendation), summary: summary,
                    lines: layout.lines(summary))
            }
    }

    func recommendation(_ recommendation: Recommendation) -> HandoffRecommendation {
        let text = layout.clean(recommendation.text)
        let by = layout.clean(recommendation.by)
        let at = clock.short(recommendation.at)
        let summary = tr("handoff.recommendation", ["time": at, "by": by, "text": text])
        return HandoffRecommendation(text: text, by: by, at: at, summary: summary, lines: layout.lines(summary))
    }
}
