import Foundation

/// When an antithrombotic's doses may fall around a neuraxial puncture, a deep block, spine surgery or a
/// neuraxial catheter's removal, for the ordered drug and dose (ASRA 2018: Horlocker TT et al., Reg Anesth Pain
/// Med 2018;43:263-309). The intervals are terminology data (`asraProfiles`); a drug's profile has dose tiers and
/// the first tier whose conditions hold applies, so a dose that cannot be read gets the longest interval.
///
/// The times are exposed as functions of the last dose given, so a medication administration record can give
/// "last dose at 08:00 -> puncture not before 20:00".
public struct NeuraxialTiming: Sendable, Equatable {
    public var drug: String
    /// The tier that applies ("prophylactic once daily", "therapeutic").
    public var tier: String
    /// The last dose at least this long before a puncture (or catheter manipulation).
    public var beforePunctureHours: Double?
    /// The next dose at least this long after a puncture.
    public var afterPunctureHours: Double?
    /// A catheter removed at least this long after the last dose.
    public var removalAfterLastDoseHours: Double?
    /// The next dose at least this long after catheter removal.
    public var afterRemovalHours: Double?
    /// ASRA's advice on catheters and anything the hours do not say.
    public var advice: String?
    /// Whether the drug alone calls for the spinal-procedure alert (ASRA: aspirin alone does not).
    public var aloneIsARisk: Bool
    public var source: String
    /// `tier` and `advice` in the reader's words (the terminology's Chinese where it has them).
    public var tierText: ShownText?
    public var drugText: ShownText?
    public var adviceText: ShownText?
    /// Why the tier may be longer than the order needs: the dose or the frequency as written could not be read, so
    /// the longest interval that could apply was taken ("依诺肝素 4千IU" was timed and named as a therapeutic dose
    /// without a word). `nil` when both were read, or the tiers do not depend on them.
    public var unreadText: ShownText?

    /// The timing of a medication order; `nil` when the drug has no ASRA profile.
    public static func of(
        _ medication: MedicationOrder, creatinineClearance: Double?, terminology: Terminology = .active
    ) -> NeuraxialTiming? {
        guard let asra = medication.drug.asra, let profile = terminology.file.asraProfiles?[asra.profile] else { return nil }
        let reading = prophylacticReading(medication, asra.prophylacticMax)
        let prophylactic = reading == true
        guard let tier = profile.tiers.first(where: { holds($0.when, medication, prophylactic: prophylactic, crcl: creatinineClearance) })
            ?? profile.tiers.last
        else { return nil }
        let source = profile.source.flatMap { terminology.file.sources?[$0] } ?? profile.source ?? ""
        var timing = NeuraxialTiming(
            drug: medication.drug.name, tier: tier.label, beforePunctureHours: tier.beforePunctureHours,
            afterPunctureHours: tier.afterPunctureHours, removalAfterLastDoseHours: tier.removalAfterLastDoseHours,
            afterRemovalHours: tier.afterRemovalHours, advice: tier.catheter, aloneIsARisk: profile.alone ?? true,
            source: source)
        timing.drugText = medication.drug.shownNameInSentence
        timing.tierText = .byLanguage(english: tier.label, chinese: tier.labelZh ?? tier.label)
        timing.adviceText = tier.catheter.map { .byLanguage(english: $0, chinese: tier.catheterZh ?? $0) }
        timing.unreadText = unreadText(medication, profile: profile, doseLevelUnknown: reading == nil)
        return timing
    }

    /// What of the order could not be read when the tier depends on it: the dose (unread, or in a unit the
    /// prophylactic limit cannot be compared with), else the frequency (a daily limit or a times-a-day tier needs it).
    private static func unreadText(
        _ medication: MedicationOrder, profile: TerminologyFile.ASRAProfile, doseLevelUnknown: Bool
    ) -> ShownText? {
        let written = medication.order.medication
        let doseUnknown = doseLevelUnknown && profile.tiers.contains { $0.when.doseLevel != nil }
        // The dose's level is unknown with a frequency in hand: the dose is what could not be used.
        if doseUnknown, medication.dose == nil || medication.frequency != nil {
            return .tr("asra.doseUnread", ["dose": "\(Sanitizer.line(written?.dose ?? ""))"])
        }
        let frequencyNeeded = doseUnknown || profile.tiers.contains { $0.when.maxTimesPerDay != nil || $0.when.maxPerDay != nil }
        guard medication.frequency == nil, frequencyNeeded else { return nil }
        return .tr("asra.frequencyUnread", ["frequency": "\(Sanitizer.line(written?.frequency ?? ""))"])
    }

    /// The earliest puncture (or catheter manipulation) after a dose given at `lastDose`.
    public func earliestPuncture(lastDoseAt lastDose: Date) -> Date? {
        beforePunctureHours.map { lastDose.addingTimeInterval($0 * 3600) }
    }

    /// The earliest catheter removal after a dose given at `lastDose`.
    public func earliestCatheterRemoval(lastDoseAt lastDose: Date) -> Date? {
        (removalAfterLastDoseHours ?? beforePunctureHours).map { lastDose.addingTimeInterval($0 * 3600) }
    }

    /// The earliest next dose after a puncture at `puncture`.
    public func nextDose(afterPunctureAt puncture: Date) -> Date? {
        afterPunctureHours.map { puncture.addingTimeInterval($0 * 3600) }
    }

    /// The earliest next dose after a catheter removed at `removal`.
    public func nextDose(afterCatheterRemovalAt removal: Date) -> Date? {
        afterRemovalHours.map { removal.addingTimeInterval($0 * 3600) }
    }

    /// "ASRA 2018, enoxaparin prophylactic once daily: last dose >= 12 h before the puncture or catheter
    /// manipulation; next dose >= 12 h after the puncture; ...".
    public var summary: String { summaryText.english }

    /// `summary`, in the reader's words.
    public var summaryText: ShownText {
        var parts: [ShownText] = unreadText.map { [$0] } ?? []
        if let h = beforePunctureHours { parts.append(.tr("asra.beforePuncture", ["hours": Self.hoursText(h)])) }
        if let h = afterPunctureHours { parts.append(.tr("asra.afterPuncture", ["hours": Self.hoursText(h)])) }
        if let h = removalAfterLastDoseHours { parts.append(.tr("asra.removalAfterLastDose", ["hours": Self.hoursText(h)])) }
        if let h = afterRemovalHours { parts.append(.tr("asra.afterRemoval", ["hours": Self.hoursText(h)])) }
        if let adviceText { parts.append(adviceText) }
        return .tr("asra.summary", ["drug": drugText ?? .plain(drug), "tier": tierText ?? .plain(tier), "parts": parts.joined(.tr("text.semicolon"))])
    }

    private static func hoursText(_ value: Double) -> ShownText {
        value >= 48 && value.truncatingRemainder(dividingBy: 24) == 0
            ? .tr("asra.hoursDays", ["h": "\(ClinicalNumber.format(value, maxDecimals: 0))", "d": "\(ClinicalNumber.format(value / 24, maxDecimals: 0))"])
            : .tr("asra.hours", ["h": "\(ClinicalNumber.format(value, maxDecimals: 1))"])
    }

    /// Whether the ordered dose is within the drug's largest prophylactic dose: `nil` when it cannot be told (the
    /// dose or the frequency its daily limit needs could not be read, or the dose is in a unit the limit cannot be
    /// converted to, such as a volume of a product whose strength is not known), which times it as the longest tier.
    static func prophylacticReading(_ medication: MedicationOrder, _ limit: TerminologyFile.ProphylacticMax?) -> Bool? {
        guard let limit else { return false }
        guard let dose = medication.dose else { return nil }
        if dose.perKilogram {
            // A dose by weight is a treatment dose unless the drug gives a prophylactic dose by weight.
            guard let perKg = limit.perKgPerDose else { return false }
            return within(dose, perKg, medication)
        }
        if let perDose = limit.perDose {
            guard let inLimit = within(dose, perDose, medication) else { return nil }
            if !inLimit { return false }
        }
        if let perDay = limit.perDay {
            guard let daily = medication.dailyDose, let inLimit = within(daily, perDay, medication) else { return nil }
            if !inLimit { return false }
        }
        return limit.perDose != nil || limit.perDay != nil
    }

    /// `quantity` <= `limit`, converting anti-Xa units and mg where the drug gives the factor; `nil` when the two
    /// cannot be compared.
    static func within(_ quantity: DoseQuantity, _ limit: TerminologyFile.Amount, _ medication: MedicationOrder) -> Bool? {
        var amount = quantity.amount
        switch (quantity.unit, limit.unit) {
        case (.milligram, "mg"), (.unit, "units"): break
        case (.unit, "mg"):
            guard let perMg = medication.drug.unitsPerMg, perMg > 0 else { return nil }
            amount /= perMg
        case (.milligram, "units"):
            guard let perMg = medication.drug.unitsPerMg else { return nil }
            amount *= perMg
        default: return nil
        }
        return amount <= limit.amount + 1e-9
    }

    static func holds(
        _ condition: TerminologyFile.ASRACondition, _ medication: MedicationOrder, prophylactic: Bool, crcl: Double?
    ) -> Bool {
        if condition.doseLevel == "prophylactic", !prophylactic { return false }
        if let most = condition.maxTimesPerDay {
            guard let frequency = medication.frequency, frequency.timesPerDay <= most else { return false }
        }
        if let routes = condition.routes {
            // Latin routes are whole words ("iv", not the "iv" of "ivgtt" unless listed); Chinese ones are found
            // inside the route text ("静脉" in "静脉滴注").
            let tokens = TermText.normalised(medication.route).split(separator: " ").map(String.init)
            let given = routes.contains { wanted in
                tokens.contains { wanted.isASCIIOnly ? $0 == wanted : $0.contains(wanted) }
            }
            guard given else { return false }
        }
        if let perDay = condition.maxPerDay {
            guard let daily = medication.dailyDose, !daily.perKilogram, within(daily, perDay, medication) == true else { return false }
        }
        if let minimum = condition.minCrCl {
            guard let crcl, crcl >= minimum else { return false }
        }
        return true
    }
}
