import Foundation

extension Terminology {
    /// The drugs named in `text`, in order of appearance (each once).
    public func drugs(in text: String) -> [DrugTerm] {
        var seen: Set<String> = []
        return drugIndex.matches(in: text).compactMap { match in
            guard seen.insert(match.value).inserted else { return nil }
            return drugs[match.value]
        }
    }

    /// The drug a medication order is for: the first named in the drug field, else the first in the order text.
    /// `nil` for other orders and for drugs the terminology does not know.
    public func drug(for order: Order) -> DrugTerm? {
        guard order.kind == .medication else { return nil }
        for text in [order.medication?.drug, order.text].compactMap({ $0 }) {
            if let drug = drugs(in: text).first { return drug }
        }
        return nil
    }

    /// The drug classes named in `text` ("penicillins", "磺胺类", "造影剂"), each once.
    public func classes(in text: String) -> [String] {
        var seen: Set<String> = []
        return classIndex.matches(in: text).compactMap { seen.insert($0.value).inserted ? $0.value : nil }
    }

    /// A class and every class it belongs to ("penicillin": penicillin, beta-lactam).
    public func ancestors(ofClass id: String) -> Set<String> {
        var out: Set<String> = []
        var pending = [id]
        while let next = pending.popLast() {
            guard out.insert(next).inserted else { continue }
            pending += file.classes?.first { $0.id == next }?.parents ?? []
        }
        return out
    }

    /// The label of a class ("low-molecular-weight heparin").
    public func label(ofClass id: String) -> String {
        file.classes?.first { $0.id == id }?.label ?? id
    }

    /// The class as a sentence names it: its label in English, its first Chinese name in Chinese (as
    /// `DrugTerm.shownName` names a drug), the label when the terminology lists no Chinese name.
    public func shownLabel(ofClass id: String) -> ShownText {
        let names = file.classes?.first { $0.id == id }?.names ?? []
        return .byLanguage(english: label(ofClass: id), chinese: names.first(where: \.hasHanCharacter) ?? label(ofClass: id))
    }

    /// Whether `text` contains one of the words listed under `key` in the terminology's `words`.
    public func mentions(_ key: String, in text: String) -> Bool { firstMention(key, in: text) != nil }

    /// Whether `text` names a contrast study (造影, angiography, DSA, myelography), not only a contrast agent
    /// ("造影剂过敏" names none).
    public func namesAContrastStudy(_ text: String) -> Bool { contrastStudyIndex.matches(in: text).contains { $0.value } }

    /// The first word listed under `key` that occurs in `text`.
    public func firstMention(_ key: String, in text: String) -> String? {
        wordIndexes[key]?.matches(in: text).first?.term
    }

    /// Whether `text` names a spinal site: a spine word ("腰椎", "cervical spine", "后路") or a vertebral level
    /// ("C5", "T12", "L4/5").
    public func namesSpinalSite(_ text: String) -> Bool {
        if mentions("spineSite", in: text) { return true }
        guard let regex = spineLevel else { return false }
        let normalised = TermText.normalised(text)
        return regex.firstMatch(in: normalised, range: NSRange(normalised.startIndex..., in: normalised)) != nil
    }

    /// The neuraxial and spinal procedures `text` names. Generic wording ("fusion", "内固定", "减压") counts only
    /// with a spinal site in the same text ("胃肠减压" is not spine surgery); "拔管" only with a neuraxial word.
    public func procedures(in text: String) -> [ProcedureTerm] {
        let entries = file.procedures ?? []
        var spinalSite: Bool?
        var seen: Set<String> = []
        return procedureIndex.matches(in: text).compactMap { match in
            guard entries.indices.contains(match.value) else { return nil }
            let entry = entries[match.value]
            if entry.needsSpineSite == true {
                if spinalSite == nil { spinalSite = namesSpinalSite(text) }
                guard spinalSite == true else { return nil }
            }
            if entry.needsNeuraxialContext == true, !mentions("neuraxialContext", in: text) { return nil }
            guard seen.insert(entry.id).inserted else { return nil }
            return ProcedureTerm(
                id: entry.id, classes: entry.classes ?? [], term: match.term,
                source: (entry.source.flatMap { file.sources?[$0] } ?? entry.source) ?? "",
                chineseName: (entry.names ?? []).first(where: \.hasHanCharacter))
        }
    }

    /// The corticosteroid a procedure order's text gives: the first named ("复方倍他米松1ml", "dexamethasone 8 mg":
    /// the drug and the words), else the first steroid injection ("激素注射", "epidural steroid"; no drug); `nil`
    /// when it names none, or only after a negation ("不用激素", "no steroid").
    public func corticosteroidGiven(in text: String) -> (drug: DrugTerm?, term: String)? {
        let matches = steroidIndex.matches(in: text)
        var injection: String?
        for (offset, match) in matches.enumerated() {
            if TermIndex.followsCue(matches, at: offset, \.isNegation) { continue }
            switch match.value {
            case let .drug(id): return (drugs[id], match.term)
            case .injection: injection = injection ?? match.term
            case .negation: continue
            }
        }
        return injection.map { (nil, $0) }
    }

    /// What an imaging order's text says about contrast; `nil` when it says none or nothing ("平扫",
    /// "without contrast", "no gadolinium").
    public func contrast(in text: String) -> ContrastMention? {
        // A field answered no ("增强：否", "造影剂：无") says no contrast: its words are not read.
        let matches = contrastIndex.matches(in: TextClause.withoutFieldsAnsweredNo(text, conditionWording))
        var mention: ContrastMention?
        for (offset, match) in matches.enumerated() {
            if TermIndex.followsCue(matches, at: offset, \.isNegation) { continue }
            let found: ContrastMention?
            switch match.value {
            case let .agent(id):
                let drug = drugs[id]
                found = drug?.isA(DrugClass.gadolinium) == true ? .gadolinium(drug, term: match.term) : .iodinated(drug, term: match.term)
            case .gadoliniumClass: found = .gadolinium(nil, term: match.term)
            case .iodinatedClass: found = .iodinated(nil, term: match.term)
            case .given: found = .unspecified(term: match.term)
            case .notGiven, .negation: found = nil
            }
            guard let found else { continue }
            // A named agent says more than a class, a class more than "enhanced".
            switch (mention, found) {
            case (nil, _), (.unspecified?, .gadolinium), (.unspecified?, .iodinated),
                (.gadolinium(nil, _)?, .gadolinium(.some, _)), (.iodinated(nil, _)?, .iodinated(.some, _)):
                mention = found
            default: break
            }
        }
        return mention
    }

    /// `text` without a trailing salt or dosage-form word ("依诺肝素钠注射液" -> "依诺肝素",
    /// "rivaroxaban tablets" -> "rivaroxaban"): how `terms lookup` shows the base name it looked for.
    public func withoutFormSuffixes(_ text: String) -> String {
        var base = TermText.normalised(text)
        let suffixes = (file.formSuffixes ?? []).map(TermText.normalised).sorted { $0.count > $1.count }
        var changed = true
        while changed {
            changed = false
            for suffix in suffixes where !suffix.isEmpty && base.count > suffix.count && base.hasSuffix(suffix) {
                base = String(base.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
                changed = true
                break
            }
        }
        return base
    }
}

extension Terminology {
    /// Drugs whose generic name or brand starts with what has been typed ("依诺", "clex" -> enoxaparin), for an
    /// order form that completes from the terminology: each drug once, with the name that matched, generic names
    /// before brands, shortest first.
    public func completions(for typed: String, limit: Int = 8) -> [(drug: DrugTerm, name: String)] {
        let prefix = TermText.normalised(typed)
        guard !prefix.isEmpty else { return [] }
        var found: [(drug: DrugTerm, name: String, rank: Int)] = []
        for drug in drugs.values {
            let candidates = drug.names.map { ($0, 0) } + drug.brands.map { ($0, 1) }
            let hit = candidates.filter { name, _ in
                let normalised = TermText.normalised(name)
                return normalised.hasPrefix(prefix) || normalised.replacingOccurrences(of: " ", with: "").hasPrefix(prefix)
            }.min { a, b in a.1 != b.1 ? a.1 < b.1 : a.0.count < b.0.count }
            if let (name, kind) = hit { found.append((drug, name, kind * 1000 + name.count)) }
        }
        return found.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.drug.id < $1.drug.id }.prefix(limit)
            .map { ($0.drug, $0.name) }
    }
}
