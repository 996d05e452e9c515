public enum ScoringMethod: String, Vocabulary {
    case antallJa = "antall-ja"
    case sum
    case prosentAvMaks = "prosent-av-maks"

    public static let vocabularyName = "skåringsmetode"

    public var label: String {
        switch self {
        case .antallJa: "antall ja-svar"
        case .sum: "sum av poeng"
        case .prosentAvMaks: "prosent av høyeste mulige sum"
        }
    }
}
