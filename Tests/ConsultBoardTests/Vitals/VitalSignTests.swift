import Foundation
import Testing
@testable import ConsultBoard

@Suite struct VitalSignTests {
    @Test func everyVitalOfTheContractIsAKnownTestWithItsUnit() throws {
        let expected = [
            "systolic-bp": "mmHg", "diastolic-bp": "mmHg", "heart-rate": "/min", "respiratory-rate": "/min", "spo2": "%",
            "fvc": "mL", "urine-output": "mL", "pain-score": "/10", "temperature": "C",
        ]
        for (name, unit) in expected {
            let test = try #require(KnownTest.named(name), "\(name)")
            #expect(test.name == name)
            #expect(test.onlyUnit == unit, "\(name)")
        }
        #expect(KnownTest.named("SBP")?.name == "systolic-bp")
        #expect(KnownTest.named("sats")?.name == "spo2")
        #expect(KnownTest.named("systolic-bp")?.canonicalUnit("mmhg") == "mmHg")
    }

    @Test func implausibleVitalsAreRefused() throws {
        var ward = try TestWard()
        #expect(throws: BoardError.self) { try ward.lab("spo2", 101, "%", at: TestWard.t0) }
        #expect(throws: BoardError.self) { try ward.lab("pain-score", 11, "/10", at: TestWard.t0) }
        #expect(throws: BoardError.self) { try ward.lab("pain-score", -1, "/10", at: TestWard.t0) }
        #expect(throws: BoardError.self) { try ward.lab("systolic-bp", 400, "mmHg", at: TestWard.t0) }
        #expect(throws: BoardError.self) { try ward.lab("fvc", 2.1, "L", at: TestWard.t0) }
        try ward.lab("spo2", 100, "%", at: TestWard.t0)
        try ward.lab("pain-score", 10, "/10", at: TestWard.t0)
        try ward.lab("pain-score", 0, "/10", at: TestWard.t0)
        #expect(ward.record.labs.count == 3)
    }

    @Test func urineOutputNeedsItsCollectionPeriodAndNothingElseTakesOne() throws {
        var ward = try TestWard()
        func urine(_ hours: Double?) -> BoardCommand {
            .addLab(AddLab(mrn: TestWard.mrn, test: "urine-output", value: 300, unit: "mL", at: TestWard.t0, periodHours: hours))
        }
        #expect { try ward.apply(urine(nil)) } throws: {
            isRefusal($0, saying: "a urine-output needs the hours it was collected over (--period-hours, e.g. 1 or 6)")
        }
        #expect(throws: BoardError.self) { try ward.apply(urine(0)) }
        #expect(throws: BoardError.self) { try ward.apply(urine(24.5)) }
        #expect(throws: BoardError.self) {
            try ward.apply(.addLab(AddLab(mrn: TestWard.mrn, test: "crp", value: 3, unit: "mg/L", at: TestWard.t0, periodHours: 6)))
        }
        try ward.apply(urine(24))
        let id = try ward.apply(urine(6))
        #expect(ward.record.labs.first { $0.id == id }?.periodHours == 6)
    }

    @Test func meanArterialPressurePairsReadingsTakenTogether() throws {
        var ward = try TestWard()
        try ward.lab("systolic-bp", 120, "mmHg", at: TestWard.at(hours: 0))
        try ward.lab("diastolic-bp", 60, "mmHg", at: TestWard.at(hours: 0).addingTimeInterval(60))
        // A systolic pressure with no diastolic within 5 minutes has no MAP.
        try ward.lab("systolic-bp", 150, "mmHg", at: TestWard.at(hours: 2))
        try ward.lab("diastolic-bp", 70, "mmHg", at: TestWard.at(hours: 2).addingTimeInterval(301))
        // Exactly 5 minutes apart still pairs.
        try ward.lab("systolic-bp", 90, "mmHg", at: TestWard.at(hours: 4))
        try ward.lab("diastolic-bp", 60, "mmHg", at: TestWard.at(hours: 4).addingTimeInterval(300))
        let maps = MeanArterialPressure.series(ward.record)
        #expect(maps.map(\.value) == [80, 70])
        #expect(maps.map(\.at) == [TestWard.at(hours: 0), TestWard.at(hours: 4)])
    }

    @Test func aDiastolicAboveTheSystolicIsNotPaired() throws {
        var ward = try TestWard()
        try ward.lab("systolic-bp", 80, "mmHg", at: TestWard.t0)
        try ward.lab("diastolic-bp", 95, "mmHg", at: TestWard.t0)
        #expect(MeanArterialPressure.series(ward.record).isEmpty)
    }

    @Test func theCheckpointKeepsTheCollectionPeriodAndReadsOldRows() throws {
        let lab = LabValue(id: "L-1", test: "urine-output", value: 300, unit: "mL", at: TestWard.t0, enteredBy: "rn", periodHours: 6)
        let data = try BoardJSON.encoder().encode(CheckpointRowsFile(rows: [LabRow(lab)]))
        #expect(try BoardJSON.decoder().decode(CheckpointRowsFile<LabRow>.self, from: data).rows.map(\.value) == [lab])
        let old = #"{"columns":["id","test","value","unit","at","enteredBy"],"rows":[["L-2","crp",3,"mg/L","2026-11-24T08:00:00Z","lab"]]}"#
        let rows = try BoardJSON.decoder().decode(RowTable<LabRow>.self, from: Data(old.utf8)).rows
        #expect(rows.map(\.value) == [LabValue(id: "L-2", test: "crp", value: 3, unit: "mg/L", at: TestWard.t0, enteredBy: "lab")])
    }
}

@Suite struct ChartTests {
    @Test func sparklinesRunFromLowestToHighest() {
        #expect(Sparkline.of([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.of([5, 5, 5]) == "▄▄▄")
        #expect(Sparkline.of([]) == "")
        #expect(Sparkline.of([1, 9, 1, 9], width: 2) == "▁█")
    }

    @Test func theChartDrawsEveryValueTheAxesAndItsThresholds() {
        let points = [70.0, 90, 150, 250].enumerated().map { TrendChart.Point(at: TestWard.at(days: Double($0.offset)), value: $0.element) }
        let chart = TrendChart(title: "creatinine", points: points, thresholds: [.init(value: 81, label: "high 81")])
        let lines = chart.lines(width: 60, height: 10, time: { _ in "t" })
        #expect(lines.first == "creatinine")
        #expect(lines.count == 1 + 10 + 3)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(lines.joined().filter { $0 == "●" }.count == 4)
        let thresholdRow = lines.first { $0.contains("high 81") } ?? ""
        #expect(thresholdRow.contains("┄") && thresholdRow.contains("81 ┼"))
        #expect(lines[1].hasPrefix("250 ┤"))
        #expect(lines[10].hasPrefix(" 70 ┤"))
        #expect(lines.last == "4 values; latest 250")
    }

    @Test func aNarrowChartShowsTheLatestValuesAndSaysSo() {
        let points = (0..<100).map { TrendChart.Point(at: TestWard.at(hours: Double($0)), value: Double($0)) }
        let lines = TrendChart(title: "x", points: points).lines(width: 40, height: 4, time: { _ in "t" })
        #expect(lines.last?.hasPrefix("last ") == true && lines.last?.hasSuffix(" of 100 values; latest 99") == true, "\(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }
}
