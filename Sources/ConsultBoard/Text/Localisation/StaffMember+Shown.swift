import Foundation

extension StaffMember {
    /// The member's role in the reader's words, chosen when shown: `roleText` in English ("attending", "consultant
    /// of neurology"), the role's and the service's own words in Chinese ("上级医师", "神经内科会诊医师").
    public var roleWords: ShownText {
        guard role == .consultant else { return role.labelText }
        return .englishOr(roleText, .tr("staff.consultantOf", ["service": service?.labelText ?? .tr("staff.noService")]))
    }
}
