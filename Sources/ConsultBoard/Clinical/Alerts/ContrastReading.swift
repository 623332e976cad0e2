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
            let given: Contrast? = switch mention {
            case .gadolinium?: .gadolinium
            case .iodinated?: .iodinated
            case .unspecified?: terminology.mentions("contrastNotIodinated", in: order.text) ? nil : .iodinated
            case nil: nil
            }
            return given.map { ContrastReading(effective: $0, textSays: mention, contradicts: false) }
        default:
            return nil
        }
    }

    private static func of(_ imaging: ImagingDetails, text: String, terminology: Terminology) -> ContrastReading {
        let mention = terminology.contrast(in: text + "; " + imaging.region)
        let fromText: Contrast? = switch mention {
        case .gadolinium?: .gadolinium
        case .iodinated?: .iodinated
        case .unspecified?:
            switch imaging.modality {
            case .mri: .gadolinium
            case .ct: .iodinated
            case .xr: terminology.mentions("contrastNotIodinated", in: text) ? nil : .iodinated
            case .us: nil
            }
        case nil: nil
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
}
