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
        print(tr("cli.terms.valid", ["file": Sanitizer.line(file), "version": Sanitizer.line(merged.version)]))
        print(tr("cli.terms.counts", ["drugs": String(added.drugs?.count ?? 0), "classes": String(added.classes?.count ?? 0), "procedures": String(added.procedures?.count ?? 0), "conditions": String(added.conditions?.count ?? 0)]))
        for drug in added.drugs ?? [] {
            let names = ((drug.names ?? []) + (drug.brands ?? [])).joined(separator: ", ")
            let classes = merged.drugs[drug.id]?.classes.sorted().joined(separator: ", ") ?? ""
            print(tr("cli.terms.addedDrug", ["id": Sanitizer.line(drug.id), "names": Sanitizer.line(names), "classes": classes]))
        }
    }
}
