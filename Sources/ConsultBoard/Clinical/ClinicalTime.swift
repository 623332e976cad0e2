import Foundation

/// How the clinical module writes times in alert lines and summaries: "2026-11-25 08:30", in the ward's time zone.
public enum ClinicalTime {
    /// `date` as "yyyy-MM-dd HH:mm" in `timeZone` (Gregorian calendar, whatever the machine's locale).
    public static func format(_ date: Date, in timeZone: TimeZone) -> String {
        let c = calendar(timeZone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return CalendarText.dayAndMinute(c)
    }

    /// The Gregorian calendar in `timeZone`: what "a calendar day" means for fever days.
    public static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
