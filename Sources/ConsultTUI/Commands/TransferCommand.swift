import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board transfer MRN --bed BED` or `transfer MRN --to-board PATH [--bed BED] [--carry-over]`
struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Move a patient to another bed, or to another board; prints the MRN.",
        discussion: """
            --bed alone: another bed of this ward (refused when another patient lies in it, unless \
            --allow-shared-bed). --to-board PATH: the patient moves to the board in PATH (into --bed there, or the \
            same bed name): this board keeps the record and its whole history, read-only like a discharge, with a \
            transfer entry naming the other ward; the other board gets every record through its own changes, with \
            new ids, each keeping its author and time, and a transfer entry naming this ward. Open consults, \
            orders and actions are handled as at discharge (--carry-over).
            """)

    @OptionGroup var options: BoardOptions

    @OptionGroup var revision: ExpectedRevisionOption

    @Argument(help: "The patient's MRN.")
    var mrn: String

    @Option(help: "The new bed (on this ward, or on the other board with --to-board).")
    var bed: String?

    @Option(help: ArgumentHelp("The board the patient moves to: a folder, or postgresql://USER@HOST:PORT/DB?board=NAME.", valueName: "path|url"))
    var toBoard: String?

    @Flag(help: "Confirm a bed another patient lies in.")
    var allowSharedBed = false

    @Flag(help: "Carry every open consult, order and action over (with --to-board).")
    var carryOver = false

    func validate() throws {
        if toBoard == nil, bed == nil { throw CLIUsageMistake.bedOrBoardNeeded.error }
        if toBoard == nil, carryOver { throw CLIUsageMistake.carryOverNeedsBoard.error }
    }

    func run() throws {
        guard let toBoard else {
            let change = TransferBed(
                mrn: mrn, bed: try CLIInput.text(bed ?? "", field: "bed"), allowSharedBed: allowSharedBed ? true : nil)
            try options.submit(expecting: revision.expected, .transferBed(change))
            return
        }
        try transfer(to: toBoard)
    }

    /// Checks the other board first, records the departure here, then the arrival there. Should the arrival
    /// still fail (the other board changed in between), the patient is readmitted here, so nobody is lost.
    private func transfer(to path: String) throws {
        let source = try options.store()
        let author = try options.authorName(from: source)
        // The other board is read as --board is: a folder or a database board, never a URL taken as a folder.
        let destination: BoardLocation
        do { destination = try BoardLocation.parse(path) } catch { throw CLIError.passedOn(error.shown) }
        guard !destination.isSameBoard(as: try options.location()) else { throw CLIError.transferToSameBoard }
        let target = try destination.store()
        let other = try target.load()
        guard let record = try source.record(mrn) else { throw BoardError.unknownPatient(mrn) }
        let bed = bed ?? record.patient.bed
        if let existing = other.patients.values.first(where: { $0.mrn.lowercased() == mrn.lowercased() }) {
            throw CLIError.alreadyOnOtherBoard(mrn: existing.mrn, path: "\(path)")
        }
        if !allowSharedBed, let neighbour = other.patientsByBed.first(where: { $0.patient.bed.trimmingCharacters(in: .whitespaces).lowercased() == bed.trimmingCharacters(in: .whitespaces).lowercased() }) {
            throw BoardError.bedOccupied(bed: bed, by: neighbour.mrn, name: neighbour.patient.name)
        }
        let sourceWard = try source.wardList().ward
        try source.apply(
            [BoardCommand.transferOut(TransferOut(mrn: mrn, toBoard: other.ward, carryOver: carryOver ? true : nil)).expecting(revision.expected)],
            author: author)
        guard let moved = try source.record(mrn) else { throw BoardError.unknownPatient(mrn) }
        do {
            let plan = TransferPlan(record: moved, fromBoard: sourceWard, bed: bed, allowSharedBed: allowSharedBed ? true : nil)
            try target.transferIn(plan, author: author)
            StandardOutput.changeWasSaved()
        } catch {
            _ = try? source.apply([.readmitPatient(ReadmitPatient(mrn: mrn, allowSharedBed: true))], author: author)
            throw CLIError.otherBoardRefused(path: "\(path)", reason: "\(error)", mrn: mrn)
        }
        print(mrn)
    }
}
