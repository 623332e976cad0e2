extension ISNCSCIClassification {
    /// `summary` in the language of the moment. In Chinese with the terms of the Chinese ISNCSCI
    /// (《脊髓损伤神经学分类国际标准（2019年修订）》): 神经损伤平面, ASIA残损分级 with the grade's name,
    /// 上肢/下肢运动评分, 轻触觉/针刺觉 totals. The values themselves (C5, A, 25) are the classification's.
    public var shownSummary: String {
        guard Localisation.language != .english else { return summary }
        let grades = Self.answers(ais)
        let named = grades.count == 1 ? tr("isncsci.ais.named", ["grade": ais, "name": Self.gradeName(grades[0])]) : ais
        return tr("isncsci.summary", [
            "level": neurologicalLevel, "ais": named, "upper": upperMotorTotal, "lower": lowerMotorTotal,
            "touch": touchTotal, "prick": prickTotal,
        ])
    }

    /// The name of an AIS grade (ASIA Impairment Scale) in the language of the moment.
    static func gradeName(_ grade: String) -> String {
        switch grade {
        case "A": tr("isncsci.ais.A")
        case "B": tr("isncsci.ais.B")
        case "C": tr("isncsci.ais.C")
        case "D": tr("isncsci.ais.D")
        case "E": tr("isncsci.ais.E")
        default: grade
        }
    }
}
