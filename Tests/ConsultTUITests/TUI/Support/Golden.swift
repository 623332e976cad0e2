import Foundation
import Testing
@testable import ConsultTUI

/// Golden screens: a canvas rendered as text, compared with a checked-in file in Tests/ConsultTUITests/Golden/.
///
/// To (re)generate the files after an intended change of the screens, run
/// `UPDATE_GOLDENS=1 swift test --filter GoldenScreenTests` and review the diff with `git diff`.
enum Golden {
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    /// Draws `state` at its size and compares with `Golden/<name>.txt`.
    static func check(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var canvas = Canvas(width: state.width, height: state.height)
        ScreenView.draw(state, into: &canvas)
        let actual = canvas.text
        let file = sourceFolder.appendingPathComponent("\(name).txt")
        if updating {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let bundled = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden")
        guard let url = bundled ?? (FileManager.default.fileExists(atPath: file.path) ? file : nil) else {
            Issue.record("no golden file \(name).txt; run UPDATE_GOLDENS=1 swift test --filter GoldenScreenTests", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            var diff = ""
            for index in 0..<max(actualLines.count, expectedLines.count) {
                let a = index < actualLines.count ? String(actualLines[index]) : "<none>"
                let e = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
                if a != e { diff += "row \(index)\n  expected: \(e)\n  actual:   \(a)\n" }
            }
            Issue.record("screen \(name) differs from its golden file:\n\(diff)\nwhole screen:\n\(actual)", sourceLocation: sourceLocation)
        }
    }

    /// The state after a sequence of keys (effects ignored: screens only).
    static func after(_ keys: [Key], from state: AppState) -> AppState {
        var state = state
        for key in keys { _ = update(&state, .key(key)) }
        return state
    }
}
