/// The reference intervals and critical limits shipped with the board, as data (the format of a ward's
/// `ward/reference-ranges.json`), each with its published source.
///
/// Reference intervals of laboratory tests are those of the Chinese national health industry standards (WS/T),
/// which Chinese hospital laboratories adopt; critical limits are the medians of US medical centres' critical
/// limit lists (Kost GJ, JAMA 1990), the most cited published set. Vital signs use the bands of NEWS2: the band
/// scoring 0 is the reference interval, the bands scoring 3 are critical. Every ward must check these against its
/// own laboratory's intervals and its hospital's critical value list (危急值项目表, which Chinese hospitals set
/// themselves under the 危急值报告制度 of 医疗质量安全核心制度要点, National Health Commission 2018) and put its
/// own in the ward file.
enum DefaultReferenceRanges {
    static let json = #"""
    {
      "version": "2026.1",
      "ranges": [
        {"test": "potassium", "unit": "mmol/L", "low": 3.5, "high": 5.3, "criticalLow": 2.8, "criticalHigh": 6.2,
         "source": "interval: WS/T 404.3-2012 (serum K 3.5-5.3 mmol/L); critical: Kost GJ, JAMA 1990;263:704-7 (median limits 2.8 and 6.2 mmol/L)"},
        {"test": "creatinine", "unit": "umol/L", "sex": "M", "minAge": 20, "maxAge": 59, "low": 57, "high": 97, "criticalHigh": 654,
         "source": "interval: WS/T 404.5-2015 (enzymatic method, men 20-59 y); critical: Kost GJ, JAMA 1990;263:704-7 (7.4 mg/dL = 654 umol/L)"},
        {"test": "creatinine", "unit": "umol/L", "sex": "M", "minAge": 60, "low": 57, "high": 111, "criticalHigh": 654,
         "source": "interval: WS/T 404.5-2015 (enzymatic method, men 60-79 y, applied from 60 y); critical: Kost GJ, JAMA 1990;263:704-7"},
        {"test": "creatinine", "unit": "umol/L", "sex": "F", "minAge": 20, "maxAge": 59, "low": 41, "high": 73, "criticalHigh": 654,
         "source": "interval: WS/T 404.5-2015 (enzymatic method, women 20-59 y); critical: Kost GJ, JAMA 1990;263:704-7"},
        {"test": "creatinine", "unit": "umol/L", "sex": "F", "minAge": 60, "low": 41, "high": 81, "criticalHigh": 654,
         "source": "interval: WS/T 404.5-2015 (enzymatic method, women 60-79 y, applied from 60 y); critical: Kost GJ, JAMA 1990;263:704-7"},
        {"test": "creatinine", "unit": "mg/dL", "sex": "M", "low": 0.64, "high": 1.10, "criticalHigh": 7.4,
         "source": "interval: WS/T 404.5-2015 men 20-59 y (57-97 umol/L / 88.4); critical: Kost GJ, JAMA 1990;263:704-7 (7.4 mg/dL)"},
        {"test": "creatinine", "unit": "mg/dL", "sex": "F", "low": 0.46, "high": 0.83, "criticalHigh": 7.4,
         "source": "interval: WS/T 404.5-2015 women 20-59 y (41-73 umol/L / 88.4); critical: Kost GJ, JAMA 1990;263:704-7 (7.4 mg/dL)"},
        {"test": "wbc", "unit": "10^9/L", "low": 3.5, "high": 9.5, "criticalLow": 2.0, "criticalHigh": 37.0,
         "source": "interval: WS/T 405-2012 (adults 3.5-9.5 x10^9/L); critical: Kost GJ, JAMA 1990;263:704-7 (2.0 and 37.0 x10^9/L)"},
        {"test": "hemoglobin", "unit": "g/L", "sex": "M", "low": 130, "high": 175, "criticalLow": 66, "criticalHigh": 199,
         "source": "interval: WS/T 405-2012 (men 130-175 g/L); critical: Kost GJ, JAMA 1990;263:704-7 (6.6 and 19.9 g/dL)"},
        {"test": "hemoglobin", "unit": "g/L", "sex": "F", "low": 115, "high": 150, "criticalLow": 66, "criticalHigh": 199,
         "source": "interval: WS/T 405-2012 (women 115-150 g/L); critical: Kost GJ, JAMA 1990;263:704-7 (6.6 and 19.9 g/dL)"},
        {"test": "hemoglobin", "unit": "g/dL", "sex": "M", "low": 13.0, "high": 17.5, "criticalLow": 6.6, "criticalHigh": 19.9,
         "source": "interval: WS/T 405-2012 (men 130-175 g/L); critical: Kost GJ, JAMA 1990;263:704-7"},
        {"test": "hemoglobin", "unit": "g/dL", "sex": "F", "low": 11.5, "high": 15.0, "criticalLow": 6.6, "criticalHigh": 19.9,
         "source": "interval: WS/T 405-2012 (women 115-150 g/L); critical: Kost GJ, JAMA 1990;263:704-7"},
        {"test": "platelets", "unit": "10^9/L", "low": 125, "high": 350, "criticalLow": 37, "criticalHigh": 910,
         "source": "interval: WS/T 405-2012 (adults 125-350 x10^9/L); critical: Kost GJ, JAMA 1990;263:704-7 (37 and 910 x10^9/L)"},
        {"test": "glucose", "unit": "mmol/L", "low": 3.9, "high": 6.1, "criticalLow": 2.6, "criticalHigh": 26.9,
         "source": "interval: fasting plasma glucose, WHO/IDF 2006 (normal < 6.1 mmol/L) and ADA Standards of Care 2024 section 6 (hypoglycaemia < 3.9 mmol/L); critical: Kost GJ, JAMA 1990;263:704-7 (46 and 484 mg/dL)"},
        {"test": "glucose", "unit": "mg/dL", "low": 70, "high": 110, "criticalLow": 46, "criticalHigh": 484,
         "source": "interval: WHO/IDF 2006 and ADA Standards of Care 2024 section 6; critical: Kost GJ, JAMA 1990;263:704-7"},
        {"test": "crp", "unit": "mg/L", "high": 10,
         "source": "Pepys MB, Hirschfield GM, J Clin Invest 2003;111:1805-12 (values above 10 mg/L mean clinically significant inflammation)"},
        {"test": "procalcitonin", "unit": "ng/mL", "high": 0.05,
         "source": "Schuetz P, Albrich W, Mueller B, BMC Med 2011;9:107 (healthy people below 0.05 ng/mL)"},
        {"test": "d-dimer", "unit": "mg/L FEU", "high": 0.5,
         "source": "the 0.5 mg/L FEU exclusion cut-off for venous thromboembolism (Righini M et al., JAMA 2014;311:1117-24; their age-adjusted cut-off above 50 y is not applied here)"},
        {"test": "d-dimer", "unit": "ug/mL FEU", "high": 0.5,
         "source": "as mg/L FEU (Righini M et al., JAMA 2014;311:1117-24)"},
        {"test": "d-dimer", "unit": "ng/mL FEU", "high": 500,
         "source": "as mg/L FEU (Righini M et al., JAMA 2014;311:1117-24)"},
        {"test": "temperature", "unit": "C", "low": 36.0, "high": 37.9, "criticalLow": 34.9, "criticalHigh": 40.0,
         "source": "high from 38.0 C, the board's fever threshold (O'Grady NP et al., Crit Care Med 2023;51:1570-86); low below 36.0 C (SIRS, Bone RC et al., Chest 1992;101:1644-55); critical: hypothermia below 35 C (Brown DJ et al., N Engl J Med 2012;367:1930-8), hyperthermia at 40 C (Bouchama A, Knochel JP, N Engl J Med 2002;346:1978-88)"},
        {"test": "heart-rate", "unit": "/min", "low": 51, "high": 90, "criticalLow": 40, "criticalHigh": 131,
         "source": "NEWS2, Royal College of Physicians 2017 (score 0: 51-90; score 3: <=40 or >=131)"},
        {"test": "respiratory-rate", "unit": "/min", "low": 12, "high": 20, "criticalLow": 8, "criticalHigh": 25,
         "source": "NEWS2, Royal College of Physicians 2017 (score 0: 12-20; score 3: <=8 or >=25)"},
        {"test": "spo2", "unit": "%", "low": 96, "high": 100, "criticalLow": 91,
         "source": "NEWS2 SpO2 scale 1, Royal College of Physicians 2017 (score 0: >=96; score 3: <=91)"},
        {"test": "systolic-bp", "unit": "mmHg", "low": 111, "high": 219, "criticalLow": 90, "criticalHigh": 220,
         "source": "NEWS2, Royal College of Physicians 2017 (score 0: 111-219; score 3: <=90 or >=220); in chronic tetraplegia a lower baseline is usual: the ward may set its own"},
        {"test": "diastolic-bp", "unit": "mmHg", "high": 89, "criticalHigh": 120,
         "source": "2023 ESH Guidelines for the management of arterial hypertension, J Hypertens 2023;41:1874-2071 (hypertension from 90 mmHg; hypertensive emergency with diastolic > 120 mmHg)"},
        {"test": "pain-score", "unit": "/10", "low": 0, "high": 4,
         "source": "Serlin RC et al., Pain 1995;61:277-84 (0-10 numeric rating: 1-4 mild, 5-6 moderate, 7-10 severe: flagged from moderate)"}
      ]
    }
    """#
}
