import ArgumentParser
import ConsultBoard
import Foundation

/// `consult-board handoff [MRN ...] [--format text|markdown|html] [--width N] [--template FILE | --templates DIR]
/// [--output FILE] [--print] [--sort bed|severity]`
///
/// Prints the I-PASS handoff of the whole ward (or of the patients named) from the Mustache templates: to the
/// terminal, to a file, or to the system printer.
struct HandoffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the I-PASS handoff of the ward or of some patients (the default of `handoff`).",
        discussion: """
            Without MRNs every patient is handed over, in bed order (unstable first with --sort severity). The \
            handoff is rendered from templates/handoff.txt.mustache (text), handoff.md.mustache (markdown) or \
            handoff.html.mustache (html); pass --template FILE or --templates DIR to use the ward's own. The \
            default template of a format is looked for in $\(TemplateLocator.environmentVariable), then in the \
            templates/ folder of the source tree above the program, then in \
            \(HelpText.joined(TemplateLocator.wardDirectories, separator: " and ")); otherwise the copy built into the \
            program is used. See docs/handoff.md. `handoff ack` records the receiver's acknowledgement.
            """)

    @OptionGroup var options: BoardOptions

    @Argument(help: ArgumentHelp("The MRNs of the patients to hand over (default: the whole ward).", valueName: "MRN"))
    var mrns: [String] = []

    @Option(help: ArgumentHelp(
        "text, markdown or html (default: from the --output or --template file name, else text).", valueName: "format"))
    var format: HandoffFormat?

    @Option(help: ArgumentHelp("The page width of the text format, in display columns.", valueName: "columns"))
    var width: Int = 80

    @Option(help: ArgumentHelp("A template file to render instead of the default one.", valueName: "file"))
    var template: String?

    @Option(help: ArgumentHelp("A folder of templates (handoff.txt.mustache, ...) to use instead of the default.", valueName: "folder"))
    var templates: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Save the handoff to this file (readable only by you).", valueName: "file"))
    var output: String?

    @Flag(name: .customLong("print"), help: "Send the handoff to the system printer (lp or lpr).")
    var toPrinter = false

    @Option(help: ArgumentHelp("bed, or severity (unstable first).", valueName: "order"))
    var sort: HandoffSort = .bed

    func validate() throws {
        if template != nil, templates != nil {
            throw CLIUsageMistake.templateOrTemplates.error
        }
        if !Handoff.widths.contains(width) {
            throw CLIUsageMistake.handoffWidth(width, allowed: Handoff.widths).error
        }
    }

    /// The format asked for, else the one the output or template file name implies, else text.
    var chosenFormat: HandoffFormat {
        if let format { return format }
        if let output, let implied = HandoffFormat(fileName: output) { return implied }
        if let template, let implied = HandoffFormat(fileName: template.replacingOccurrences(of: ".mustache", with: "")) {
            return implied
        }
        return .text
    }

    func run() throws {
        Terminology.prepareInBackground()
        let format = chosenFormat
        // Everything that can fail is checked before anything is written or sent.
        if toPrinter, format == .html { throw HandoffError.notPrintable(format) }
        let printer = toPrinter ? try HandoffPrinter() : nil
        let handoffTemplate: HandoffTemplate
        if let template {
            handoffTemplate = try HandoffTemplate(contentsOf: template, format: format)
        } else if let templates {
            handoffTemplate = try HandoffTemplate(format: format, in: URL(fileURLWithPath: templates))
        } else {
            handoffTemplate = try HandoffTemplate.standard(format)
        }
        // Only the patients asked for are read (the whole ward when none are named).
        let store = try options.store()
        let (board, mark) = try store.loadMarked(patients: mrns.isEmpty ? nil : mrns)
        let document = try Handoff.document(
            board: board, mrns: mrns, format: format, width: width, sort: sort,
            generatedBy: try options.authorName(from: store), now: Date(), settings: try options.wardSettings(of: store), journalHash: mark.hash)
        let text = try handoffTemplate.render(document)
        let count = tr("cli.handoff.patients", count: document.patientCount)

        if let output {
            try HandoffFile.write(text, to: output)
            print(tr("cli.handoff.saved", ["patients": count, "file": output]))
        }
        if let printer {
            let said = try printer.print(text, title: tr("cli.handoff.printTitle", ["ward": document.ward]))
            print(tr("cli.handoff.printed", ["patients": count]) + (said.isEmpty ? "" : ": \(said)"))
        }
        if output == nil, printer == nil {
            StandardOutput.write(text)
        }
    }
}

extension HandoffFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension HandoffSort: ExpressibleByArgument {}
