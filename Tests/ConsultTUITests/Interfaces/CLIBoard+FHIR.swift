import ConsultBoard
import Foundation
import Testing

/// What the FHIR import tests share: a second site's copy of a board, and one patient's Bundle of it.
extension CLIBoard {
    /// A copy of this board (its folder byte for byte), as a second site's board would start.
    func copied() throws -> CLIBoard {
        let other = try CLIBoard(empty: true)
        try FileManager.default.removeItem(atPath: other.path)
        try FileManager.default.copyItem(atPath: path, toPath: other.path)
        return other
    }

    /// `export --format fhir --patient CLIBoard.mrn` into the file `name` of this board's folder; its path.
    func exportFHIR(to name: String) throws -> String {
        let file = folder.path(name)
        let outcome = try run(["export", "--format", "fhir", "--patient", CLIBoard.mrn, "-o", file])
        guard outcome.status == 0 else { throw TestSetupError("export failed: \(outcome)") }
        return file
    }
}
