import Foundation

/// One body temperature from the record, in °C.
public struct TemperatureReading: Sendable, Equatable, Codable {
    /// The lab record's id (`L-31`).
    public var id: RecordID
    public var at: Date
    public var celsius: Double

    public init(id: RecordID, at: Date, celsius: Double) {
        self.id = id
        self.at = at
        self.celsius = celsius
    }

    /// A temperature of 38.0 °C or more (see `FeverSummary.thresholdCelsius`).
    public var isFever: Bool { celsius >= FeverSummary.thresholdCelsius }

    /// "38.6 °C".
    public var formatted: String { "\(ClinicalNumber.format(celsius, maxDecimals: 1)) °C" }
}

/// A calendar day (in the ward's time zone) on which fever was recorded, with its febrile readings.
public struct FeverDay: Sendable, Equatable, Codable {
    /// "2026-11-25".
    public var day: String
    /// The febrile readings of the day, oldest first.
    public var readings: [TemperatureReading]

    public init(day: String, readings: [TemperatureReading]) {
        self.day = day
        self.readings = readings
    }

    public var peak: TemperatureReading? { readings.max { $0.celsius < $1.celsius } }
}

/// A run of febrile readings, each within 24 hours of the one before: one fever episode.
///
/// Episodes are what a fever alert is acknowledged for: a reading of 38.2 °C the morning after an acknowledged
/// 38.9 °C is the same episode; fever that comes back after a full day without a febrile reading is a new one.
public struct FeverEpisode: Sendable, Equatable, Codable {
    /// Febrile readings, oldest first (never empty).
    public var readings: [TemperatureReading]

    public init(readings: [TemperatureReading]) { self.readings = readings }

    public var first: TemperatureReading? { readings.first }
    public var last: TemperatureReading? { readings.last }
    public var peak: TemperatureReading? { readings.max { $0.celsius < $1.celsius } }
}
