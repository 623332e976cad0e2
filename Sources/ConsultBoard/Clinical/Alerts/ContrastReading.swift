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

    /// `nil` for orders that are not imaging.
    public static func of(_ order: Order, terminology: Terminology) -> ContrastReading? {
        guard order.kind == .imaging, let imaging = order.imaging else { return nil }
        let mention = terminology.contrast(in: order.text + "; " + imaging.region)
        let fromText: Contrast? = switch mention {
        case .gadolinium?: .gadolinium
        case .iodinated?: .iodinated
        case .unspecified?: imaging.modality == .mri ? .gadolinium : imaging.modality == .ct ? .iodinated : nil
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
