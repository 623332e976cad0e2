import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board allergy add MRN --substance TEXT [--reaction TEXT] [--severity mild|moderate|severe]`
struct AllergyAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record an allergy (a drug, a class such as penicillins or 磺胺类, contrast); prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: "The substance as the ward writes it (e.g. 'penicillin', '头孢类', 'iodinated contrast').")
    var substance: String

    @Option(help: "The reaction (e.g. 'anaphylaxis', '皮疹').")
    var reaction: String?

    @Option(help: .oneOf("How severe the reaction was", AllergySeverity.self, valueName: "severity"))
    var severity: String?

    func run() throws {
        let id = try options.submit(.addAllergy(AddAllergy(
            mrn: mrn, substance: try CLIInput.text(substance, field: "substance"),
            reaction: try reaction.map { try CLIInput.text($0, field: "reaction") },
            severity: try severity.map { try CLIInput.vocabulary($0, field: "allergy severity") })))
        // Orders already on the chart that the new allergy conflicts with are said at once.
        options.sayAtOnce(after: id, mrn: mrn) { _, record in
            SafetyRuleSet.current.evaluate(record, now: Date()).filter { $0.ruleID == "allergy-conflict" && $0.isOpen }.map(OrderEntryCheck.line)
        }
    }
}
