import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board validate [--repair]`: checks every file of the board; exits 0 only when it is intact.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the board's files; with --repair, recover a damaged board.",
        discussion: """
            Checks board.json, every journal line (its hash, the hash chain, the sequence, that it replays), \
            the checkpoint against a full replay of the journal (the journal wins), and file permissions. \
            Changes nothing. Exits 0 only when the board is intact.

            --repair is the documented way to recover: damage a sound checkpoint covers is set aside \
            (journal.jsonl.quarantine-<time>) and recorded, keeping every later line; a torn or damaged end \
            nothing vouches for is cut off, keeping a copy in journal.jsonl.cut-<time> (with --force when it \
            holds acknowledged changes); the checkpoint is rebuilt if needed. It says exactly what it did. \
            See docs/storage.md.
            """)

    @OptionGroup var options: BoardOptions

    @Flag(help: "Recover a damaged board (keeps a copy of whatever it sets aside or cuts off).")
    var repair = false

    @Flag(help: "With --repair: cut damaged lines even when they hold acknowledged changes (a copy is kept).")
    var force = false

    func run() throws {
        let location = try options.location()
        if force && !repair { throw CLIUsageMistake.forceNeedsRepair.error }
        var report = location.validate()
        guard report.isBoard else {
            if case .postgres = location, let problem = report.problems.first { throw CLIError.passedOn(problem.shownMessage) }
            throw StoreError.noBoard(path: location.description)
        }
        let path = location.description
        if repair, location.folderPath == nil {
            throw CLIError.repairNeedsFolder
        }
        if repair && report.needsRepair {
            print(tr("cli.validate.beforeRepair"))
            show(report)
            let repaired = try BoardStore.repair(at: path, force: force, author: options.authorName())
            print(tr("cli.validate.repair"))
            for step in repaired.steps { print("  " + Sanitizer.line(step.shown)) }
            report = BoardStore.validate(at: path)
            print(tr("cli.validate.afterRepair"))
        } else if repair {
            print(tr("cli.validate.nothingToRepair"))
        }
        show(report)
        guard report.isIntact else {
            let count = report.problems.count
            let line = repair ? tr("cli.validate.notIntactRepaired", count: count, ["path": path]) : tr("cli.validate.notIntact", count: count, ["path": path])
            FileHandle.standardError.write(Data((line + "\n").utf8))
            throw ExitCode(1)
        }
        print(tr("cli.validate.intact", count: report.patients, ["revision": String(report.revision)]))
    }

    private func show(_ report: ValidationReport) {
        for finding in report.findings {
            let label = TextLayout.pad(finding.severity.shown, width: 7)
            print("\(label) \(Sanitizer.line(finding.file))" + (finding.line.map { tr("cli.validate.line", ["line": String($0)]) } ?? "")
                + tr("text.colon") + Sanitizer.line(finding.shownMessage))
        }
    }
}
