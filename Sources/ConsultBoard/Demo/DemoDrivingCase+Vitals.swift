import Foundation

// The driving case's vital signs, vital capacity, a critical potassium in its loop, and the administration record
// of her treatment-dose enoxaparin (all fictional).
extension DemoDrivingCase {
    static func vitalsAndDoses(_ s: inout DemoScript, enoxaparin: DemoScript.Ref) {
        // Blood pressure (mmHg) each morning: low-normal after a C4-5 injury, then tonight's spike (autonomic
        // dysreflexia from a blocked catheter) 40 minutes ago.
        let pressures: [(Int, Double, Double)] = [
            (16, 96, 58), (14, 102, 60), (12, 100, 62), (10, 98, 58), (8, 106, 64), (6, 104, 62), (4, 100, 60),
            (3, 108, 66), (2, 102, 62), (1, 104, 64),
        ]
        for (day, systolic, diastolic) in pressures {
            s.lab("systolic-bp", systolic, "mmHg", at: s.day(day, 8, 0), by: nurse)
            s.lab("diastolic-bp", diastolic, "mmHg", at: s.day(day, 8, 0), by: nurse)
            s.lab("heart-rate", 58 + Double(day % 5), "/min", at: s.day(day, 8, 0), by: nurse)
            s.lab("spo2", 96 - Double(day % 3), "%", at: s.day(day, 8, 0), by: nurse)
        }
        s.lab("systolic-bp", 168, "mmHg", at: s.minutesAgo(40), by: nurse)
        s.lab("diastolic-bp", 96, "mmHg", at: s.minutesAgo(40), by: nurse)
        s.lab("heart-rate", 48, "/min", at: s.minutesAgo(40), by: nurse)
        // Forced vital capacity (mL) after the C4-5 injury, slowly better with physiotherapy.
        for (day, value) in [(16, 1150.0), (13, 1300), (10, 1420), (7, 1500), (4, 1580), (1, 1620)] {
            s.lab("fvc", value, "mL", at: s.day(day, 10, 0), by: nurse)
        }
        // A critical potassium tonight: phoned, read back, doctor told; no action recorded yet (the loop is open).
        let mrn = s.mrn
        // Urine output (mL) over the 6 hours to yesterday 14:00.
        let urineAt = s.day(1, 14, 0)
        s.create(.lab, urineAt, nurse) { _ in
            .addLab(AddLab(mrn: mrn, test: "urine-output", value: 160, unit: "mL", at: urineAt, periodHours: 6))
        }
        let sampled = s.minutesAgo(95)
        let potassium = s.create(.lab, sampled, lab) { _ in
            .addLab(AddLab(mrn: mrn, test: "potassium", value: 6.4, unit: "mmol/L", at: sampled))
        }
        s.add(s.minutesAgo(80), nurse) { id in
            .receiveCriticalValue(ReceiveCriticalValue(labID: id(potassium), reportedBy: "lab: 李工 (ext 5120)", readBack: true))
        }
        s.add(s.minutesAgo(75), nurse) { id in
            .notifyCriticalValue(NotifyCriticalValue(labID: id(potassium), doctor: resident))
        }
        // Her treatment-dose enoxaparin: given on time, one late, tonight's held for tomorrow's lumbar puncture.
        let doses: [(Int, Int, Int, DoseOutcome, String?)] = [
            (3, 8, 0, .given, nil), (3, 20, 5, .given, nil), (2, 8, 10, .given, nil), (2, 21, 30, .given, "late: patient off the ward for CT"),
            (1, 8, 0, .given, nil), (1, 20, 0, .held, "LP tomorrow: last dose at least 24 h before (neurology, anaesthesia)"),
        ]
        for (day, hour, minute, outcome, reason) in doses {
            let at = s.day(day, hour, minute)
            let due = s.day(day, hour < 12 ? 8 : 20, 0)
            s.add(at, nurse) { id in
                .recordDose(RecordDose(orderID: id(enoxaparin), outcome: outcome, at: at, due: due, reason: reason))
            }
        }
    }
}
