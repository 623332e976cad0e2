import ArgumentParser

/// `consult-board allergy add|set|none`: structured allergies, checked against every order.
struct AllergyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allergy",
        abstract: "Record an allergy, mark one inactive or entered in error, or state no known drug allergies.",
        discussion: "Every medication and contrast order is checked against the allergies (alert allergy-conflict). The free-text allergies of `admit --allergies` stay on record and are checked too.",
        subcommands: [AllergyAddCommand.self, AllergySetCommand.self, AllergyNoneCommand.self])
}
