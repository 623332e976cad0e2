import Foundation

/// How much systemic corticosteroid an order gives, in prednisone-equivalent mg a day, and whether that is high
/// dose or a pulse.
///
/// Nomenclature: Buttgereit F et al. Standardised nomenclature for glucocorticoid dosages and glucocorticoid
/// treatment regimens. Ann Rheum Dis 2002;61:718-22: low <= 7.5 mg, medium > 7.5 to 30 mg, high > 30 to 100 mg,
/// very high > 100 mg prednisone-equivalent a day; pulse therapy >= 250 mg a day for one or a few days.
/// Potencies: the terminology's `prednisoneEquivalentPerMg` of each corticosteroid (BNF table).
public struct CorticosteroidExposure: Sendable, Equatable {
    /// More than this (mg prednisone-equivalent a day) is high dose.
    public static let highDoseAbove = 30.0
    /// This or more is pulse therapy.
    public static let pulseFrom = 250.0
    /// A per-kilogram dose without a recorded weight counts as high dose from this much (prednisone-equivalent
    /// mg/kg a day): it exceeds 30 mg a day for anyone over 30 kg.
    public static let highDosePerKilogram = 1.0

    /// `nil` when the dose could not be read (or is per kilogram and no weight is recorded).
    public var prednisoneEquivalentPerDay: Double?
    /// Prednisone-equivalent mg/kg a day, for a per-kilogram dose.
    public var prednisoneEquivalentPerKilogramPerDay: Double?
    /// The order itself says "pulse" (冲击).
    public var pulseWording: Bool
    /// Injected into a joint, the epidural space, a facet, near a nerve root or into soft tissue: a depot dose
    /// that is absorbed, not a local treatment (see `steroidInjectionRoute` in the terminology).
    public var injected = false

    /// Whether the dose was read at all (in mg, or mg/kg): "1支", "四十毫克" or "one ampoule" are not, and such an
    /// order may be high dose or not.
    public var doseRead: Bool { prednisoneEquivalentPerDay != nil || prednisoneEquivalentPerKilogramPerDay != nil }

    public var isPulse: Bool { pulseWording || (prednisoneEquivalentPerDay ?? 0) >= Self.pulseFrom }

    public var isHighDose: Bool {
        if isPulse { return true }
        if let perDay = prednisoneEquivalentPerDay { return perDay > Self.highDoseAbove }
        if let perKilogram = prednisoneEquivalentPerKilogramPerDay { return perKilogram >= Self.highDosePerKilogram }
        return false
    }

    /// The systemic corticosteroid exposure of an order; `nil` for other drugs and local routes (inhaled,
    /// topical, eye...). A depot injected into a joint, the epidural space, a facet or near a nerve root is
    /// absorbed (`injected`): glucose rises for 1-3 days after it (Choudhry MN et al., JBJS Rev 2016;4(3); Spine
    /// Intervention Society, Epidural steroid injections and hyperglycemia). The daily amount is dose x doses a
    /// day; an unreadable frequency counts as once a day, the least the order can mean.
    public static func of(
        _ medication: MedicationOrder, weightKg: Double?, terminology: Terminology = .active
    ) -> CorticosteroidExposure? {
        guard medication.drug.isA(DrugClass.systemicCorticosteroid), let potency = medication.drug.prednisoneEquivalentPerMg else { return nil }
        // The route is read only for a corticosteroid (every live medication order comes through here).
        let injected = terminology.mentions("steroidInjectionRoute", in: medication.route)
        guard injected || !terminology.mentions("localRoute", in: medication.route) else { return nil }
        let pulse = terminology.mentions("pulse", in: medication.order.text)
            || terminology.mentions("pulse", in: medication.order.medication?.frequency ?? "")
        var exposure = CorticosteroidExposure(pulseWording: pulse)
        exposure.injected = injected
        guard let dose = medication.dose, dose.unit == .milligram else { return exposure }
        let perDay = dose.amount * (medication.frequency?.timesPerDay ?? 1) * potency
        if dose.perKilogram {
            exposure.prednisoneEquivalentPerDay = weightKg.map { perDay * $0 }
            exposure.prednisoneEquivalentPerKilogramPerDay = perDay
        } else {
            exposure.prednisoneEquivalentPerDay = perDay
        }
        return exposure
    }

    public init(prednisoneEquivalentPerDay: Double? = nil, prednisoneEquivalentPerKilogramPerDay: Double? = nil, pulseWording: Bool) {
        self.prednisoneEquivalentPerDay = prednisoneEquivalentPerDay
        self.prednisoneEquivalentPerKilogramPerDay = prednisoneEquivalentPerKilogramPerDay
        self.pulseWording = pulseWording
    }

    /// `formatted`, in the reader's words.
    public var formattedText: ShownText {
        let amount: ShownText
        if let perDay = prednisoneEquivalentPerDay {
            amount = .tr("steroid.perDay", ["mg": "\(ClinicalNumber.format(perDay, maxDecimals: 0))"])
        } else if let perKilogram = prednisoneEquivalentPerKilogramPerDay {
            amount = .tr("steroid.perKgPerDay", ["mg": "\(ClinicalNumber.format(perKilogram, maxDecimals: 2))"])
        } else {
            // An unread dose has no level to state, unless the order says pulse.
            guard isPulse else { return .tr("steroid.doseNotRead") }
            amount = .tr("steroid.doseNotRead")
        }
        let level: ShownText = isPulse ? .tr("steroid.pulse") : isHighDose ? .tr("steroid.highDose") : .tr("steroid.belowHighDose")
        return .tr("steroid.exposure", ["amount": amount, "level": level])
    }

    /// "1250 mg prednisone-equivalent a day (pulse)": `formattedText` in English.
    public var formatted: String { formattedText.english }
}
