/// Whether a guideline has been revised since it was published, as its source says.
public enum Revision: String, Vocabulary {
    case ja, nei
    case ikkeOppgitt = "ikke-oppgitt"

    public static let vocabularyName = "revisjonsstatus"

    public var label: String {
        switch self {
        case .ja: "revidert"
        case .nei: "ikke revidert"
        case .ikkeOppgitt: "kilden sier ikke om teksten er revidert"
        }
    }
}
