import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board allergy set ID --status inactive|entered-in-error --reason TEXT`
struct AllergySetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Mark an allergy inactive (disproved, tolerated) or entered in error; prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The allergy's id (e.g. AG-12).")
    var allergyID: String

    @Option(help: .oneOf("The new status", AllergyStatus.self, valueName: "status"))
    var status: String

    @Option(help: "Why (e.g. 'tolerated amoxicillin 2026-11', 'wrong patient').")
    var reason: String

    func run() throws {
        try options.submit(.setAllergyStatus(SetAllergyStatus(
            allergyID: allergyID, status: try CLIInput.vocabulary(status, field: "allergy status"),
            reason: try CLIInput.text(reason, field: "reason"))))
    }
}
