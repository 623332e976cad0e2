import Foundation

/// Orthostatic hypotension from a lying and a standing (or tilted) blood pressure.
///
/// Consensus definition (Freeman R et al., Consensus statement on the definition of orthostatic hypotension,
/// neurally mediated syncope and the postural tachycardia syndrome, Clin Auton Res 2011;21:69-72): a sustained fall
/// of systolic pressure of at least 20 mmHg or of diastolic pressure of at least 10 mmHg within 3 minutes of
/// standing or head-up tilt to at least 60°. Common on mobilisation after spinal cord injury above T6 (Krassioukov
/// A et al., Arch Phys Med Rehabil 2009;90:876-85).
///
/// A standing pressure is recorded as `systolic-bp-standing` (and `diastolic-bp-standing`) taken within 3 minutes
/// of standing or tilt; it is compared with the latest lying `systolic-bp` (`diastolic-bp`) of the
/// `lyingWindow` before it.
public enum OrthostaticHypotension {
    public static let systolicFall = 20.0
    public static let diastolicFall = 10.0
    /// How long before the standing reading the lying one may be taken (the test is lying, then standing).
    public static let lyingWindow: TimeInterval = 15 * 60

    public struct Finding: Sendable, Equatable {
        public var lying: LabValue
        public var standing: LabValue
        public var systolicFall: Double
        /// The diastolic fall, when both diastolic pressures were recorded with the pair.
        public var diastolicFall: Double?
        /// Whether the fall meets the consensus definition.
        public var isOrthostaticHypotension: Bool {
            systolicFall >= OrthostaticHypotension.systolicFall || (diastolicFall ?? 0) >= OrthostaticHypotension.diastolicFall
        }
    }

    /// Every standing reading paired with its lying reading, oldest first.
    public static func tests(_ record: PatientRecord) -> [Finding] {
        let lyingSystolic = record.labs(named: "systolic-bp")
        let lyingDiastolic = record.labs(named: "diastolic-bp")
        let standingDiastolic = record.labs(named: "diastolic-bp-standing")
        func before(_ series: [LabValue], _ at: Date) -> LabValue? {
            series.last { $0.at <= at && $0.at >= at.addingTimeInterval(-lyingWindow) }
        }
        return record.labs(named: "systolic-bp-standing").compactMap { standing in
            guard let lying = before(lyingSystolic, standing.at.addingTimeInterval(-1)) ?? before(lyingSystolic, standing.at) else { return nil }
            var diastolic: Double?
            if let dStanding = standingDiastolic.first(where: { abs($0.at.timeIntervalSince(standing.at)) <= 60 }),
                let dLying = lyingDiastolic.first(where: { abs($0.at.timeIntervalSince(lying.at)) <= 60 }) {
                diastolic = dLying.value - dStanding.value
            }
            return Finding(lying: lying, standing: standing, systolicFall: lying.value - standing.value, diastolicFall: diastolic)
        }
    }
}
