import Foundation

/// The terminology as written in a JSON file (terminology/consultboard-terminology.json, or a ward's extension
/// file of the same format). Every section is optional, so an extension file holds only what it adds or changes.
/// `Terminology` compiles it for matching.
public struct TerminologyFile: Codable, Sendable, Equatable {
    public var format: Int?
    public var version: String?
    /// Citation of each source, by key; every entry names one of these keys (or gives the citation itself).
    public var sources: [String: String]?
    public var classes: [ClassEntry]?
    public var drugs: [DrugEntry]?
    public var procedures: [ProcedureEntry]?
    public var conditions: [ConditionEntry]?
    public var words: [String: WordsValue]?
    public var asraProfiles: [String: ASRAProfile]?
    public var frequencies: [FrequencyEntry]?
    public var asNeeded: [String]?
    public var formSuffixes: [String]?

    /// A drug class ("lmwh"): its label, the names it is written as, and the classes it belongs to.
    public struct ClassEntry: Codable, Sendable, Equatable {
        public var id: String
        public var label: String?
        public var names: [String]?
        public var parents: [String]?
        public var source: String?
    }

    /// An amount with its unit ("mg" or "units").
    public struct Amount: Codable, Sendable, Equatable {
        public var amount: Double
        public var unit: String
    }

    /// A drug: ATC code, English INN and Chinese generic names (with salt and form variants), brands.
    public struct DrugEntry: Codable, Sendable, Equatable {
        public var id: String
        public var atc: String?
        public var classes: [String]?
        public var names: [String]?
        public var brands: [String]?
        public var source: String?
        /// Corticosteroids: mg of prednisone one mg of this drug is equivalent to.
        public var prednisoneEquivalentPerMg: Double?
        /// Gadolinium agents: the ACR group ("I", "II", "III").
        public var gadoliniumGroup: String?
        public var gadoliniumNote: String?
        /// Anti-Xa units in one mg (enoxaparin 100), so a dose written in units can be read in mg.
        public var unitsPerMg: Double?
        /// The strength of the product per mL, so a dose written as a volume ("0.4ml") can be read in mg.
        public var strengthPerMl: VolumeStrength?
        public var asra: ASRADrug?
        /// Label renal thresholds, most severe first.
        public var renal: [RenalThreshold]?
    }

    /// How ASRA 2018 times this drug around neuraxial procedures: a profile, and the largest prophylactic dose.
    public struct ASRADrug: Codable, Sendable, Equatable {
        public var profile: String
        public var prophylacticMax: ProphylacticMax?
    }

    /// mg in one mL, for volumes up to `upToMl`: the largest volume whose products come only in this strength
    /// (enoxaparin: 100 mg/mL up to 0.6 mL; 0.8 and 1 mL syringes come in 100 and 150 mg/mL, so such a volume
    /// stays unread).
    public struct VolumeStrength: Codable, Sendable, Equatable {
        public var mg: Double
        public var upToMl: Double
    }

    public struct ProphylacticMax: Codable, Sendable, Equatable {
        public var perDose: Amount?
        public var perDay: Amount?
        public var perKgPerDose: Amount?
    }

    /// A labelled renal threshold: below `crclBelow` mL/min (Cockcroft-Gault) the advice applies.
    public struct RenalThreshold: Codable, Sendable, Equatable {
        public var crclBelow: Double
        public var advice: String
        /// `advice` as Chinese clinicians write it (shown in zh-Hans; the English where absent).
        public var adviceZh: String?
        /// Only when a single dose is above this (a dose already reduced needs no advice).
        public var onlyIfDoseAbove: Amount?
        /// Only when the dose a day (dose x doses a day) is above this: an interval already lengthened as the label
        /// says (entecavir 0.5 mg every 48 hours) needs no advice.
        public var onlyIfDailyDoseAbove: Amount?
    }

    public struct ProcedureEntry: Codable, Sendable, Equatable {
        public var id: String
        /// neuraxial-puncture, neuraxial-catheter, deep-block, spine-intervention, spine-surgery.
        public var classes: [String]?
        public var names: [String]?
        /// Generic wording ("fusion", "内固定") counts only with a spinal site in the same text.
        public var needsSpineSite: Bool?
        /// Wording ("拔管") that counts only with a neuraxial word in the same text.
        public var needsNeuraxialContext: Bool?
        public var source: String?
    }

    public struct ConditionEntry: Codable, Sendable, Equatable {
        public var id: String
        public var names: [String]?
        /// Phrases that are not the condition ("diabetes insipidus").
        public var excluding: [String]?
        public var source: String?
    }

    public struct ASRAProfile: Codable, Sendable, Equatable {
        public var source: String?
        /// Whether the drug alone calls for the spinal-procedure alert (aspirin does not).
        public var alone: Bool?
        public var tiers: [ASRATier]
    }

    /// One dose band of a profile: the first tier whose conditions hold applies.
    public struct ASRATier: Codable, Sendable, Equatable {
        public var label: String
        public var when: ASRACondition
        public var beforePunctureHours: Double?
        public var afterPunctureHours: Double?
        public var removalAfterLastDoseHours: Double?
        public var afterRemovalHours: Double?
        public var catheter: String?
        /// `label` and `catheter` as Chinese clinicians write them (shown in zh-Hans; the English where absent).
        public var labelZh: String?
        public var catheterZh: String?
    }

    public struct ASRACondition: Codable, Sendable, Equatable {
        /// "prophylactic": the dose is within the drug's `prophylacticMax`.
        public var doseLevel: String?
        public var maxTimesPerDay: Double?
        /// The route contains one of these.
        public var routes: [String]?
        public var maxPerDay: Amount?
        /// The Cockcroft-Gault CrCl is known and at least this.
        public var minCrCl: Double?
    }

    public struct FrequencyEntry: Codable, Sendable, Equatable {
        public var perDay: Double
        public var single: Bool?
        public var names: [String]
    }

    /// A `words` value: a list of words, or one pattern.
    public enum WordsValue: Codable, Sendable, Equatable {
        case list([String])
        case pattern(String)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) {
                self = .list(list)
            } else {
                self = .pattern(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .list(list): try container.encode(list)
            case let .pattern(pattern): try container.encode(pattern)
            }
        }

        var list: [String] {
            if case let .list(list) = self { return list }
            return []
        }
    }
}
