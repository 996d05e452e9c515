/// The guideline's three evidence levels (Table 1, section 5.5), written as words: `***` is a YAML alias.
public enum EvidenceLevel: String, Vocabulary, Comparable {
    case meget = "meget-god"
    case god
    case manglende
    case ikkeOppgitt = "ikke-oppgitt"

    public static let vocabularyName = "evidensnivå"

    public var label: String {
        switch self {
        case .meget: "Meget god dokumentasjon"
        case .god: "God dokumentasjon"
        case .manglende: "Manglende dokumentasjon"
        case .ikkeOppgitt: "Ikke oppgitt i kilden"
        }
    }

    /// The stars the guideline prints, or nil when it prints none.
    public var stars: String? {
        switch self {
        case .meget: "***"
        case .god: "**"
        case .manglende: "*"
        case .ikkeOppgitt: nil
        }
    }

    private var rank: Int { [.ikkeOppgitt: 0, .manglende: 1, .god: 2, .meget: 3][self]! }
    public static func < (a: EvidenceLevel, b: EvidenceLevel) -> Bool { a.rank < b.rank }
}
