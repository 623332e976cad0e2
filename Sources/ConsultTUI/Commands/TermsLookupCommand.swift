import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board terms lookup TEXT [--json] [--terms FILE]`: what a text is recognised as (drug, classes, ATC,
/// procedure class, conditions, contrast, frequency), so a pharmacist can see what the rules will see.
struct TermsLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Show what a text is recognised as: drugs, classes, ATC, procedures, conditions, contrast, frequency.")

    @Argument(help: "The text as written on an order or in a history ('-' reads standard input).")
    var text: String

    @Option(help: ArgumentHelp("A ward extension file to merge on top (default: the board's terminology.json when --board or $CONSULT_BOARD is given).", valueName: "file"))
    var terms: String?

    @Option(name: .long, help: ArgumentHelp("The board (default: $CONSULT_BOARD): a folder's terminology.json is merged; a database board uses the built-in terminology.", valueName: "path|url"))
    var board: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    struct Output: Encodable {
        struct Drug: Encodable {
            var id: String
            var atc: String?
            var classes: [String]
            var names: [String]
            var brands: [String]
            var prednisoneEquivalentPerMg: Double?
            var gadoliniumGroup: String?
            var source: String
        }
        struct Procedure: Encodable {
            var id: String
            var classes: [String]
            var matched: String
        }
        var terminologyVersion: String
        var normalised: String
        var baseName: String
        var drugs: [Drug]
        var classes: [String]
        var procedures: [Procedure]
        var conditions: [String]
        var contrast: String?
        var timesPerDay: Double?
        var recognised: Bool
    }

    func run() throws {
        let input = try CLIInput.text(text, field: "text")
        let terminology = try self.terminology()
        let drugs = terminology.drugs(in: input)
        let procedures = terminology.procedures(in: input)
        let conditions = terminology.conditions(in: input).map(\.id)
        let classes = terminology.classes(in: input)
        let contrast = terminology.contrast(in: input).map(Self.describe)
        let frequency = DoseFrequency.parse(input, terminology: terminology)
        let output = Output(
            terminologyVersion: terminology.version, normalised: TermText.normalised(input),
            baseName: terminology.withoutFormSuffixes(input),
            drugs: drugs.map {
                Output.Drug(
                    id: $0.id, atc: $0.atc, classes: $0.classes.sorted(), names: $0.names, brands: $0.brands,
                    prednisoneEquivalentPerMg: $0.prednisoneEquivalentPerMg, gadoliniumGroup: $0.gadoliniumGroup, source: $0.source)
            },
            classes: classes, procedures: procedures.map { Output.Procedure(id: $0.id, classes: $0.classes, matched: $0.term) },
            conditions: conditions, contrast: contrast, timesPerDay: frequency?.timesPerDay,
            recognised: !(drugs.isEmpty && procedures.isEmpty && conditions.isEmpty && classes.isEmpty && contrast == nil && frequency == nil))
        if json {
            try JSONOutput.print(output)
            return
        }
        print(tr("cli.terms.header", ["version": output.terminologyVersion, "normalised": Sanitizer.line(output.normalised)]))
        for drug in drugs {
            let group = drug.gadoliniumGroup.map { tr("cli.terms.acrGroup", ["group": $0]) } ?? ""
            let potency = drug.prednisoneEquivalentPerMg.map { tr("cli.terms.potency", ["mg": ClinicalNumber.format($0, maxDecimals: 3)]) } ?? ""
            print(tr("cli.terms.drug", ["id": drug.id, "atc": drug.atc ?? "-", "group": group, "potency": potency, "classes": drug.directClasses.map { terminology.shownLabel(ofClass: $0).shown }.joined(separator: tr("text.enumeration")).nonEmpty ?? tr("cli.terms.none")]))
            print(tr("cli.terms.alsoWritten", ["names": Sanitizer.line((drug.names + drug.brands).joined(separator: ", "))]))
            print(tr("cli.terms.source", ["source": Sanitizer.line(drug.source)]))
        }
        for drugClass in classes { print(tr("cli.terms.class", ["id": drugClass, "label": terminology.shownLabel(ofClass: drugClass).shown])) }
        for procedure in procedures { print(tr("cli.terms.procedure", ["id": procedure.id, "classes": procedure.classes.joined(separator: ", "), "term": Sanitizer.line(procedure.term)])) }
        for condition in conditions { print(tr("cli.terms.condition", ["id": condition])) }
        if let contrast { print(tr("cli.terms.contrast", ["id": "\(contrast)"])) }
        if let frequency {
            print(tr("cli.terms.frequency", ["times": ClinicalNumber.format(frequency.timesPerDay, maxDecimals: 3)])
                + (frequency.isSingleDose ? tr("cli.terms.singleDose") : "") + (frequency.asNeeded ? tr("cli.terms.asNeeded") : ""))
        }
        if !output.recognised {
            print(tr("cli.terms.notRecognised", ["base": Sanitizer.line(output.baseName)]))
        }
    }

    private func terminology() throws -> Terminology {
        if let terms { return try Terminology.withExtension(at: terms) }
        guard let board = (self.board ?? ProcessInfo.processInfo.environment["CONSULT_BOARD"])?.nonEmpty else { return .standard }
        // Read as every command reads --board: a database address is never a folder path, another URL is refused.
        let location: BoardLocation
        do { location = try BoardLocation.parse(board) } catch { throw CLIError.passedOn(error.shown) }
        // A board in a database keeps no terminology of its own: its alerts use the built-in one.
        guard let folder = location.folderPath else { return .standard }
        return try Terminology.forBoard(at: folder)
    }

    static func describe(_ mention: ContrastMention) -> String {
        switch mention {
        case let .gadolinium(drug, term): "gadolinium (\(drug.map { "\($0.id), ACR group \($0.gadoliniumGroup ?? "?")" } ?? "agent not named"); '\(term)')"
        case let .iodinated(drug, term): "iodinated (\(drug?.id ?? "agent not named"); '\(term)')"
        case let .unspecified(term): "contrast, agent not said ('\(term)')"
        }
    }
}

extension String {
    /// `nil` when empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
