import ArgumentParser
import ConsultBoard
import Foundation

/// What `export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    /// The board's own document, which `import` reads back.
    case board
    /// A FHIR R4 Bundle for other systems (docs/interfaces.md).
    case fhir
}

/// `consult-board export [--format board|fhir] [--patient MRN ...] [--output FILE]`: the whole board as one JSON
/// document, or as a FHIR R4 Bundle.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole board as one JSON document or a FHIR R4 Bundle (to stdout, or --output FILE).",
        discussion: """
            --format board (the default): {"format":"consult-board-export","schemaVersion":1,"ward":..., \
            "createdAt":...,"revision":...,"patients":[...],"roster":{...}} with every record and its history \
            and the ward roster (people, roles, public keys, policy); `consult-board import` makes a new board \
            from it, roster included. --format fhir: a FHIR R4 Bundle (type collection) \
            of every patient, or of those named with --patient, for another hospital system (docs/interfaces.md \
            has the mapping). The file holds patient data: it is created readable by you only.
            """)

    @OptionGroup var options: BoardOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("board (the board's own document) or fhir (a FHIR R4 Bundle).", valueName: "format"))
    var format: ExportFormat = .board

    @Option(name: .customLong("patient"), help: ArgumentHelp("Only this patient (fhir only; repeat for more).", valueName: "MRN"))
    var patients: [String] = []

    @Option(help: ArgumentHelp("The base URL of the Bundle's full URLs (fhir only).", valueName: "url"))
    var baseURL: String = FHIRExport.defaultBaseURL

    func validate() throws {
        if format == .board, !patients.isEmpty {
            throw CLIUsageMistake.exportPatientNeedsFHIR.error
        }
        guard let url = URL(string: baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw CLIUsageMistake.badBaseURL(given: baseURL, example: FHIRExport.defaultBaseURL).error
        }
    }

    func run() throws {
        if format == .fhir { return try exportFHIR() }
        let document = try options.store().export()
        if let output {
            try document.write(to: output)
            FileHandle.standardError.write(Data((tr("cli.export.saved", ["count": String(document.patients.count), "revision": String(document.revision), "file": Sanitizer.line(output)]) + "\n").utf8))
        } else {
            StandardOutput.write(try document.encoded())
        }
    }

    /// The FHIR Bundle of the board or of the patients asked for.
    private func exportFHIR() throws {
        let board = try options.store().load()
        var records: [PatientRecord] = []
        for mrn in patients {
            let match = board.patients[mrn] ?? board.patients.values.first { $0.mrn.caseInsensitiveCompare(mrn) == .orderedSame }
            guard let match else { throw CLIError.noPatientToExport(mrn: mrn) }
            if !records.contains(where: { $0.mrn == match.mrn }) { records.append(match) }
        }
        // The whole board: those on the ward by bed, then those who left (their stays are finished Encounters).
        if patients.isEmpty { records = board.patientsByBed + board.departedPatients }
        let bundle = FHIRExport(baseURL: baseURL, now: Date()).bundle(of: records, ward: board.ward)
        var data = try BoardJSON.encoder(pretty: true).encode(bundle)
        data.append(0x0A)
        if let output {
            do { try PrivateFile.write(data, to: output) } catch { throw CLIError.passedOn(error.shown) }
            FileHandle.standardError.write(Data((tr("cli.export.savedFHIR", ["count": String(records.count), "file": Sanitizer.line(output)]) + "\n").utf8))
        } else {
            StandardOutput.write(data)
        }
    }
}
