import Foundation

/// The collection period of a urine output: a volume means nothing without the hours it was collected over.
///
/// KDIGO's urine-output criterion reads mL/kg/h over 6, 12 and 24 hours (KDIGO Clinical Practice Guideline for
/// Acute Kidney Injury, Kidney Int Suppl 2012;2:1-138, section 2.1), so the ward records urine output as a volume
/// and a period of up to 24 hours; any other test has no period.
public enum CollectionPeriod {
    /// The tests measured over a period.
    public static let tests: Set<String> = ["urine-output"]
    /// The longest period the board accepts (a day's total).
    public static let longest: Double = 24

    /// Refuses a missing period for urine output, and a period given for anything else.
    static func check(_ hours: Double?, test: String) throws(BoardError) {
        if tests.contains(test) {
            guard let hours else {
                throw .inconsistent(.tr("error.board.inconsistent.periodNeeded", ["test": LabTestWords.text(test)]))
            }
            guard hours.isFinite, hours > 0, hours <= longest else {
                throw .outOfRange(
                    field: "collection period", value: ClinicalNumber.plain(hours),
                    expected: .tr("error.board.expected.hoursUpTo", ["most": "\(ClinicalNumber.plain(longest))"]))
            }
        } else if hours != nil {
            throw .inconsistent(.tr("error.board.inconsistent.periodNotHere", ["test": LabTestWords.text(test)]))
        }
    }
}
