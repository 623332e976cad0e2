import Foundation

/// The class ids the safety rules ask about ("is this an LMWH?"). The terminology must define each of them.
public enum DrugClass {
    public static let anticoagulant = "anticoagulant"
    public static let antithrombotic = "antithrombotic"
    public static let lmwh = "lmwh"
    public static let unfractionatedHeparin = "ufh"
    public static let heparinLock = "heparin-lock"
    public static let thrombolytic = "thrombolytic"
    public static let doac = "doac"
    public static let gadolinium = "gadolinium-contrast"
    public static let iodinatedContrast = "iodinated-contrast"
    /// Any contrast medium, its kind not known ("造影剂过敏").
    public static let contrastAgent = "contrast-agent"
    /// Iodine itself (碘, povidone-iodine): not a contrast medium, and not by itself a contrast allergy.
    public static let iodine = "iodine"
    /// A drug whose molecule carries iodine and whose label contraindicates it with an iodine hypersensitivity
    /// (amiodarone): not in the iodine class, so an iodine allergy asks what reacted rather than forbidding it.
    public static let iodineContaining = "iodine-containing"
    public static let systemicCorticosteroid = "systemic-corticosteroid"
    public static let immunosuppressant = "immunosuppressant"
    public static let immunoglobulin = "immunoglobulin"
    public static let nephrotoxin = "nephrotoxin"
    public static let penicillin = "penicillin"
    public static let betaLactam = "beta-lactam"
    public static let sulfonamideAntibiotic = "sulfonamide-antibiotic"
    public static let fluoroquinolone = "fluoroquinolone"
    public static let nsaid = "nsaid"
    public static let opioid = "opioid"

    /// Every class a rule asks about: `Terminology` refuses a file set that leaves one undefined.
    static let required = [
        anticoagulant, antithrombotic, lmwh, unfractionatedHeparin, heparinLock, doac, gadolinium, iodinatedContrast,
        systemicCorticosteroid, immunosuppressant, immunoglobulin, nephrotoxin, penicillin, betaLactam,
        sulfonamideAntibiotic, nsaid, opioid, iodine, iodineContaining, contrastAgent,
    ]
}

/// A drug of the terminology, as the rules see it.
public struct DrugTerm: Sendable, Equatable, Identifiable {
    /// The generic name the rules print ("enoxaparin").
    public var id: String
    public var atc: String?
    /// Generic names (English INN, Chinese, salt and form variants).
    public var names: [String]
    public var brands: [String]
    /// Its classes and every class they belong to ("enoxaparin": lmwh, heparins, anticoagulant, antithrombotic).
    public var classes: Set<String>
    /// The classes as listed in the entry (for display).
    public var directClasses: [String]
    public var source: String
    public var prednisoneEquivalentPerMg: Double?
    public var gadoliniumGroup: String?
    public var gadoliniumNote: String?
    public var unitsPerMg: Double?
    public var strengthPerMl: TerminologyFile.VolumeStrength? = nil
    public var asra: TerminologyFile.ASRADrug?
    public var renal: [TerminologyFile.RenalThreshold]

    /// The generic name, for messages.
    public var name: String { id }

    public func isA(_ drugClass: String) -> Bool { classes.contains(drugClass) }

    public var isAnticoagulant: Bool { isA(DrugClass.anticoagulant) }
}

/// A procedure of the terminology found in an order's text.
public struct ProcedureTerm: Sendable, Equatable {
    public var id: String
    /// neuraxial-puncture, neuraxial-catheter, deep-block, spine-intervention, spine-surgery.
    public var classes: [String]
    /// The wording that matched, as listed.
    public var term: String
    public var source: String
    /// The first Chinese name the terminology lists for it ("腰椎穿刺"), for Chinese screens.
    public var chineseName: String? = nil
}

/// A condition (diabetes mellitus, maintenance dialysis) found, not negated, in a diagnosis or problem.
public struct ConditionTerm: Sendable, Equatable {
    public var id: String
    /// The wording that matched, as listed.
    public var term: String
}

/// What an imaging order's text says about contrast.
public enum ContrastMention: Sendable, Equatable {
    /// A gadolinium agent or gadolinium itself (the agent's drug, when named).
    case gadolinium(DrugTerm?, term: String)
    case iodinated(DrugTerm?, term: String)
    /// Contrast without saying which ("增强", "enhanced", "with contrast").
    case unspecified(term: String)

    public var term: String {
        switch self {
        case let .gadolinium(_, term), let .iodinated(_, term), let .unspecified(term): term
        }
    }
}
