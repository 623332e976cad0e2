import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board generate --board PATH --patients N --notes N --labs N [--seed S]`
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Build a large, realistic, fictional board deterministically (for benchmarks and load tests).",
        discussion: "--notes and --labs count per patient. The same seed always gives the same board.")

    @OptionGroup var options: BoardOptions

    @Option(help: "Number of patients.") var patients: Int = 40
    @Option(help: "Notes per patient.") var notes: Int = 500
    @Option(help: "Labs and vitals per patient.") var labs: Int = 2000
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "The end of the generated stays (ISO 8601); default now.") var now: String?

    func validate() throws {
        guard (1...10_000).contains(patients) else { throw CLIUsageMistake.generatePatients.error }
        guard (0...100_000).contains(notes) else { throw CLIUsageMistake.generateNotes.error }
        guard (0...100_000).contains(labs) else { throw CLIUsageMistake.generateLabs.error }
    }

    func run() throws {
        let end = try CLIInput.date(now, field: "--now")
        try BoardGenerator(patients: patients, notes: notes, labs: labs, seed: seed, now: end)
            .generate(in: options.location())
    }
}
