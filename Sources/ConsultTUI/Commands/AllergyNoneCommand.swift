import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board allergy none MRN`: "no known drug allergies", which is not the same as nothing recorded.
struct AllergyNoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "none", abstract: "State no known drug allergies (NKDA); refused while an allergy is active.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    func run() throws {
        try options.submit(.recordNoKnownAllergies(RecordNoKnownAllergies(mrn: mrn)))
    }
}
