import Foundation

/// The contrast an imaging order gives, read from its contrast field and its text together: a text that says
/// contrast counts even when the field says none (the safer reading), and the disagreement is reported.
public struct ContrastReading: Sendable, Equatable {
    /// The contrast the checks assume.
    public var effective: Contrast
    /// What the text says, if anything.
    public var textSays: ContrastMention?
    /// The field and the text disagree.
    public var contradicts: Bool

    /// `nil` for orders that neither image nor do a procedure.
    ///
    /// A contrast named without its kind ("增强", "造影", "contrast") is gadolinium on an MRI and iodinated on a CT or
    /// an X-ray study (angiography, DSA, myelography, urography), unless the text says barium or a contrast
    /// ultrasound (microbubbles, not iodine); an ultrasound's is never iodinated. A procedure order has no contrast
    /// field: a contrast study its text names ("全脑血管造影", "L4/5椎间盘造影术", "DSA") gives iodinated contrast unless
    /// it names gadolinium, and there is no field to contradict. Before, an X-ray study or a procedure with
    /// contrast met no contrast allergy at all.
    public static func of(_ order: Order, terminology: Terminology) -> ContrastReading? {
        switch order.kind {
        case .imaging:
            guard let imaging = order.imaging else { return nil }
            return of(imaging, text: order.text, terminology: terminology)
        case .procedure:
            guard terminology.namesAContrastStudy(order.text) else { return nil }
            let mention = terminology.contrast(in: order.text)
            return given(by: mention, xRayText: order.text, terminology: terminology)
                .map { ContrastReading(effective: $0, textSays: mention, contradicts: false) }
        default:
            return nil
        }
    }

    private static func of(_ imaging: ImagingDetails, text: String, terminology: Terminology) -> ContrastReading {
        let mention = terminology.contrast(in: text + "; " + imaging.region)
        let fromText: Contrast? = switch (mention, imaging.modality) {
        case (.unspecified?, .mri): .gadolinium
        case (.unspecified?, .ct): .iodinated
        case (.unspecified?, .us): nil
        default: given(by: mention, xRayText: text, terminology: terminology)
        }
        let field = imaging.contrast
        guard let fromText else {
            return ContrastReading(effective: field, textSays: mention, contradicts: false)
        }
        let contradicts: Bool = switch mention {
        case .unspecified?: field == .none
        default: field != fromText
        }
        return ContrastReading(effective: field == .none ? fromText : (contradicts ? fromText : field), textSays: mention, contradicts: contradicts)
    }

    /// The contrast class an allergy means when its substance names a study or an enhanced scan rather than an agent
    /// ("冠脉造影后过敏性休克", "增强CT后皮疹", "MRI增强过敏", "contrast reaction"): the agent's kind when named, gadolinium
    /// for a magnetic resonance study, none for barium or a contrast ultrasound, iodinated for a CT or an X-ray study
    /// (造影, angiography, DSA), and contrast of an unknown kind otherwise. `nil` when it speaks of no contrast.
    public static func classOfAllergy(to substance: String, terminology: Terminology) -> String? {
        switch terminology.contrast(in: substance) {
        case nil: return nil
        case .gadolinium?: return DrugClass.gadolinium
        case .iodinated?: return DrugClass.iodinatedContrast
        case .unspecified?:
            if terminology.mentions("contrastNotIodinated", in: substance) { return nil }
            if terminology.mentions("magneticResonance", in: substance) { return DrugClass.gadolinium }
            if terminology.namesAContrastStudy(substance) || terminology.mentions("computedTomography", in: substance) {
                return DrugClass.iodinatedContrast
            }
            return DrugClass.contrastAgent
        }
    }

    /// The contrast a mention gives, a contrast named without its kind read as an X-ray study's (`xRayText` is
    /// where a barium study or a contrast ultrasound would be named).
    private static func given(by mention: ContrastMention?, xRayText: String, terminology: Terminology) -> Contrast? {
        switch mention {
        case .gadolinium?: .gadolinium
        case .iodinated?: .iodinated
        case .unspecified?: terminology.mentions("contrastNotIodinated", in: xRayText) ? nil : .iodinated
        case nil: nil
        }
    }
}
