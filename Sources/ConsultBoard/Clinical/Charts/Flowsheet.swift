import Foundation

/// The grouped rows of a flowsheet, as the ward reads them together.
public enum FlowsheetPreset: String, Sendable, CaseIterable {
    case vitals, renal, infection, coagulation

    /// The tests of the preset, in row order.
    public var tests: [String] {
        switch self {
        case .vitals:
            ["systolic-bp", "diastolic-bp", "heart-rate", "respiratory-rate", "spo2", "temperature", "fvc", "urine-output", "pain-score"]
        case .renal: ["creatinine", "potassium", "urine-output", "glucose"]
        case .infection: ["temperature", "wbc", "crp", "procalcitonin"]
        case .coagulation: ["platelets", "d-dimer", "hemoglobin"]
        }
    }

    public var next: FlowsheetPreset {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// Tests as rows and sample times as columns, each cell the value with its flag (H, L, HH, LL written out, so it
/// reads without colour). A pure view of the record: derived, never stored.
public struct Flowsheet: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var value: Double
        public var flag: LabFlag?
        /// "5.4H", "168HH", "37.9": the value and its mark, as a column shows it.
        public var text: String { ClinicalNumber.format(value, maxDecimals: 2) + (flag?.mark ?? "") }
    }

    public struct Row: Sendable, Equatable {
        public var test: String
        public var unit: String
        /// One cell per column of `times`; nil where the test was not measured then.
        public var cells: [Cell?]
    }

    public var preset: FlowsheetPreset
    /// The sample times, oldest first.
    public var times: [Date]
    /// The preset's tests that have values (in the unit of each test's latest value), in preset order.
    public var rows: [Row]

    public init(_ record: PatientRecord, preset: FlowsheetPreset, ranges: ReferenceRangeTable) {
        self.preset = preset
        var series: [(test: String, unit: String, labs: [LabValue])] = []
        for test in preset.tests {
            let labs = record.labs(named: test)
            guard let unit = labs.last?.unit else { continue }
            series.append((test, unit, labs.filter { $0.unit == unit }))
        }
        times = Array(Set(series.flatMap { $0.labs.map(\.at) })).sorted()
        let column = Dictionary(uniqueKeysWithValues: times.enumerated().map { ($0.element, $0.offset) })
        let count = times.count
        rows = series.map { item in
            var cells = [Cell?](repeating: nil, count: count)
            // Two values at one time: the later entered (the list's order) is shown.
            for lab in item.labs {
                if let index = column[lab.at] { cells[index] = Cell(value: lab.value, flag: ranges.flag(lab, of: record.patient)) }
            }
            return Row(test: item.test, unit: item.unit, cells: cells)
        }
    }
}
