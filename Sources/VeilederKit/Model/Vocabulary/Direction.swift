/// Which way a recommendation points. «Ikke grunnlag for å anbefale» and «anbefales ikke» are strength rows
/// in the guideline's Table 1; here they are directions.
public enum Direction: String, Vocabulary {
    case `for`
    case mot
    case ikkeGrunnlag = "ikke-grunnlag"
    case uklar

    public static let vocabularyName = "retning"

    public var label: String {
        switch self {
        case .for: "Anbefales"
        case .mot: "Anbefales ikke"
        case .ikkeGrunnlag: "Ikke grunnlag for å anbefale"
        case .uklar: "Retning uklar"
        }
    }
}
