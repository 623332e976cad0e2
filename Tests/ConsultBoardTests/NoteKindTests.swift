import Testing
@testable import ConsultBoard

/// How a note is named on screens, in notices and in the handoff.
@Suite struct NoteKindTests {
    @Test func aNoteIsNamedByServiceAndTypeWithoutSayingAWordTwice() {
        #expect(Note.kind(service: .neurology, type: .progress) == "neurology progress note")
        #expect(Note.kind(service: .spineSurgery, type: .procedure) == "spine surgery procedure note")
        #expect(Note.kind(service: .nursing, type: .nursing) == "nursing note")
    }
}
