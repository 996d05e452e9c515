/// The guideline's diagnostic triage (section 6.1).
public enum DiagnosisGroup: String, Vocabulary {
    case uspesifikke, nerverotaffeksjon
    case alvorligPatologi = "alvorlig-patologi"
    case alle
    case ikkeOppgitt = "ikke-oppgitt"

    public static let vocabularyName = "diagnosegruppe"

    public var label: String {
        switch self {
        case .uspesifikke: "Uspesifikke korsryggsmerter"
        case .nerverotaffeksjon: "Nerverotaffeksjon"
        case .alvorligPatologi: "Mulig alvorlig underliggende patologi"
        case .alle: "Alle diagnosegrupper"
        case .ikkeOppgitt: "Diagnosegruppe ikke oppgitt"
        }
    }
}
