import Foundation
import Testing
@testable import ConsultBoard

@Suite struct FeverImmunosuppressionRuleTests {
    let rule = "fever-immunosuppressed"

    @Test func feverOnRituximabFires() throws {
        var ward = try TestWard()
        let drug = try ward.medication("Rituximab", dose: "1 g", route: "IV", frequency: "once", service: .neurology)
        let fever = try ward.temperature(38.5, at: TestWard.at(hours: -2))
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.key == "fever-immunosuppressed:\(fever)")
        #expect(alert.supportingRecords.contains(drug))
        #expect(alert.message.contains("blood cultures"))
        #expect(alert.data.first?.contains("38.5 °C") == true)
        #expect(alert.notify == [.infectiousDisease, .ward])
    }

    @Test func feverWithAnActiveInfectionFiresAndAResolvedOneDoesNot() throws {
        var ward = try TestWard()
        let infection = try ward.infection("Catheter-associated UTI", at: TestWard.at(days: -3))
        try ward.temperature(38.1, at: TestWard.at(hours: -1))
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.data.contains { $0.contains("complication \(infection)") && $0.contains("E. coli") })
        try ward.apply(.setComplicationStatus(SetComplicationStatus(complicationID: infection, status: .resolved)))
        #expect(ward.alerts(rule).isEmpty)
    }

    @Test func silentWithoutFever() throws {
        var ward = try TestWard()
        try ward.medication("IVIG", dose: "0.4 g/kg", route: "IV", frequency: "daily", text: "IVIG 0.4 g/kg/day x 5 days")
        try ward.temperature(37.9, at: TestWard.at(hours: -1))
        try ward.temperature(38.6, at: TestWard.at(hours: -25))  // no longer current
        #expect(ward.alerts(rule).isEmpty)
    }

    @Test func silentWithoutImmunosuppressionOrInfection() throws {
        var ward = try TestWard()
        try ward.medication("Methylprednisolone", dose: "4 mg", route: "PO", frequency: "daily")  // low dose
        try ward.medication("Enoxaparin", dose: "40 mg", frequency: "daily")
        try ward.temperature(38.8, at: TestWard.at(hours: -1))
        #expect(ward.alerts(rule).isEmpty)
        try ward.medication("Methylprednisolone", dose: "500 mg", route: "IV", frequency: "daily")
        #expect(ward.alerts(rule).count == 1)
    }

    @Test func oneAlertPerEpisodeAndANewEpisodeIsANewAlert() throws {
        var ward = try TestWard()
        try ward.medication("Cyclophosphamide", dose: "750 mg", route: "IV", frequency: "once")
        let first = try ward.temperature(38.3, at: TestWard.at(hours: -40))
        try ward.temperature(38.9, at: TestWard.at(hours: -20))
        #expect(ward.alerts(rule).map(\.key) == ["fever-immunosuppressed:\(first)"])
        // Two afebrile days, then fever again: a new episode, a new key.
        let again = try ward.temperature(38.4, at: TestWard.at(hours: 30))
        #expect(ward.alerts(rule, now: TestWard.at(hours: 31)).map(\.key) == ["fever-immunosuppressed:\(again)"])
    }

    @Test func recurrentFeverIsNamed() throws {
        var ward = try TestWard()
        try ward.medication("Tacrolimus", dose: "2 mg", route: "PO", frequency: "BID")
        try ward.temperature(38.2, at: TestWard.at(days: -4))
        try ward.temperature(38.4, at: TestWard.at(hours: -3))
        let alert = try #require(ward.alerts(rule).first)
        #expect(alert.data.contains { $0.hasPrefix("recurrent fever: 2 fever days") })
    }
}
