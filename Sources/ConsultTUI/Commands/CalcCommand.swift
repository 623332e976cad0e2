import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board calc egfr|crcl|aki ...`: the kidney calculators, without a board.
///
/// ```
/// consult-board calc egfr --creatinine 1.2 --unit mg/dL --age 60 --sex M
/// consult-board calc crcl --creatinine 106 --unit umol/L --age 80 --sex F --weight 50 --json
/// consult-board calc aki --unit mg/dL 2026-11-20T08:00Z=1.0 2026-11-22T08:00Z=2.1
/// ```
struct CalcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Kidney calculators: CKD-EPI 2021 eGFR, Cockcroft-Gault CrCl, KDIGO AKI stage.",
        discussion: "Creatinine-based estimates overestimate kidney function in people with low muscle mass (spinal cord injury).",
        subcommands: [CalcEGFRCommand.self, CalcCrClCommand.self, CalcAKICommand.self])
}
