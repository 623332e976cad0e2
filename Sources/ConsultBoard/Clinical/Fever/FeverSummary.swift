import Foundation

/// The temperature series of a patient, with fever days, episodes and the recurrent-fever flag.
///
/// Definitions (docs/clinical.md):
/// - Fever: a temperature of 38.0 °C or more. This is the threshold of the SCCM/IDSA guideline for new fever in
///   adult patients (O'Grady NP et al., Crit Care Med 2023;51:1570-86: "38.0 °C or higher") and of most ward
///   early-warning scores.
/// - Fever day: a calendar day (in the ward's time zone) with at least one febrile reading.
/// - Recurrent fever: fever on two or more separate calendar days among the last 7 (today and the 6 days before),
///   the definition the ward asked for. Consecutive days count as separate days.
/// - Current fever: a febrile reading in the 24 hours up to now.
/// - Episode: febrile readings each within 24 h of the previous febrile reading.
public struct FeverSummary: Sendable, Equatable {
    public static let thresholdCelsius = 38.0
    /// How many calendar days (today included) the recurrent-fever flag looks back.
    public static let recurrenceWindowDays = 7
    /// How recent a febrile reading must be for the fever to be current.
    public static let currentWindow: TimeInterval = 24 * 3600
    /// The longest gap between febrile readings of one episode.
    public static let episodeGap: TimeInterval = 24 * 3600

    /// Every temperature, oldest first.
    public var readings: [TemperatureReading]
    /// Every calendar day with fever, oldest first.
    public var feverDays: [FeverDay]
    /// Fever days within the recurrence window (today and the 6 days before).
    public var recentFeverDays: [FeverDay]
    /// Fever on two or more separate days within the recurrence window.
    public var recurrentFever: Bool
    /// Every fever episode, oldest first.
    public var episodes: [FeverEpisode]
    /// The episode with a febrile reading in the last 24 hours, if the patient is febrile now.
    public var currentEpisode: FeverEpisode?

    public var latest: TemperatureReading? { readings.last }
    public var isFebrileNow: Bool { currentEpisode != nil }

    /// The fever picture of a record as of `now`; calendar days are those of `timeZone`.
    public static func of(_ record: PatientRecord, now: Date, timeZone: TimeZone) -> FeverSummary {
        let readings = record.labs(named: "temperature").compactMap { lab -> TemperatureReading? in
            // The board accepts temperature in °C only (KnownTest); anything else is not read as a temperature.
            lab.unit == "C" ? TemperatureReading(id: lab.id, at: lab.at, celsius: lab.value) : nil
        }
        return FeverSummary(readings: readings, now: now, timeZone: timeZone)
    }

    /// The fever picture of a temperature series (any order) as of `now`.
    public init(readings: [TemperatureReading], now: Date, timeZone: TimeZone) {
        let readings = readings.sorted { $0.at < $1.at }
        let febrile = readings.filter(\.isFever)
        let calendar = ClinicalTime.calendar(timeZone)
        self.readings = readings

        var days: [FeverDay] = []
        for reading in febrile {
            let day = Self.dayName(reading.at, calendar)
            if days.last?.day == day { days[days.count - 1].readings.append(reading) } else {
                days.append(FeverDay(day: day, readings: [reading]))
            }
        }
        feverDays = days

        let today = calendar.startOfDay(for: now)
        let windowStart = calendar.date(byAdding: .day, value: -(Self.recurrenceWindowDays - 1), to: today) ?? today
        let firstDay = Self.dayName(windowStart, calendar)
        let lastDay = Self.dayName(now, calendar)
        // Day names sort as dates ("2026-11-25"), so the window is a string range.
        recentFeverDays = days.filter { $0.day >= firstDay && $0.day <= lastDay }
        recurrentFever = recentFeverDays.count >= 2

        var episodes: [FeverEpisode] = []
        for reading in febrile {
            if let last = episodes.last?.last, reading.at.timeIntervalSince(last.at) <= Self.episodeGap {
                episodes[episodes.count - 1].readings.append(reading)
            } else {
                episodes.append(FeverEpisode(readings: [reading]))
            }
        }
        self.episodes = episodes
        currentEpisode = episodes.last(where: { episode in
            episode.readings.contains { $0.at <= now && now.timeIntervalSince($0.at) <= Self.currentWindow }
        })
    }

    private static func dayName(_ date: Date, _ calendar: Calendar) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarText.day(c)
    }
}
