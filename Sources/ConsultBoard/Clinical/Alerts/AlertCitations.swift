import Foundation

/// The records an alert cites, as data lines in the reader's language. The English forms are word for word the
/// `citation` strings other programs read (`--json`).
extension ClinicalFacts {
    /// "creatinine 250 umol/L (L-3, 2026-11-24 06:00): eGFR 18 ...".
    func citationText(_ estimate: CreatinineEstimate) -> ShownText {
        let estimates: ShownText = estimate.estimates.isEmpty ? "" : [.tr("text.colon"), estimate.estimatesText].joined("")
        return .tr("alert.cite.creatinine", [
            "value": "\(estimate.sample.creatinine.formatted)", "when": recordTime(estimate.sample.id, estimate.sample.at), "estimates": estimates,
        ])
    }

    /// "L-3, 2026-11-24 06:00" (the time alone when the value has no record).
    func recordTime(_ id: RecordID?, _ at: Date) -> ShownText {
        id.map { [.plain($0), .plain(time(at))].joined(.tr("text.comma")) } ?? "\(time(at))"
    }

    /// "order O-12: MRI C-spine (active, imaging, 2026-11-24 09:00)".
    func orderText(_ order: Order, text: String? = nil) -> ShownText {
        .tr("alert.cite.orderFull", [
            "id": "\(order.id)", "text": text.map { .plain(Sanitizer.line($0)) } ?? order.headlineText, "status": order.status.shownText,
            "service": order.service.shownText, "time": "\(time(order.orderedAt))",
        ])
    }

    /// Maintenance dialysis or kidney failure on dialysis: stated in the history, or renal replacement therapy running.
    var dialysisText: ShownText? {
        if let stated = stated("maintenance dialysis") { return Self.statedText(term: stated.term, field: stated.field) }
        if let rrt = renal.renalReplacementTherapy { return .tr("alert.cite.rrt", ["id": "\(rrt.orderID)"]) }
        return nil
    }

    /// "'2型糖尿病' in the problem": where the history states a condition (`statedHistory`'s field names).
    static func statedText(term: String, field: String) -> ShownText {
        let where_: ShownText
        switch field {
        case "diagnosis": where_ = .tr("alert.field.diagnosis")
        case "summary": where_ = .tr("alert.field.summary")
        case "problem": where_ = .tr("alert.field.problem")
        default:
            where_ = field.hasPrefix("complication ")
                ? .tr("alert.field.complication", ["id": "\(field.dropFirst("complication ".count))"]) : "\(field)"
        }
        return .tr("alert.cite.stated", ["term": "\(term)", "field": where_])
    }
}

extension MedicationOrder {
    /// "order O-192: enoxaparin 60 mg SC q12h (active)".
    var citationText: ShownText {
        .tr("alert.cite.order", ["id": "\(order.id)", "text": "\(Sanitizer.line(order.headline))", "status": order.status.shownText])
    }
}

extension DrugTerm {
    /// The drug as alert messages name it: the generic name in English, its first Chinese name in Chinese (the
    /// generic name when the terminology lists none).
    var shownName: ShownText {
        ShownText.byLanguage(english: name.sentenceCased, chinese: names.first(where: \.hasHanCharacter) ?? name)
    }

    /// `shownName`, lower case in English (inside a sentence).
    var shownNameInSentence: ShownText {
        ShownText.byLanguage(english: name, chinese: names.first(where: \.hasHanCharacter) ?? name)
    }
}

extension ProcedureTerm {
    /// The procedure as alert messages name it: its id in English; in Chinese the wording that matched when it is
    /// Chinese ("腰穿"), else the terminology's Chinese name, else the id.
    var shownName: ShownText {
        ShownText.byLanguage(english: id, chinese: term.hasHanCharacter ? term : chineseName ?? id)
    }
}

extension String {
    /// Whether any character is a CJK unified ideograph (a Chinese name).
    var hasHanCharacter: Bool {
        unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// Whether the text is all ASCII: a Latin word, matched as a whole word ("no" is not in "norfloxacin"), where
    /// a Chinese one is found inside the text (Chinese is written without spaces).
    var isASCIIOnly: Bool { unicodeScalars.allSatisfy(\.isASCII) }
}
