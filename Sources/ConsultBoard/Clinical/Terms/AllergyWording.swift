import Foundation

/// The words an allergy record is read with, from the terminology's `words` (normalised once, when the terminology
/// is built, since the rules read every patient's allergies at every evaluation). A ward's extension file adds to
/// any list; docs/safety-rules.md says what each one does.
public struct AllergyWording: Sendable, Equatable {
    /// A whole part that states no known allergy ("NKDA", "无", "否认药物过敏史").
    public let noneStated: Set<String>
    /// Words before the substance that always deny it ("否认", "no known", "not allergic to").
    public let denialBefore: [String]
    /// Words before the substance that deny it only when the part speaks of an allergy ("无青霉素过敏"; "无水乙醇"
    /// is a substance).
    public let denialBeforeAllergyWord: [String]
    /// Denials written between the substance and the allergy word that ends it ("对碘不过敏", "青霉素无过敏史",
    /// "iodine: no allergy").
    public let denialBetween: [String]
    /// What may follow an allergy word and still end the statement ("过敏史", "过敏反应", "allergy", "allergic").
    public let allergyWordEndings: [String]
    /// A negative result after the substance or as its whole bracket ("阴性", "ruled out", "（-）").
    public let negativeAfter: [String]
    /// A substance given before without trouble, after its name ("增强CT无不适", "tolerated"): no allergy, unless the
    /// part also speaks of an allergy or a reaction ("青霉素过敏性休克抢救后无不适" stays one).
    public let toleratedAfter: [String]
    /// What says the part is about an allergy ("过敏", "allerg").
    public let allergyWord: [String]
    /// Denials inside the reaction ("not", "无", "非"): a severe or intolerance word right after one is not
    /// recorded ("rash, not anaphylaxis").
    public let reactionDenial: [String]
    /// A reaction that reads as an intolerance or an infusion-rate reaction, not an immune allergy.
    public let intolerance: [String]
    /// A severe reaction (anaphylaxis, angioedema, SJS, 过敏性休克).
    public let severe: [String]

    /// The reaction denials as they stand in normalised text: a Latin one as a word of its own ("not "), a Chinese
    /// one written against the reaction ("无").
    let reactionDenialPrefixes: [String]
    /// The reactions a denial can rule out: the severe ones, then the intolerances.
    let reactions: [String]

    init(words: [String: TerminologyFile.WordsValue]) {
        func list(_ key: String) -> [String] {
            guard case let .list(values)? = words[key] else { return [] }
            return values.map(TermText.normalised).filter { !$0.isEmpty }
        }
        noneStated = Set(list("allergyNoneStated"))
        denialBefore = list("allergyDenialBefore")
        denialBeforeAllergyWord = list("allergyDenialBeforeAllergyWord")
        denialBetween = list("allergyDenialBetween")
        // Longest first, so "反应史" is taken whole rather than as "反应" with "史" left over.
        allergyWordEndings = list("allergyWordEndings").sorted { $0.count > $1.count }
        negativeAfter = list("allergyNegativeAfter")
        toleratedAfter = list("allergyToleratedAfter").map(TermText.normalised)
        allergyWord = list("allergyWord")
        reactionDenial = list("allergyReactionDenial")
        intolerance = list("allergyIntolerance")
        severe = list("allergySevere")
        reactionDenialPrefixes = reactionDenial.map { $0.isASCIIOnly ? $0 + " " : $0 }
        reactions = severe + intolerance
    }
}
