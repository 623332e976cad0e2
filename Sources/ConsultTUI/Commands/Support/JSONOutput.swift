import ConsultBoard
import Foundation

/// Prints values as JSON for scripts and `jq`: the board's own encoding (ISO 8601 dates, sorted keys), pretty.
///
/// JSON is a machine format: stored text is printed exactly as stored (JSON escapes control characters), not
/// sanitised, so what a script reads back is what was written.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let data: Data
        do { data = try BoardJSON.encoder(pretty: true).encode(value) } catch {
            throw CLIError.cannotEncodeJSON(reason: "\(error)")
        }
        StandardOutput.write(data + Data("\n".utf8))
    }
}
