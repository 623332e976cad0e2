import Foundation
import Testing
@testable import ConsultBoard

/// `hyphensAsSpaces` gives what Foundation's replacement gave the labels before it.
@Suite struct HyphensAsSpacesTests {
    @Test(arguments: ["spine-surgery", "-", "--a--", "", "no hyphen", "e\u{301}-\u{301}x", "脊柱-外科", "a‐b‑c"])
    func agreesWithFoundation(text: String) {
        #expect(text.hyphensAsSpaces == text.replacingOccurrences(of: "-", with: " "))
    }

    @Test func everyLabelIsItsSpellingWithSpaces() {
        #expect(Service.spineSurgery.label == "spine surgery")
        #expect(Note.kind(service: .spineSurgery, type: .progress) == "spine surgery progress note")
        #expect(Note.kind(service: .nursing, type: .nursing) == "nursing note")
        for service in Service.allCases { #expect(service.label == service.rawValue.replacingOccurrences(of: "-", with: " ")) }
        for kind in ComplicationKind.allCases where kind != .dvt {
            #expect(kind.label == kind.rawValue.replacingOccurrences(of: "-", with: " "))
        }
        for flag in LabFlag.allCases { #expect(flag.label == flag.rawValue.replacingOccurrences(of: "-", with: " ")) }
    }
}
