/// What a build of ConsultBoard is: its release number, the commit it was built from, and the versions of the
/// clinical knowledge it carries. A ward reporting a problem, or a pharmacist reviewing the rules, quotes this.
public enum ProductVersion {
    /// The release number (semantic versioning). Raised for every release; `scripts/package` names the Debian
    /// package after it.
    public static let number = "0.9.0"

    /// The commit the program was built from (`unknown` when it was not built from a git checkout).
    public static var commit: String { BuildCommit.id }

    /// One line per fact, as `consult-board --version` prints them.
    public static var description: String {
        """
        consult-board \(number)
        commit \(commit)
        safety rules \(SafetyRuleSet.current.version)
        terminology \(TerminologyData.version)
        board schema \(BoardStore.schemaVersion)
        """
    }
}
