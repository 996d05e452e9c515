public enum StrengthGrade: String, Vocabulary, Comparable {
    case sterk, moderat, svak

    public static let vocabularyName = "styrke"

    public var label: String {
        switch self {
        case .sterk: "sterk grad"
        case .moderat: "moderat grad"
        case .svak: "svak grad"
        }
    }

    private var rank: Int { [.sterk: 3, .moderat: 2, .svak: 1][self]! }
    public static func < (a: StrengthGrade, b: StrengthGrade) -> Bool { a.rank < b.rank }
}
