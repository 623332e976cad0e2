import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board complication add MRN --kind K --summary TEXT [--onset ISO8601] [--site S] [--organism O]
/// [--antibiotic A] [--confirmed-by C] [--anticoagulation A] [--renal-type T]`
struct ComplicationAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a complication; prints its id.")

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("Kind", ComplicationKind.self, valueName: "kind"))
    var kind: String

    @Option(help: "What it is (e.g. 'Left femoral-popliteal DVT').")
    var summary: String

    @Option(help: ArgumentHelp("When it began, ISO 8601 (default: now).", valueName: "time"))
    var onset: String?

    @Option(help: "Infection or DVT: the site.") var site: String?
    @Option(help: "Infection: the organism.") var organism: String?
    @Option(help: "Infection: the antibiotic.") var antibiotic: String?
    @Option(help: "DVT: how it was confirmed (e.g. 'duplex ultrasound').") var confirmedBy: String?
    @Option(help: "DVT: the anticoagulation.") var anticoagulation: String?
    @Option(help: "Renal: AKI or CKD, with stage.") var renalType: String?

    func run() throws {
        let details = ComplicationDetails(
            site: site, organism: organism, antibiotic: antibiotic, confirmedBy: confirmedBy,
            anticoagulation: anticoagulation, renalType: renalType)
        try options.submit(.addComplication(AddComplication(
            mrn: mrn, kind: try CLIInput.vocabulary(kind, field: "complication kind"), summary: summary,
            details: details, onset: try CLIInput.date(onset, field: "onset"))))
    }
}
