import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board import FILE --board PATH [--format board|fhir] [--patient MRN]`: a new board from an export
/// document or a FHIR Bundle, or a FHIR Bundle added to an existing patient.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Create a new board from an export document or a FHIR R4 Bundle, or add a Bundle to a patient.",
        discussion: """
            --format board (the default): record ids are kept as they are; new records get ids after them. \
            --format fhir: a FHIR R4 Bundle (from `export --format fhir` or another system) becomes a new board; \
            with --patient MRN what it holds of that patient (orders, consults, reports, complications, problems, \
            allergies, actions, exams, labs, vitals, notes) is added to the patient of the existing board, in one \
            change; resources already on the board are skipped and listed, later status moves of records the \
            board has are applied through the status commands, signed by who made them and when, and what \
            contradicts the board (another record under its id, a different status history) is refused. What cannot be represented is refused with its path, e.g. \
            $.patients[2].notes[5].at: expected an ISO 8601 date, or Bundle.entry[3].resource.valueQuantity.unit: \
            unit "mmol/L" is not used for creatinine. docs/interfaces.md has the FHIR mapping.
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("The export document or FHIR Bundle.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("board (the board's own export) or fhir (a FHIR R4 Bundle).", valueName: "format"))
    var format: ExportFormat = .board

    @Option(help: ArgumentHelp("Add the Bundle to this existing patient (fhir only).", valueName: "MRN"))
    var patient: String?

    @Option(help: ArgumentHelp("The new board's ward name when the Bundle does not name one (fhir only).", valueName: "name"))
    var ward: String?

    func validate() throws {
        if format == .board, patient != nil || ward != nil { throw CLIUsageMistake.patientAndWardNeedFHIR.error }
    }

    func run() throws {
        let location = try options.location()
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError.unreadableFile(file: file, reason: error.localizedDescription)
        }
        if format == .fhir { return try importFHIR(data, at: location) }
        let document: ExportDocument
        do {
            document = try ExportDocument.decode(data)
        } catch {
            throw CLIError.cannotImport(file: file, reason: "\(error)")
        }
        try location.importBoard(document, author: options.authorName())
        StandardOutput.changeWasSaved()
        let roster = document.roster.map { tr("cli.import.roster", count: $0.members.count) } ?? ""
        print(tr("cli.import.imported", count: document.patients.count, ["revision": String(document.revision), "board": "\(location)"]) + roster)
    }

    private func importFHIR(_ data: Data, at location: BoardLocation) throws {
        let reader: FHIRImport
        do { reader = try FHIRImport.read(data) } catch { throw CLIError.cannotImport(file: file, reason: "\(error)") }
        if let patient {
            let outcome: FHIRPatientImport.Outcome
            let store = try options.store()
            switch try store.importFHIR(reader, into: patient, author: options.authorName(from: store)) {
            case let .success(done): outcome = done
            case let .failure(error): throw CLIError.cannotImport(file: file, reason: "\(error)")
            }
            if !outcome.added.isEmpty || !outcome.merges.isEmpty { StandardOutput.changeWasSaved() }
            let merged = outcome.merged.isEmpty
                ? "" : tr("cli.import.merged", count: outcome.merged.count, ["ids": outcome.merged.joined(separator: "; ")])
            let skipped = outcome.skipped.isEmpty
                ? "" : tr("cli.import.skipped", count: outcome.skipped.count, ["ids": outcome.skipped.joined(separator: ", ")])
            print(tr("cli.import.added", count: outcome.added.count, ["file": file, "mrn": patient]) + merged + skipped)
            return
        }
        let read: (patients: [PatientRecord], revision: Int)
        do { read = try reader.records() } catch { throw CLIError.cannotImport(file: file, reason: "\(error)") }
        guard let name = ward ?? reader.ward else { throw CLIError.bundleNamesNoWard }
        let board = Board(ward: name, createdAt: BoardJSON.wholeSeconds(Date()), revision: read.revision, records: read.patients)
        try location.importBoard(ExportDocument(board: board), author: options.authorName())
        StandardOutput.changeWasSaved()
        print(tr("cli.import.fhir", count: read.patients.count, ["board": "\(location)"]))
    }
}
