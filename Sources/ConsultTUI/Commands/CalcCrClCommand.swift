import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board calc crcl --creatinine X --unit U --age N --sex F|M --weight KG [--json]`
struct CalcCrClCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crcl", abstract: "Cockcroft-Gault creatinine clearance (the estimate drug labels dose by).")

    @OptionGroup var input: CreatinineInputOptions

    @Option(help: ArgumentHelp("Actual body weight in kg.", valueName: "kg"))
    var weight: String

    @Flag(help: "Print a JSON object {\"crcl\": ...} instead of text.")
    var json = false

    struct Output: Encodable {
        var crcl: Double
        var unit = CockcroftGault.unit
        var equation = "Cockcroft-Gault (Cockcroft DW, Gault MH, Nephron 1976;16:31-41)"
        var note = MuscleMassCaveat.text
    }

    func run() throws {
        let creatinine = try input.creatinineValue()
        let sex = try input.sexValue()
        let age = try input.ageValue()
        let weight = try CLIInput.number(self.weight, field: "weight")
        let clearance = try CockcroftGault.creatinineClearance(
            creatinine: creatinine, age: age, sex: sex, weightKg: weight)
        if json {
            try JSONOutput.print(Output(crcl: ClinicalNumber.rounded(clearance, decimals: 1)))
        } else {
            print("CrCl \(ClinicalNumber.format(clearance, maxDecimals: 0)) \(CockcroftGault.unit) (Cockcroft-Gault; creatinine \(creatinine.formatted), \(sex.label), \(age) years, \(ClinicalNumber.format(weight, maxDecimals: 1)) kg)")
            print("Note: \(MuscleMassCaveat.text)")
        }
    }
}
