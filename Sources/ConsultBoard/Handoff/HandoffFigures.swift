import Foundation

/// The figures a handoff shows for one patient: the latest temperature and creatinine always, and the tests
/// that follow each active complication, each with its last few values.
///
/// One pass over the labs, keeping only the last `trendLength` values of each watched test, so a patient with
/// thousands of labs costs one scan, not a sort per test.
struct HandoffFigures {
    /// How many values the trend shows, the latest included.
    static let trendLength = 4

    /// Shown for every patient when recorded: fever and renal function are what a night team is called about.
    /// On a spinal-cord-injury ward blood pressure (autonomic dysreflexia, MAP targets), oxygen saturation and
    /// vital capacity (respiratory failure in cervical injury) are as much the night's business.
    static let alwaysShown = ["temperature", "creatinine", "systolic-bp", "spo2", "fvc"]

    /// The tests that follow a complication, in the order they are shown.
    static func tests(following kind: ComplicationKind) -> [String] {
        switch kind {
        case .infection: ["wbc", "crp", "procalcitonin"]
        case .dvt: ["d-dimer", "platelets", "hemoglobin"]
        case .renal: ["potassium"]
        case .autonomicDysreflexia, .orthostaticHypotension: ["systolic-bp", "systolic-bp-standing"]
        case .respiratoryFailure: ["fvc", "spo2"]
        case .pressureInjury, .neurogenicBladder, .neurogenicBowel, .other: []
        }
    }

    /// The tests shown for a patient with these active complications, in order, without repeats.
    static func watchedTests(activeKinds: [ComplicationKind]) -> [String] {
        var tests = alwaysShown
        for kind in activeKinds {
            for test in Self.tests(following: kind) where !tests.contains(test) { tests.append(test) }
        }
        return tests
    }

    /// The tests whose latest value is critical, in the order they were first recorded.
    static func criticalNow(_ labs: [LabValue], of patient: Patient, ranges: ReferenceRangeTable) -> [String] {
        var latest: [String: LabValue] = [:]
        var order: [String] = []
        for lab in labs {
            if let seen = latest[lab.test] {
                if lab.at >= seen.at { latest[lab.test] = lab }
            } else {
                latest[lab.test] = lab
                order.append(lab.test)
            }
        }
        return order.filter { latest[$0].flatMap { ranges.flag($0, of: patient) }?.isCritical ?? false }
    }

    /// The last `trendLength` values of each of `tests`, oldest first, from one scan of `labs`.
    static func recentValues(of tests: [String], in labs: [LabValue]) -> [String: [LabValue]] {
        // A handful of tests: finding one in a short array is cheaper than hashing, and the series are changed
        // in place.
        var series = Array(repeating: [LabValue](), count: tests.count)
        for lab in labs {
            guard let slot = tests.firstIndex(of: lab.test) else { continue }
            // Keep each series sorted by time; a later entry at the same time counts as the later value.
            if series[slot].count == trendLength, let oldest = series[slot].first, lab.at < oldest.at { continue }
            let index = series[slot].lastIndex { $0.at <= lab.at }.map { $0 + 1 } ?? 0
            series[slot].insert(lab, at: index)
            if series[slot].count > trendLength { series[slot].removeFirst() }
        }
        return Dictionary(zip(tests, series)) { first, _ in first }
    }

    /// How a test is named on the handoff.
    static func label(_ test: String) -> String {
        switch test {
        case "wbc", "crp": test.uppercased()
        case "d-dimer": "D-dimer"
        case "systolic-bp": "Systolic BP"
        case "spo2": "SpO2"
        case "fvc": "FVC"
        default: test.prefix(1).uppercased() + test.dropFirst()
        }
    }

    /// How a unit is written on the handoff (the board stores temperature in "C").
    static func unit(_ unit: String) -> String { unit == "C" ? "°C" : unit }

    /// The arrow between one value and the next in a trend: up, down or level.
    static func arrow(from previous: Double, to latest: Double) -> String {
        latest > previous ? "↑" : latest < previous ? "↓" : "→"
    }
}
