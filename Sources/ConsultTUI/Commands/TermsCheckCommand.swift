import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board terms check FILE`: validates a ward's extension file merged on top of the built-in
/// terminology, and says what it adds; a broken file is refused with every problem, nothing changes.
struct TermsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate a ward's terminology extension file (same format as the built-in one).")

    @Argument(help: "The extension file (install it as <board>/terminology.json once it passes).")
    var file: String

    func run() throws {
        let merged = try Terminology.withExtension(at: file)
        let added = try Terminology.decode(Data(contentsOf: URL(fileURLWithPath: file)), name: file)
        print("\(Sanitizer.line(file)): valid; terminology \(Sanitizer.line(merged.version))")
        print("  drugs: \(added.drugs?.count ?? 0), classes: \(added.classes?.count ?? 0), procedures: \(added.procedures?.count ?? 0), conditions: \(added.conditions?.count ?? 0)")
        for drug in added.drugs ?? [] {
            let names = ((drug.names ?? []) + (drug.brands ?? [])).joined(separator: ", ")
            let classes = merged.drugs[drug.id]?.classes.sorted().joined(separator: ", ") ?? ""
            print("  drug \(Sanitizer.line(drug.id)): \(Sanitizer.line(names)) [\(classes)]")
        }
    }
}
