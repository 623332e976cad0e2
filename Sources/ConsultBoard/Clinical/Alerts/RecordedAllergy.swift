import Foundation

/// One allergy as the record states it, read with the terminology: the substance's drugs and classes, the
/// reaction, and whether the reaction was severe. Read from the patient's allergy text ("Penicillin
/// (anaphylaxis); 磺胺类（皮疹）"), one substance per part between , ; 、 and newlines.
public struct RecordedAllergy: Sendable, Equatable {
    /// The part as written (sanitised when shown).
    public var text: String
    /// The substance without its bracketed reaction.
    public var substance: String
    /// The drugs the substance names.
    public var drugs: [String]
    /// The classes the substance names or its drugs belong to ("penicillin", "beta-lactam").
    public var classes: Set<String>
    /// Anaphylaxis, angioedema, Stevens-Johnson, "severe", 过敏性休克...
    public var severe: Bool
    /// The reaction reads as an intolerance or infusion-rate reaction (red man syndrome, nausea, 不耐受), not an
    /// immune allergy: the drug may be given with the precaution it calls for.
    public var intolerance: Bool

    // The words an allergy is read with are the terminology's (`AllergyWording`, `words` in
    // terminology/consultboard-terminology.json). A part that says the patient is not allergic to what it names
    // ("否认青霉素过敏史", "no known penicillin allergy", "青霉素过敏史（-）", "青霉素皮试阴性", "penicillin allergy ruled
    // out") states none: before the substance, words that always deny; words that deny only when the part speaks of
    // an allergy ("无青霉素过敏", but "无水乙醇" is a substance); after it, or as the whole bracket, a negative result.
    // A negation inside the reaction ("rash, not anaphylaxis") is never read as one: only the substance's own words
    // and a bracket that is nothing but a negative result count, so a recorded allergy is never hidden by its own
    // description. "非" is not a denial of the substance: 非甾体抗炎药 is the NSAIDs.

    /// Every allergy of a record: the active structured ones, then the free text still on record.
    public static func all(in record: PatientRecord, terminology: Terminology) -> [RecordedAllergy] {
        let structured = record.allergies.filter { $0.status == .active }.flatMap { allergy in
            // A structured allergy is an allergy: its substance is never read as a denial.
            parse(allergy.summary.replacingOccurrences(of: ",", with: " "), terminology: terminology, readingDenials: false).map { parsed in
                var parsed = parsed
                if allergy.severity == .severe { parsed.severe = true; parsed.intolerance = false }
                return parsed
            }
        }
        return structured + parse(record.patient.allergies, terminology: terminology)
    }

    /// The allergies stated in `text` (empty for "NKDA", "无", or nothing); with `readingDenials`, a part that
    /// denies an allergy ("否认青霉素过敏史") states none.
    public static func parse(_ text: String, terminology: Terminology, readingDenials: Bool = true) -> [RecordedAllergy] {
        let parts = topLevelParts(of: text).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.compactMap { part in
            let normalised = TermText.normalised(part)
            let wording = terminology.allergyWording
            guard !normalised.isEmpty, !wording.noneStated.contains(normalised) else { return nil }
            let substance = part.split(whereSeparator: { "(（".contains($0) }).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? part
            guard !(readingDenials && statesNoAllergy(part: part, substance: substance, wording: wording, answers: terminology.conditionWording))
            else { return nil }
            // A field answered no ("青霉素过敏：无", "penicillin allergy: none") states none.
            guard !(readingDenials && TextClause.isFieldAnsweredNo(part, terminology.conditionWording)) else { return nil }
            let drugs = terminology.drugs(in: substance)
            var classes = Set(terminology.classes(in: substance))
            for drug in drugs { classes.formUnion(drug.classes) }
            // A class named by the allergy brings its parents (penicillins are beta-lactams).
            for drugClass in classes { classes.formUnion(terminology.ancestors(ofClass: drugClass)) }
            // A reaction to a study or an enhanced scan is to its contrast ("冠脉造影后过敏性休克", "增强CT后皮疹"):
            // read as no allergy before, so a contrast CT beside it met no alert.
            if !classes.contains(DrugClass.contrastAgent), let contrast = ContrastReading.classOfAllergy(to: substance, terminology: terminology) {
                classes.insert(contrast)
                classes.formUnion(terminology.ancestors(ofClass: contrast))
            }
            // A reaction the record rules out ("rash, not anaphylaxis", "无过敏性休克") is not one it records.
            let affirmed = Self.withoutDeniedReactions(normalised, wording: wording)
            let words = " " + affirmed + " "
            func says(_ list: [String]) -> Bool {
                list.contains { word in
                    word.isASCIIOnly ? words.contains(" \(word) ") : affirmed.contains(word)
                }
            }
            let severe = says(wording.severe)
            return RecordedAllergy(
                text: part, substance: substance, drugs: drugs.map(\.id), classes: classes, severe: severe,
                intolerance: !severe && says(wording.intolerance))
        }
    }

    /// `normalised` without the reactions it denies: a severe or intolerance word right after a reaction denial
    /// ("not", "no", "without", "无", "没有", "未", "非") is dropped with its denial.
    static func withoutDeniedReactions(_ normalised: String, wording: AllergyWording) -> String {
        let denials = wording.reactionDenialPrefixes.filter { normalised.contains($0) }
        // Rules read every patient's allergies at every evaluation: most texts deny nothing and are returned as
        // they are, without the replacements below.
        guard !denials.isEmpty else { return normalised }
        var out = normalised
        for denial in denials {
            for word in wording.reactions {
                out = out.replacingOccurrences(of: denial + word, with: " ")
            }
        }
        return out
    }

    /// `text` split at , ; ， ； 、 and line breaks outside brackets: "Penicillin (rash, not anaphylaxis)" is one
    /// allergy with its reaction, not "Penicillin (rash" and "not anaphylaxis)".
    static func topLevelParts(of text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "（": depth += 1
            case ")", "）": depth = max(0, depth - 1)
            case _ where depth == 0 && ",;，；、\n".contains(character):
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    /// Whether `part` (with `substance`, the words before its bracket) denies the allergy (see the comment at the
    /// top of this type).
    /// `answers`: what answers a field "no" ("否", "无", "no", "none"), the same words a history is read with.
    static func statesNoAllergy(part: String, substance: String, wording: AllergyWording, answers: ConditionWording) -> Bool {
        let named = TermText.normalised(substance)
        let whole = TermText.normalised(part)
        // The bracket's words alone ("（-）" is "negative" once normalised, "（阴性）").
        let bracket = whole.hasPrefix(named) ? String(whole.dropFirst(named.count)).trimmingCharacters(in: .whitespaces) : ""
        func starts(with words: [String]) -> Bool {
            words.contains { word in
                guard named.hasPrefix(word) else { return false }
                // A Latin word ends where a word does ("no" is not the start of "norfloxacin").
                guard word.isASCIIOnly else { return true }
                return named.dropFirst(word.count).first.map { $0 == " " } ?? false
            }
        }
        if starts(with: wording.denialBefore) { return true }
        if starts(with: wording.denialBeforeAllergyWord), wording.allergyWord.contains(where: { whole.contains($0) }) { return true }
        if wording.negativeAfter.contains(where: { named.hasSuffix($0) }) { return true }
        if wording.negativeAfter.contains(bracket) { return true }
        if wording.toleratedAfter.contains(where: { named.hasSuffix($0) }),
            !wording.allergyWord.contains(where: { whole.contains($0) }), !wording.reactions.contains(where: { whole.contains($0) })
        {
            return true
        }
        // "碘过敏（无）": the bracket answers no, in a part that speaks of an allergy ("青霉素（无）" stays one).
        if answers.negativeAnswers.contains(bracket), wording.allergyWord.contains(where: { named.contains($0) }) { return true }
        return deniedAtItsAllergyWord(named, wording: wording, answers: answers)
    }

    /// Whether the substance's words end in an allergy word that they deny: answered no after it ("碘过敏 否",
    /// "penicillin allergy? no", "青霉素过敏史无"), or a denial right before it, after the substance ("对碘不过敏",
    /// "青霉素无过敏史", "iodine: no allergy"). Anything else after the allergy word ("碘过敏 无过敏性休克",
    /// "碘过敏史不详", "penicillin allergy unlikely") leaves the allergy standing: only a plain no denies it.
    static func deniedAtItsAllergyWord(_ named: String, wording: AllergyWording, answers: ConditionWording) -> Bool {
        let found = wording.allergyWord.compactMap { named.range(of: $0, options: .backwards) }
            .max { $0.lowerBound < $1.lowerBound }
        guard let found else { return false }
        var after = named[found.upperBound...]
        if let ending = wording.allergyWordEndings.first(where: { after.hasPrefix($0) }) { after = after.dropFirst(ending.count) }
        let answer = after.trimmingCharacters(in: .whitespaces)
        if !answer.isEmpty {
            // The allergy word ends where a word does: "allergen" is not "allerg" answered "en".
            let wordGoesOn = after.first.map { $0.isASCII && $0.isLetter } ?? false
            return !wordGoesOn && answers.negativeAnswers.contains(answer)
        }
        let before = named[..<found.lowerBound].trimmingCharacters(in: .whitespaces)
        return wording.denialBetween.contains { denial in
            guard before.hasSuffix(denial) else { return false }
            let substance = before.dropLast(denial.count)
            // The substance comes first ("无过敏" alone names none); a Latin denial is a word of its own ("no", not
            // the end of "casino").
            guard !substance.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
            return !denial.isASCIIOnly || substance.last == " "
        }
    }
}
