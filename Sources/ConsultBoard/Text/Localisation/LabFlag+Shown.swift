/// A lab flag's words in the language of the moment ("high", "偏高"); `label` stays English for other programs.
extension LabFlag {
    public var shown: String {
        switch self {
        case .normal: tr("labFlag.normal")
        case .low: tr("labFlag.low")
        case .high: tr("labFlag.high")
        case .criticalLow: tr("labFlag.criticalLow")
        case .criticalHigh: tr("labFlag.criticalHigh")
        }
    }
}
