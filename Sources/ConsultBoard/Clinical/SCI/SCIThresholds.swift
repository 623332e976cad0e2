import Foundation

/// The numbers the spinal-cord-injury rules use, each with its source. The shipped values follow the sources
/// below; a ward that chooses otherwise (the 2013 MAP target, a different FVC threshold) changes them here and
/// raises the rules' versions.
public struct SCIThresholds: Sendable, Equatable {
    /// Autonomic dysreflexia: a systolic pressure this much above the patient's baseline (mmHg).
    /// Consortium for Spinal Cord Medicine, Acute management of autonomic dysreflexia, 2nd ed., PVA 2001:
    /// "an increase of 20 to 40 mm Hg above baseline" in adults.
    public var dysreflexiaRise: Double = 20
    /// The baseline is the median systolic pressure of the `baselineDays` before the reading, leaving out the
    /// `baselineGapHours` just before it (so the episode itself does not raise its own baseline).
    public var baselineDays: Double = 7
    public var baselineGapHours: Double = 1
    /// At least this many readings make a baseline of the patient's own.
    public var baselineMinimumReadings = 3
    /// Without a baseline of the patient's own: the upper end of the usual resting systolic pressure in injury at
    /// T6 or above, "90-110 mm Hg" (PVA 2001).
    public var fallbackBaseline: Double = 110
    /// How long after it was taken a high reading still raises the alert.
    public var dysreflexiaWindowHours: Double = 24

    /// MAP target after acute SCI (AO Spine/Praxis 2024, Kwon BK et al., Global Spine J 2024;14(3 Suppl):187S-211S:
    /// augment MAP to at least 75-80 mmHg, not above 90-95 mmHg, for 3-7 days; the AANS/CNS 2013 guideline, Ryken
    /// TC et al., Neurosurgery 2013;72 Suppl 2:84-92, recommended 85-90 mmHg for 7 days). Shipped: the upper end
    /// of the 2024 lower limit, for the longer 2024 duration.
    public var mapLowerLimit: Double = 80
    public var mapUpperLimit: Double = 95
    /// Days after the injury (`Patient.injuredAt`); when no injury time is recorded, after admission (a patient
    /// transferred days after the injury is then counted late, which the alert says).
    public var mapDays: Double = 7

    /// FVC in cervical injury: below this many mL per kg of body weight (Consortium for Spinal Cord Medicine,
    /// Respiratory management following spinal cord injury, J Spinal Cord Med 2005;28:259-93: vital capacity
    /// below 15 mL/kg calls for ventilatory support), or fallen by this fraction from the best value of the last
    /// `fvcDays` (a fall of 30 % or more predicts respiratory failure in neuromuscular weakness: Lawn ND et al.,
    /// Arch Neurol 2001;58:893-8).
    public var fvcMillilitresPerKg: Double = 15
    public var fvcDeclineFraction: Double = 0.3
    public var fvcDays: Double = 7

    public init() {}

    public static let shipped = SCIThresholds()
}
