import ArgumentParser
import ConsultBoard

/// Options that do not go together or values out of their range: a usage mistake (exit 64, with a pointer to the
/// command's `--help`), in the user's language (`cli.usage.*`). Thrown as ArgumentParser's `ValidationError`
/// (`throw CLIUsageMistake.x.error`), which ArgumentParser reports as a usage mistake.
enum CLIUsageMistake: Equatable {
    case noPatientsToTakeOver
    case portOutOfRange(Int)
    case maxMessageBytesOutOfRange(Int)
    case generatePatients
    case generateNotes
    case generateLabs
    case patientAndWardNeedFHIR
    case bedOrBoardNeeded
    case carryOverNeedsBoard
    case templateOrTemplates
    case exportPatientNeedsFHIR
    case badBaseURL(given: String, example: String)
    case screenSize
    case forceNeedsRepair
    case handoffWidth(Int, allowed: ClosedRange<Int>)

    /// The case without its values (for the table test that every case has Chinese words).
    enum Kind: CaseIterable {
        case noPatientsToTakeOver, portOutOfRange, maxMessageBytesOutOfRange, generatePatients, generateNotes
        case generateLabs, patientAndWardNeedFHIR, bedOrBoardNeeded, carryOverNeedsBoard, templateOrTemplates
        case exportPatientNeedsFHIR, badBaseURL, screenSize, forceNeedsRepair, handoffWidth
    }

    var kind: Kind {
        switch self {
        case .noPatientsToTakeOver: .noPatientsToTakeOver
        case .portOutOfRange: .portOutOfRange
        case .maxMessageBytesOutOfRange: .maxMessageBytesOutOfRange
        case .generatePatients: .generatePatients
        case .generateNotes: .generateNotes
        case .generateLabs: .generateLabs
        case .patientAndWardNeedFHIR: .patientAndWardNeedFHIR
        case .bedOrBoardNeeded: .bedOrBoardNeeded
        case .carryOverNeedsBoard: .carryOverNeedsBoard
        case .templateOrTemplates: .templateOrTemplates
        case .exportPatientNeedsFHIR: .exportPatientNeedsFHIR
        case .badBaseURL: .badBaseURL
        case .screenSize: .screenSize
        case .forceNeedsRepair: .forceNeedsRepair
        case .handoffWidth: .handoffWidth
        }
    }

    /// The line in the language of the moment.
    var message: String {
        switch self {
        case .noPatientsToTakeOver: tr("cli.usage.noPatientsToTakeOver")
        case let .portOutOfRange(port): tr("cli.usage.portOutOfRange", ["value": String(port)])
        case let .maxMessageBytesOutOfRange(bytes): tr("cli.usage.maxMessageBytesOutOfRange", ["value": String(bytes)])
        case .generatePatients: tr("cli.usage.generatePatients")
        case .generateNotes: tr("cli.usage.generateNotes")
        case .generateLabs: tr("cli.usage.generateLabs")
        case .patientAndWardNeedFHIR: tr("cli.usage.patientAndWardNeedFHIR")
        case .bedOrBoardNeeded: tr("cli.usage.bedOrBoardNeeded")
        case .carryOverNeedsBoard: tr("cli.usage.carryOverNeedsBoard")
        case .templateOrTemplates: tr("cli.usage.templateOrTemplates")
        case .exportPatientNeedsFHIR: tr("cli.usage.exportPatientNeedsFHIR")
        case let .badBaseURL(given, example): tr("cli.usage.badBaseURL", ["given": given, "example": example])
        case .screenSize: tr("cli.usage.screenSize")
        case .forceNeedsRepair: tr("cli.usage.forceNeedsRepair")
        case let .handoffWidth(width, allowed):
            tr("cli.usage.handoffWidth", ["width": String(width), "low": String(allowed.lowerBound), "high": String(allowed.upperBound)])
        }
    }

    /// The error ArgumentParser reports as a usage mistake.
    var error: ValidationError { ValidationError(message) }
}
