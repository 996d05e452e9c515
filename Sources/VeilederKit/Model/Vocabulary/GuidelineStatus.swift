public enum GuidelineStatus: String, Vocabulary {
    case nasjonalRetningslinje = "nasjonal-retningslinje"
    case kunnskapsbankTekst = "kunnskapsbank-tekst"

    public static let vocabularyName = "status for retningslinje"

    public var label: String {
        switch self {
        case .nasjonalRetningslinje: "Nasjonal klinisk retningslinje"
        case .kunnskapsbankTekst: "Tekst fra kunnskapsbank"
        }
    }
}
