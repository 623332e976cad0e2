import Foundation

extension Terminology {
    /// The conditions stated in `text`, not negated and not excluded: "T2DM", "2型糖尿病" are diabetes;
    /// "否认高血压、糖尿病史", "no diabetes", "denies DM", "无糖尿病", "糖尿病(-)", "family history of diabetes",
    /// "糖尿病、高血压家族史" and "diabetes insipidus" are not.
    ///
    /// - A cue before a condition negates it up to the clause's start (a clause ends at , ; . : or "but"; "、" and
    ///   "or" do not end it, so a negated list stays negated). A label that is itself a cue carries over its colon:
    ///   "否认：高血压、糖尿病", "家族史：糖尿病".
    /// - A cue after a condition negates it ("糖尿病(-)", "DM negative"); a family history after a list negates the
    ///   list ("糖尿病、高血压家族史").
    /// - A history written as fields reads each field's answer: "糖尿病：无", "高血压：有 糖尿病：否", "DM: no" and
    ///   "diabetes - denied" are negated; in "高血压：无 糖尿病：有" the "无" answers 高血压, so diabetes is stated.
    public func conditions(in text: String) -> [ConditionTerm] {
        let wording = conditionWording
        // Each clause normalised and matched once: a clause is read again as its neighbours' label or answer.
        let clauses = TextClause.split(text.precomposedStringWithCompatibilityMapping, at: wording.scopeBreaks).map { clause in
            let scalars = TermText.normalise(String(clause.text))
            return (clause: clause, scalars: scalars, matches: conditionIndex.matches(inNormalised: scalars))
        }
        var found: [ConditionTerm] = []
        for (index, (clause, scalars, clauseMatches)) in clauses.enumerated() {
            let previous = index > 0 ? clauses[index - 1] : nil
            let next = clauses.indices.contains(index + 1) ? clauses[index + 1] : nil
            var matches = clauseMatches
            // Between two colons, a clause starts with the previous field's answer ("无 糖尿病：" after "高血压："):
            // that answer is not a cue for this field.
            if clause.endsAsLabel, previous?.clause.endsAsLabel == true, let answer = wording.leadingNegativeAnswer(scalars[...]) {
                matches.removeAll { !$0.value.isCondition && $0.start < answer }
            }
            let labelNegates = previous.map { $0.clause.endsAsLabel && Self.endsWithCueBefore($0.matches, length: $0.scalars.count) } ?? false
            let answeredNo = clause.endsAsLabel && (next.map { answersNo($0.clause, $0.scalars, wording) } ?? false)
            // Only a clause with a family-history cue can hold a list it covers.
            let listed = matches.contains { $0.value.isCueAfterList } ? listedBeforeACue(clause.text, wording) : []
            let conditionCount = matches.count { $0.value.isCondition }
            var ordinal = 0
            for (offset, match) in matches.enumerated() {
                guard case let .condition(id) = match.value else { continue }
                defer { ordinal += 1 }
                let negated = answeredNo
                    || negatedBefore(matches[..<offset], labelNegates: labelNegates, answered: clause.endsAsLabel && next != nil)
                    || negatedAfter(offset, in: matches, scalars, wording)
                    || wording.isNegativeAnswer(scalars[match.end...])
                    // The items counted alike (no separator inside a condition's name), so the ordinals agree.
                    || (listed.count == conditionCount && listed[ordinal])
                if !negated, !found.contains(where: { $0.id == id }) { found.append(ConditionTerm(id: id, term: match.term)) }
            }
        }
        return found
    }

    /// Whether a cue before the condition negates it: the nearest cue back to a clause-breaking word ("but", "但",
    /// "不排除"), or, reaching the clause's start, a label that negates ("否认："). A form's question ("有无糖尿病")
    /// states the condition only when the field is `answered` (and not "no", which `answersNo` reads): unanswered,
    /// it states nothing.
    private func negatedBefore(_ earlier: ArraySlice<TermIndex<ConditionWord>.Match>, labelNegates: Bool, answered: Bool) -> Bool {
        for match in earlier.reversed() {
            switch match.value {
            case .scopeBreak: return false
            case .question: return !answered
            case .negationBefore: return true
            case .condition, .excluded, .negationAfter, .negationAfterList: continue
            }
        }
        return labelNegates
    }

    /// Whether a cue after the condition negates it: right after it ("糖尿病(-)", "DM negative", "糖尿病家族史", or
    /// with a history word between: "DM史(-)"), or,
    /// for a family history, after further conditions listed with it with only list joiners between ("糖尿病及
    /// CKD家族史"). A negative result after a list ("糖尿病、CKD 阴性") covers only the item it follows.
    private func negatedAfter(
        _ offset: Int, in matches: [TermIndex<ConditionWord>.Match], _ scalars: [Unicode.Scalar], _ wording: ConditionWording
    ) -> Bool {
        var end = matches[offset].end
        var acrossTheList = false
        for match in matches.dropFirst(offset + 1) where match.start >= end {
            // A word listed as a cue before and after ("家族史") is found twice at one place: read its after-cue.
            let kinds = matches.filter { $0.start == match.start && $0.end == match.end }.map(\.value)
            guard wording.onlyJoins(scalars[end..<match.start]) else {
                // "DM史（-）", "糖尿病病史阴性", "diabetes history negative": the history word between the condition
                // and its negative result. Only for that result: in "糖尿病史、高血压家族史" the diabetes is the
                // patient's own.
                return !acrossTheList && wording.onlyNamesHistory(scalars[end..<match.start]) && kinds.contains(where: \.isCueAfter)
            }
            if kinds.contains(where: \.isCueAfterList) { return true }
            if kinds.contains(where: \.isCueAfter) { return !acrossTheList }
            guard case .condition = match.value else { return false }
            end = match.end
            acrossTheList = true
        }
        return false
    }

    /// For each condition in the clause, in order: whether it closes an item of a written list whose last item
    /// ends in a cue after it ("有糖尿病、高血压家族史": 高血压 is not a condition of the terminology, yet the cue
    /// covers the whole list). An item that says more after its condition is not a list item ("糖尿病10年及高血压
    /// 家族史": the patient's diabetes is stated), and a clause-breaking word between ends the list.
    private func listedBeforeACue(_ clause: Substring, _ wording: ConditionWording) -> [Bool] {
        let items = wording.items(of: clause).map { item in
            let scalars = TermText.normalise(String(item))
            return (scalars, conditionIndex.matches(inNormalised: scalars))
        }
        guard items.count > 1 else { return [] }
        // Whether an item ends in a cue after, and whether one breaks the scope.
        let endsInCue = items.map { scalars, matches in
            matches.contains { $0.value.isCueAfterList && $0.end == scalars.count }
        }
        let breaks = items.map { _, matches in matches.contains { $0.value.isScopeBreak } }
        var flags: [Bool] = []
        for (index, (scalars, matches)) in items.enumerated() {
            let conditions = matches.filter { $0.value.isCondition }
            for (offset, condition) in conditions.enumerated() {
                let closesItem = offset == conditions.count - 1 && wording.onlyJoins(scalars[condition.end...])
                var covered = false
                if closesItem {
                    for later in items.indices.dropFirst(index + 1) {
                        if breaks[later] { break }
                        if endsInCue[later] { covered = true; break }
                    }
                }
                flags.append(covered)
            }
        }
        return flags
    }

    /// Whether a clause (its matches, and its length) ends in a cue that negates what follows it ("否认", "家族史",
    /// "family history").
    private static func endsWithCueBefore(_ matches: [TermIndex<ConditionWord>.Match], length: Int) -> Bool {
        matches.contains { $0.value.isCueBefore && $0.end == length }
    }

    /// Whether the clause after a field's colon answers it "no": the whole clause ("无", "否认", "none"), or, when
    /// the clause is the next field's label, its start ("无 高血压：有").
    private func answersNo(_ clause: TextClause, _ scalars: [Unicode.Scalar], _ wording: ConditionWording) -> Bool {
        wording.isNegativeAnswer(scalars[...]) || (clause.endsAsLabel && wording.leadingNegativeAnswer(scalars[...]) != nil)
    }
}
