import ArgumentParser
import ConsultBoard
import Foundation

/// The patient figures `calc egfr` and `calc crcl` share: creatinine with its unit, age and sex.
struct CreatinineInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Serum creatinine, in --unit.", valueName: "number"))
    var creatinine: String

    @Option(help: ArgumentHelp("The creatinine unit: umol/L or mg/dL.", valueName: "unit"))
    var unit: String

    @Option(help: ArgumentHelp("Age in years (18 or over).", valueName: "years"))
    var age: String

    @Option(help: ArgumentHelp.oneOf("Sex for the equation", Sex.self, valueName: "F|M"))
    var sex: String

    /// The creatinine, or a clear error naming the accepted units.
    func creatinineValue() throws -> Creatinine {
        Creatinine(try CLIInput.number(creatinine, field: "creatinine"), try Self.unit(unit))
    }

    func ageValue() throws -> Int { try CLIInput.integer(age, field: "age") }

    func sexValue() throws -> Sex { try CLIInput.vocabulary(sex, Sex.self, field: "sex") }

    /// Parses a creatinine unit the way the board does (umol/L, µmol/L, mg/dL, any case).
    static func unit(_ text: String) throws -> CreatinineUnit {
        guard let unit = CreatinineUnit(unit: text) else {
            throw BoardError.unitMismatch(test: "creatinine", unit: text, valid: CreatinineUnit.allCases.map(\.rawValue))
        }
        return unit
    }
}
