import ConsultBoard
import Foundation
import Testing

@Suite struct ComplicationCommandTests {
    @Test(arguments: BoardKind.available)
    func recordsEveryDetail(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        let infection = try board.add([
            "complication", "add", CLIBoard.mrn, "--kind", "infection", "--summary", "Catheter-associated UTI",
            "--onset", "2026-11-14T14:00:00Z", "--site", "urinary tract", "--organism", "E. coli (ESBL)",
            "--antibiotic", "meropenem",
        ])
        let dvt = try board.add([
            "complication", "add", CLIBoard.mrn, "--kind", "DVT", "--summary", "Left femoral-popliteal DVT",
            "--site", "left common femoral and popliteal veins", "--confirmed-by", "duplex ultrasound",
            "--anticoagulation", "enoxaparin 1 mg/kg SC q12h",
        ])
        let renal = try board.add([
            "complication", "add", CLIBoard.mrn, "--kind", "renal", "--summary", "AKI on CKD", "--renal-type", "AKI stage 2 on CKD G3a",
        ])
        let complications = try board.record().complications
        let i = try #require(complications.first { $0.id == infection })
        #expect(i.kind == .infection && i.status == .active)
        #expect(i.details == ComplicationDetails(site: "urinary tract", organism: "E. coli (ESBL)", antibiotic: "meropenem"))
        #expect(i.onset == Date(timeIntervalSince1970: 1_794_664_800))
        let d = try #require(complications.first { $0.id == dvt })
        #expect(d.kind == .dvt)
        #expect(d.details.confirmedBy == "duplex ultrasound")
        #expect(d.details.anticoagulation == "enoxaparin 1 mg/kg SC q12h")
        #expect(complications.first { $0.id == renal }?.details.renalType == "AKI stage 2 on CKD G3a")
    }

    @Test(arguments: BoardKind.available)
    func refusals(kind: BoardKind) throws {
        let board = try CLIBoard(kind: kind)
        try board.refuse(["complication", "add", CLIBoard.mrn, "--kind", "fall", "--summary", "x"],
                         "unknown complication kind 'fall'; valid: infection, dvt, renal, pressure-injury, autonomic-dysreflexia, neurogenic-bladder, neurogenic-bowel, orthostatic-hypotension, respiratory-failure, other")
        try board.refuse(["complication", "add", CLIBoard.mrn, "--kind", "other", "--summary", ""], "the complication summary is empty")
        try board.refuse(["complication", "add", CLIBoard.mrn, "--kind", "other", "--summary", "x", "--onset", "day 3"],
                         "onset 'day 3' is not a date and time")
        try board.refuse(["complication", "add", "NOPE", "--kind", "other", "--summary", "x"], "no patient with MRN 'NOPE'")
        try board.refuse(["complication", "set", "X-999", "--status", "resolved"], "no complication with id 'X-999'")
    }
}
