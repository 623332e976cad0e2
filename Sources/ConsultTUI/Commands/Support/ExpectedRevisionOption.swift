import ArgumentParser

/// `--expect-revision N`: the revision of the patient's record the change was decided on (printed as
/// `"revision"` by `show --json`). When someone else changed the record since, the change is refused with who
/// and when instead of silently overwriting what they did.
struct ExpectedRevisionOption: ParsableArguments {
    @Option(
        name: .customLong("expect-revision"),
        help: ArgumentHelp(
            "Refuse the change if the patient's record is no longer at this revision ('show MRN --json' prints it).",
            valueName: "revision"))
    var expected: Int?
}
