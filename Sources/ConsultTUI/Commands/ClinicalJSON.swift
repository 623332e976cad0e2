import ConsultBoard
import Foundation

/// How the calculators and alerts print JSON: sorted keys, ISO 8601 dates, pretty, one document.
enum ClinicalJSON {
    static func print<T: Encodable>(_ value: T) throws {
        let data = try BoardJSON.encoder(pretty: true).encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
