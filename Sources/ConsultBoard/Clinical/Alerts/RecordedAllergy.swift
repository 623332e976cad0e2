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
    static let intoleranceWords = ["red man", "red neck", "infusion reaction", "rate related", "intolerance", "intolerant", "nausea", "vomiting", "gi upset", "confusion", "drowsiness", "红人综合征", "输注反应", "不耐受", "胃肠道反应", "恶心", "呕吐"]
    static let severeWords = ["anaphylaxis", "anaphylactic", "angioedema", "stevens johnson", "sjs", "ten", "dress", "severe", "过敏性休克", "休克", "喉头水肿", "血管性水肿", "重度", "严重"]

    /// Every allergy of a record: the active structured ones, then the free text still on record.
    public static func all(in record: PatientRecord, terminology: Terminology) -> [RecordedAllergy] {
        let structured = record.allergies.filter { $0.status == .active }.flatMap { allergy in
            parse(allergy.summary.replacingOccurrences(of: ",", with: " "), terminology: terminology).map { parsed in
                var parsed = parsed
                if allergy.severity == .severe { parsed.severe = true; parsed.intolerance = false }
                return parsed
            }
        }
        return structured + parse(record.patient.allergies, terminology: terminology)
    }

    /// The allergies stated in `text` (empty for "NKDA", "无", or nothing).
    public static func parse(_ text: String, terminology: Terminology) -> [RecordedAllergy] {
        let parts = text.split(whereSeparator: { ",;，；、\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.compactMap { part in
            let normalised = TermText.normalised(part)
            guard !normalised.isEmpty, !noneStated.contains(normalised) else { return nil }
            let substance = part.split(whereSeparator: { "(（".contains($0) }).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? part
            let drugs = terminology.drugs(in: substance)
            var classes = Set(terminology.classes(in: substance))
            for drug in drugs { classes.formUnion(drug.classes) }
            // A class named by the allergy brings its parents (penicillins are beta-lactams).
            for drugClass in classes { classes.formUnion(terminology.ancestors(ofClass: drugClass)) }
            let words = " " + normalised + " "
            func says(_ list: [String]) -> Bool {
                list.contains { word in
                    word.unicodeScalars.allSatisfy(\.isASCII) ? words.contains(" \(word) ") : normalised.contains(word)
                }
            }
            let severe = says(severeWords)
            return RecordedAllergy(
                text: part, substance: substance, drugs: drugs.map(\.id), classes: classes, severe: severe,
                intolerance: !severe && says(intoleranceWords))
        }
    }
}
