import Foundation
import Testing
@testable import ConsultBoard

/// CKD-EPI 2021 and Cockcroft-Gault against worked examples computed by hand from the published formulas.
@Suite struct RenalEquationTests {
    // eGFR = 142 x min(Scr/k,1)^a x max(Scr/k,1)^-1.200 x 0.9938^age x 1.012 [female]
    // k = 0.7 F / 0.9 M; a = -0.241 F / -0.302 M (Inker LA et al., NEJM 2021;385:1737-49).
    @Test(arguments: [
        // Woman, 50, 0.7 mg/dL: Scr/k = 1, so both power terms are 1.
        //   0.9938^50 = exp(50 x ln 0.9938) = exp(50 x -0.0062193) = exp(-0.31097) = 0.73273
        //   142 x 0.73273 x 1.012 = 105.30
        (0.7, 50, Sex.female, 105.30),
        // Man, 60, 1.2 mg/dL: Scr/k = 1.3333; 1.3333^-1.2 = exp(-1.2 x 0.28768) = 0.70808
        //   0.9938^60 = exp(-0.37316) = 0.68857;  142 x 0.70808 x 0.68857 = 69.23
        (1.2, 60, Sex.male, 69.23),
        // Woman, 30, 0.5 mg/dL: Scr/k = 0.71429; 0.71429^-0.241 = exp(-0.241 x -0.33647) = 1.08447
        //   0.9938^30 = exp(-0.18658) = 0.82979;  142 x 1.08447 x 0.82979 x 1.012 = 129.32
        (0.5, 30, Sex.female, 129.32),
        // Man, 75, 3.0 mg/dL: Scr/k = 3.3333; 3.3333^-1.2 = exp(-1.2 x 1.20397) = 0.23583
        //   0.9938^75 = exp(-0.46645) = 0.62719;  142 x 0.23583 x 0.62719 = 21.00
        (3.0, 75, Sex.male, 21.00),
        // Man, 40, 0.8 mg/dL: Scr/k = 0.88889; 0.88889^-0.302 = exp(-0.302 x -0.11778) = 1.03620
        //   0.9938^40 = exp(-0.24877) = 0.77976;  142 x 1.03620 x 0.77976 = 114.73
        (0.8, 40, Sex.male, 114.73),
    ])
    func ckdEpi2021WorkedExamples(creatinine: Double, age: Int, sex: Sex, expected: Double) throws {
        let eGFR = try CKDEPI2021.eGFR(creatinine: Creatinine(creatinine, .milligramsPerDecilitre), age: age, sex: sex)
        #expect(abs(eGFR - expected) < 0.01, "eGFR \(eGFR), expected \(expected)")
    }

    @Test func ckdEpiReadsMicromolesThroughTheFactor88_4() throws {
        // 80 umol/L / 88.4 = 0.90498 mg/dL. Woman, 45: Scr/k = 1.29283; 1.29283^-1.2 = exp(-1.2 x 0.25683) = 0.73477
        //   0.9938^45 = exp(-0.27987) = 0.75589;  142 x 0.73477 x 0.75589 x 1.012 = 79.81
        let eGFR = try CKDEPI2021.eGFR(creatinine: Creatinine(80, .micromolesPerLitre), age: 45, sex: .female)
        #expect(abs(eGFR - 79.81) < 0.01)
        // The same creatinine in either unit gives the same estimate.
        let inMg = try CKDEPI2021.eGFR(creatinine: Creatinine(1.2, .milligramsPerDecilitre), age: 60, sex: .male)
        let inUmol = try CKDEPI2021.eGFR(creatinine: Creatinine(1.2 * 88.4, .micromolesPerLitre), age: 60, sex: .male)
        #expect(abs(inMg - inUmol) < 1e-9)
    }

    @Test func femaleAndMaleDifferAtTheSameCreatinine() throws {
        // At Scr 0.7 (the female k) a woman's eGFR is above a man's of the same age: the sex terms are not ignored.
        let female = try CKDEPI2021.eGFR(creatinine: Creatinine(0.7, .milligramsPerDecilitre), age: 50, sex: .female)
        let male = try CKDEPI2021.eGFR(creatinine: Creatinine(0.7, .milligramsPerDecilitre), age: 50, sex: .male)
        // Man: Scr/k = 0.77778; 0.77778^-0.302 = exp(0.302 x 0.25131) = 1.07883; 142 x 1.07883 x 0.73273 = 112.25
        #expect(abs(male - 112.25) < 0.01)
        #expect(female < male)
    }

    // CrCl = (140 - age) x weight / (72 x Scr mg/dL), x 0.85 female (Cockcroft & Gault, Nephron 1976;16:31-41).
    @Test(arguments: [
        // Man, 60, 72 kg, 1.0 mg/dL: 80 x 72 / 72 = 80.00
        (1.0, CreatinineUnit.milligramsPerDecilitre, 60, Sex.male, 72.0, 80.00),
        // Woman, 80, 50 kg, 1.2 mg/dL: 60 x 50 / 86.4 = 34.722; x 0.85 = 29.51
        (1.2, .milligramsPerDecilitre, 80, .female, 50.0, 29.51),
        // Man, 40, 80 kg, 88.4 umol/L = 1.0 mg/dL: 100 x 80 / 72 = 111.11
        (88.4, .micromolesPerLitre, 40, .male, 80.0, 111.11),
        // Woman, 25, 60 kg, 53 umol/L = 0.59955 mg/dL: 115 x 60 / 43.167 = 159.84; x 0.85 = 135.87
        (53, .micromolesPerLitre, 25, .female, 60.0, 135.87),
    ])
    func cockcroftGaultWorkedExamples(
        value: Double, unit: CreatinineUnit, age: Int, sex: Sex, weight: Double, expected: Double
    ) throws {
        let clearance = try CockcroftGault.creatinineClearance(
            creatinine: Creatinine(value, unit), age: age, sex: sex, weightKg: weight)
        #expect(abs(clearance - expected) < 0.01, "CrCl \(clearance), expected \(expected)")
    }

    @Test func unitConversionUses88_4() {
        #expect(Creatinine(1.0, .milligramsPerDecilitre).micromolesPerLitre == 88.4)
        #expect(abs(Creatinine(176.8, .micromolesPerLitre).milligramsPerDecilitre - 2.0) < 1e-12)
        #expect(CreatinineUnit(unit: "µmol/l") == .micromolesPerLitre)
        #expect(CreatinineUnit(unit: "mg/dl") == .milligramsPerDecilitre)
        #expect(CreatinineUnit(unit: "mmol/L") == nil)
    }

    @Test func refusesChildrenAndImplausibleFigures() {
        #expect(throws: RenalInputError.notAnAdult(age: 12)) {
            try CKDEPI2021.eGFR(creatinine: Creatinine(0.5, .milligramsPerDecilitre), age: 12, sex: .female)
        }
        #expect(throws: RenalInputError.implausibleCreatinine(Creatinine(0, .milligramsPerDecilitre))) {
            try CKDEPI2021.eGFR(creatinine: Creatinine(0, .milligramsPerDecilitre), age: 40, sex: .female)
        }
        #expect(throws: RenalInputError.implausibleWeight(0)) {
            try CockcroftGault.creatinineClearance(creatinine: Creatinine(1, .milligramsPerDecilitre), age: 40, sex: .male, weightKg: 0)
        }
        #expect(RenalInputError.notAnAdult(age: 12).description.contains("18"))
    }
}
