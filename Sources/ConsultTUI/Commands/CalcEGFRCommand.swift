import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board calc egfr --creatinine X --unit umol/L|mg/dL --age N --sex F|M [--json]`
struct CalcEGFRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "egfr", abstract: "CKD-EPI 2021 (race-free) eGFR from serum creatinine.")

    @OptionGroup var input: CreatinineInputOptions

    @Flag(help: "Print a JSON object {\"egfr\": ...} instead of text.")
    var json = false

    /// The JSON document: the figure first, then what it means.
    struct Output: Encodable {
        var egfr: Double
        var unit = CKDEPI2021.unit
        var equation = "CKD-EPI 2021 (Inker LA et al., N Engl J Med 2021;385:1737-49)"
        var note = MuscleMassCaveat.text
    }

    func run() throws {
        let creatinine = try input.creatinineValue()
        let sex = try input.sexValue()
        let age = try input.ageValue()
        let eGFR = try CKDEPI2021.eGFR(creatinine: creatinine, age: age, sex: sex)
        if json {
            try JSONOutput.print(Output(egfr: ClinicalNumber.rounded(eGFR, decimals: 1)))
        } else {
            print("eGFR \(ClinicalNumber.format(eGFR, maxDecimals: 0)) \(CKDEPI2021.unit) (CKD-EPI 2021, race-free; creatinine \(creatinine.formatted), \(sex.label), \(age) years)")
            print("Note: \(MuscleMassCaveat.text)")
        }
    }
}
