import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board order add MRN --service S --kind K --text TEXT [--drug D --dose D --route R --frequency F]
/// [--modality M --region R --contrast C] [--draft]`
struct OrderAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Enter an order (active, or a draft); prints the order's id.",
        discussion: """
            A medication order needs --drug, --dose, --route and --frequency; an imaging order needs --modality \
            and --region (--contrast defaults to none). Example:
              consult-board order add SCI-0001 --service ward --kind medication --text "DVT treatment" \\
                --drug Enoxaparin --dose "60 mg" --route SC --frequency q12h
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: .oneOf("The ordering service", Service.self, valueName: "service"))
    var service: String

    @Option(help: .oneOf("What is ordered", OrderKind.self, valueName: "kind"))
    var kind: String

    @Option(help: "The order as written ('-' reads standard input).")
    var text: String

    @Option(help: "Medication: the drug.") var drug: String?
    @Option(help: "Medication: the dose as written (e.g. '60 mg').") var dose: String?
    @Option(help: "Medication: the route (e.g. SC, IV, PO).") var route: String?
    @Option(help: "Medication: the frequency (e.g. q12h).") var frequency: String?

    @Option(help: .oneOf("Imaging: modality", Modality.self, valueName: "modality"))
    var modality: String?
    @Option(help: "Imaging: the body region (e.g. 'cervical spine').")
    var region: String?
    @Option(help: .oneOf("Imaging: contrast", Contrast.self, valueName: "contrast"))
    var contrast: String?

    @Flag(help: "Enter the order as a draft, to be activated later.")
    var draft = false

    func run() throws {
        let kind: OrderKind = try CLIInput.vocabulary(kind, field: "order kind")
        let id = try options.submit(.addOrder(AddOrder(
            mrn: mrn, service: try CLIInput.vocabulary(service, field: "service"),
            kind: kind, text: try CLIInput.text(text, field: "order"),
            medication: try medication(for: kind), imaging: try imaging(for: kind), status: draft ? .draft : .active)))
        // The order is recorded; what it raises (an unrecognised drug, contradictory contrast, a safety alert)
        // is said at once on stderr, one line each.
        options.sayAtOnce(after: id, mrn: mrn) { id, record in OrderEntryCheck.warnings(for: id, in: record, now: Date()) }
    }

    /// The medication details, when any of their options was given or the order is for a medication (all four
    /// are then needed, and the refusal names those missing; given for another kind, the board refuses them).
    private func medication(for kind: OrderKind) throws -> MedicationDetails? {
        let given = [("--drug", drug), ("--dose", dose), ("--route", route), ("--frequency", frequency)]
        guard kind == .medication || given.contains(where: { $0.1 != nil }) else { return nil }
        let missing = given.filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty, let drug, let dose, let route, let frequency else {
            throw CLIError.medicationIncomplete(missing: missing.joined(separator: tr("text.enumeration")))
        }
        return MedicationDetails(drug: drug, dose: dose, route: route, frequency: frequency)
    }

    /// The imaging details, when any of their options was given or the order is for imaging (modality and region
    /// are then needed).
    private func imaging(for kind: OrderKind) throws -> ImagingDetails? {
        guard kind == .imaging || modality != nil || region != nil || contrast != nil else { return nil }
        guard let modality, let region else {
            throw CLIError.imagingIncomplete(
                missing: [("--modality", modality), ("--region", region)].filter { $0.1 == nil }.map(\.0).joined(separator: tr("text.enumeration")))
        }
        return ImagingDetails(
            modality: try CLIInput.vocabulary(modality, field: "modality"), region: region,
            contrast: try contrast.map { try CLIInput.vocabulary($0, field: "contrast") } ?? .none)
    }
}
