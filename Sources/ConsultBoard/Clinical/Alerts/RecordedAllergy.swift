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

    /// Statements that there is no known allergy, not an allergen.
    static let noneStated = ["nkda", "nka", "none", "no known drug allergies", "no known allergies", "无", "否认", "否认药物过敏史", "无药物过敏史", "无已知药物过敏"]
    /// A part that says the patient is not allergic to what it names ("否认青霉素过敏史", "no known penicillin
    /// allergy", "青霉素过敏史（-）", "青霉素皮试阴性", "penicillin allergy ruled out"): before the substance, words
    /// that always deny; words that deny only when the part speaks of an allergy ("无青霉素过敏", but "无水乙醇" is
    /// a substance); after it, or as the whole bracket, a negative result. A negation inside the reaction ("rash,
    /// not anaphylaxis") is never read as one: only the substance's own words and a bracket that is nothing but a
    /// negative result count, so a recorded allergy is never hidden by its own description. "非" is not a
    /// negation here: 非甾体抗炎药 is the NSAIDs.
    static let denyingBefore = ["否认", "denies", "denied", "no known", "no history of", "no hx of", "not allergic to", "negative for"]
    static let denyingBeforeAllergy = ["无", "没有", "未发现", "no"]
    static let negativeAfter = ["negative", "阴性", "denied", "ruled out", "excluded", "已排除", "已除外"]
    static let allergyWords = ["过敏", "allerg"]

    static let intoleranceWords = ["red man", "red neck", "infusion reaction", "rate related", "intolerance", "intolerant", "nausea", "vomiting", "gi upset", "confusion", "drowsiness", "红人综合征", "输注反应", "不耐受", "胃肠道反应", "恶心", "呕吐"]
    static let severeWords = ["anaphylaxis", "anaphylactic", "angioedema", "stevens johnson", "sjs", "ten", "dress", "severe", "过敏性休克", "休克", "喉头水肿", "血管性水肿", "重度", "严重"]

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
            guard !normalised.isEmpty, !noneStated.contains(normalised) else { return nil }
            let substance = part.split(whereSeparator: { "(（".contains($0) }).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? part
            guard !(readingDenials && statesNoAllergy(part: part, substance: substance)) else { return nil }
            let drugs = terminology.drugs(in: substance)
            var classes = Set(terminology.classes(in: substance))
            for drug in drugs { classes.formUnion(drug.classes) }
            // A class named by the allergy brings its parents (penicillins are beta-lactams).
            for drugClass in classes { classes.formUnion(terminology.ancestors(ofClass: drugClass)) }
            // A reaction the record rules out ("rash, not anaphylaxis", "无过敏性休克") is not one it records.
            let affirmed = Self.withoutDeniedReactions(normalised)
            let words = " " + affirmed + " "
            func says(_ list: [String]) -> Bool {
                list.contains { word in
                    word.unicodeScalars.allSatisfy(\.isASCII) ? words.contains(" \(word) ") : affirmed.contains(word)
                }
            }
            let severe = says(severeWords)
            return RecordedAllergy(
                text: part, substance: substance, drugs: drugs.map(\.id), classes: classes, severe: severe,
                intolerance: !severe && says(intoleranceWords))
        }
    }

    /// `normalised` without the reactions it denies: a severe or intolerance word right after "not", "no",
    /// "without", "无", "没有", "未", "非" is dropped with its denial.
    static func withoutDeniedReactions(_ normalised: String) -> String {
        // Rules read every patient's allergies at every evaluation: most texts deny nothing and are returned as
        // they are, without the replacements below.
        let denials = ["not ", "no ", "without ", "无", "没有", "未", "非"].filter { normalised.contains($0) }
        guard !denials.isEmpty else { return normalised }
        var out = normalised
        for denial in denials {
            for word in severeWords + intoleranceWords {
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

    /// Whether `part` (with `substance`, the words before its bracket) denies the allergy (see `denyingBefore`).
    static func statesNoAllergy(part: String, substance: String) -> Bool {
        let named = TermText.normalised(substance)
        let whole = TermText.normalised(part)
        // The bracket's words alone ("（-）" is "negative" once normalised, "（阴性）").
        let bracket = whole.hasPrefix(named) ? String(whole.dropFirst(named.count)).trimmingCharacters(in: .whitespaces) : ""
        func starts(with words: [String]) -> Bool {
            words.contains { word in
                guard named.hasPrefix(word) else { return false }
                // A Latin word ends where a word does ("no" is not the start of "norfloxacin").
                guard word.unicodeScalars.allSatisfy(\.isASCII) else { return true }
                return named.dropFirst(word.count).first.map { $0 == " " } ?? false
            }
        }
        if starts(with: denyingBefore) { return true }
        if starts(with: denyingBeforeAllergy), allergyWords.contains(where: { whole.contains($0) }) { return true }
        if negativeAfter.contains(where: { named.hasSuffix($0) }) { return true }
        return negativeAfter.contains(bracket)
    }
}
