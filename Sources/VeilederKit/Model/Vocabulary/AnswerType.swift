public enum AnswerType: String, Vocabulary {
    case jaNei = "ja-nei"
    case skala, valg, flervalg, fritekst

    public static let vocabularyName = "svartype"

    public var label: String {
        switch self {
        case .jaNei: "ja eller nei"
        case .skala: "skala"
        case .valg: "ett valg"
        case .flervalg: "flere valg"
        case .fritekst: "fritekst"
        }
    }
}
